package org.iomt.standards.websocket;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;

/**
 * The byte streams of an open WebSocket: what arrives in binary (and their continuation) frames read as one stream,
 * whatever the frame boundaries; what is written goes out in one binary frame per {@code flush()}. Pings are answered;
 * a close frame is answered and ends the input. A client masks what it sends; a server does not.
 */
public final class WebSocketStreams {

    /** Thrown by the input at a data frame that is not binary (nor its continuation), when such frames are not taken. */
    public static final class NonBinaryFrameException extends IOException {
        private final transient WebSocketFrame frame;

        NonBinaryFrameException(WebSocketFrame frame) {
            super("a WebSocket " + frame.opcodeName() + " frame where MQTT travels in binary frames only");
            this.frame = frame;
        }

        public WebSocketFrame frame() {
            return frame;
        }
    }

    private final InputStream rawIn;
    private final OutputStream rawOut;
    private final boolean client;
    private final boolean takesNonBinary;
    private final int dataOpcode;
    private final SecureRandom random = new SecureRandom();
    private final Object writeLock = new Object();
    private final Input input = new Input();
    private final Output output = new Output();

    /**
     * @param client         whether this side is the client, which masks its frames
     * @param takesNonBinary whether a text frame's payload is read as if it came in a binary frame, instead of
     *                       failing the read with {@link NonBinaryFrameException}
     */
    public WebSocketStreams(InputStream rawIn, OutputStream rawOut, boolean client, boolean takesNonBinary) {
        this(rawIn, rawOut, client, takesNonBinary, WebSocketFrame.BINARY);
    }

    /**
     * As the four-argument constructor, sending what is written in frames of the given opcode: {@link WebSocketFrame#BINARY}
     * as MQTT asks, or another, for a sender that breaks that rule.
     */
    public WebSocketStreams(InputStream rawIn, OutputStream rawOut, boolean client, boolean takesNonBinary, int dataOpcode) {
        this.rawIn = rawIn;
        this.rawOut = rawOut;
        this.client = client;
        this.takesNonBinary = takesNonBinary;
        this.dataOpcode = dataOpcode;
    }

    public InputStream input() {
        return input;
    }

    public OutputStream output() {
        return output;
    }

    /** Sends one frame as it is, beside the stream of binary frames (a text frame, or one part of a split packet). */
    public void send(WebSocketFrame frame) throws IOException {
        synchronized (writeLock) {
            rawOut.write(frame.encode(client ? mask() : null));
            rawOut.flush();
        }
    }

    private byte[] mask() {
        byte[] mask = new byte[4];
        random.nextBytes(mask);
        return mask;
    }

    private final class Input extends InputStream {
        private byte[] payload = new byte[0];
        private int position;
        private boolean ended;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (position == payload.length) {
                if (ended || !nextDataFrame()) {
                    ended = true;
                    return -1;
                }
            }
            int n = Math.min(len, payload.length - position);
            System.arraycopy(payload, position, b, off, n);
            position += n;
            return n;
        }

        /** Reads frames up to the next one with data; false at a close frame or the end of the stream. */
        private boolean nextDataFrame() throws IOException {
            while (true) {
                WebSocketFrame frame = WebSocketFrame.read(rawIn);
                if (frame == null) {
                    return false;
                }
                switch (frame.opcode()) {
                    case WebSocketFrame.PING -> send(new WebSocketFrame(true, WebSocketFrame.PONG, frame.payload()));
                    case WebSocketFrame.PONG -> { }
                    case WebSocketFrame.CLOSE -> {
                        send(new WebSocketFrame(true, WebSocketFrame.CLOSE, new byte[0]));
                        return false;
                    }
                    case WebSocketFrame.BINARY, WebSocketFrame.CONTINUATION -> {
                        payload = frame.payload();
                        position = 0;
                        return true;
                    }
                    default -> {
                        if (!takesNonBinary) {
                            throw new NonBinaryFrameException(frame);
                        }
                        payload = frame.payload();
                        position = 0;
                        return true;
                    }
                }
            }
        }
    }

    private final class Output extends OutputStream {
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        @Override
        public void write(int b) {
            synchronized (writeLock) {
                pending.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (writeLock) {
                pending.write(b, off, len);
            }
        }

        /** Sends what was written since the last flush as one frame (binary, unless told otherwise). */
        @Override
        public void flush() throws IOException {
            synchronized (writeLock) {
                if (pending.size() > 0) {
                    byte[] data = pending.toByteArray();
                    pending.reset();
                    send(new WebSocketFrame(true, dataOpcode, data));
                }
            }
        }

        @Override
        public void close() throws IOException {
            flush();
            rawOut.close();
        }
    }
}
