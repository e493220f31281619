package org.iomt.standards.websocket;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * One WebSocket frame (RFC 6455 §5.2): its FIN bit, opcode and payload, unmasked. A client masks every frame it sends
 * and a server none; {@link #encode} and {@link #read} apply and remove the mask.
 */
public record WebSocketFrame(boolean fin, int opcode, byte[] payload) {

    public static final int CONTINUATION = 0x0;
    public static final int TEXT = 0x1;
    public static final int BINARY = 0x2;
    public static final int CLOSE = 0x8;
    public static final int PING = 0x9;
    public static final int PONG = 0xA;

    /** The largest payload the reader takes: far above any MQTT packet the suite handles. */
    public static final int MAX_PAYLOAD = 1 << 24;

    public WebSocketFrame {
        Objects.requireNonNull(payload, "payload");
        if (opcode < 0 || opcode > 0xF) {
            throw new IllegalArgumentException("opcode " + opcode);
        }
    }

    /** A final binary frame, as MQTT packets travel. */
    public static WebSocketFrame binary(byte[] payload) {
        return new WebSocketFrame(true, BINARY, payload);
    }

    /** The name RFC 6455 gives the opcode, for evidence. */
    public String opcodeName() {
        return switch (opcode) {
            case CONTINUATION -> "continuation";
            case TEXT -> "text";
            case BINARY -> "binary";
            case CLOSE -> "close";
            case PING -> "ping";
            case PONG -> "pong";
            default -> String.format("reserved 0x%X", opcode);
        };
    }

    /** The frame's bytes; masked with {@code mask} (four bytes) when a client sends it, unmasked when {@code mask} is null. */
    public byte[] encode(byte[] mask) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(payload.length + 14);
        out.write((fin ? 0x80 : 0) | opcode);
        int maskBit = mask == null ? 0 : 0x80;
        if (payload.length < 126) {
            out.write(maskBit | payload.length);
        } else if (payload.length <= 0xFFFF) {
            out.write(maskBit | 126);
            out.write(payload.length >> 8);
            out.write(payload.length & 0xFF);
        } else {
            out.write(maskBit | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) ((long) payload.length >> shift) & 0xFF);
            }
        }
        if (mask == null) {
            out.writeBytes(payload);
        } else {
            out.writeBytes(mask);
            out.writeBytes(masked(payload, mask));
        }
        return out.toByteArray();
    }

    /**
     * Reads the next frame from the stream, unmasking its payload; null at the end of the stream before a frame began.
     *
     * @throws IOException when the stream ends inside a frame or the frame's length is above {@link #MAX_PAYLOAD}
     */
    public static WebSocketFrame read(InputStream in) throws IOException {
        int first = in.read();
        if (first < 0) {
            return null;
        }
        int second = readByte(in);
        long length = second & 0x7F;
        if (length == 126) {
            length = (readByte(in) << 8) | readByte(in);
        } else if (length == 127) {
            length = 0;
            for (int i = 0; i < 8; i++) {
                length = (length << 8) | readByte(in);
            }
        }
        if (length > MAX_PAYLOAD) {
            throw new IOException("WebSocket frame of " + length + " bytes, above the " + MAX_PAYLOAD + " taken");
        }
        byte[] mask = (second & 0x80) != 0 ? in.readNBytes(4) : null;
        byte[] payload = in.readNBytes((int) length);
        if (payload.length < length || (mask != null && mask.length < 4)) {
            throw new EOFException("the stream ended inside a WebSocket frame");
        }
        return new WebSocketFrame((first & 0x80) != 0, first & 0x0F, mask == null ? payload : masked(payload, mask));
    }

    private static int readByte(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("the stream ended inside a WebSocket frame header");
        }
        return b;
    }

    private static byte[] masked(byte[] data, byte[] mask) {
        byte[] out = Arrays.copyOf(data, data.length);
        for (int i = 0; i < out.length; i++) {
            out[i] ^= mask[i & 3];
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WebSocketFrame f && f.fin == fin && f.opcode == opcode && Arrays.equals(f.payload, payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fin, opcode, Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return opcodeName() + " frame" + (fin ? "" : " (not final)") + " of " + payload.length + " bytes";
    }
}
