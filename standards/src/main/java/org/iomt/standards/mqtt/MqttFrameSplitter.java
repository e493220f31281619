package org.iomt.standards.mqtt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts a TCP byte stream into whole MQTT control packets using the fixed header's remaining length
 * (MQTT 3.1.1 §2.2.3, MQTT 5.0 §2.1.4). Not thread-safe. After it throws, the stream is unusable and so is the splitter.
 */
public final class MqttFrameSplitter {

    private final int maxPacketBytes;
    private byte[] buffer = new byte[256];
    private int size;
    private long consumed;

    /** @param maxPacketBytes the largest whole packet (fixed header included) accepted */
    public MqttFrameSplitter(int maxPacketBytes) {
        if (maxPacketBytes < 2) {
            throw new IllegalArgumentException("maxPacketBytes must be at least 2: " + maxPacketBytes);
        }
        this.maxPacketBytes = maxPacketBytes;
    }

    /**
     * Adds {@code length} bytes of {@code chunk} from {@code offset} and returns every frame they complete, in order.
     * Throws when a remaining length needs more than 4 bytes or a packet would exceed the maximum size; the
     * exception's offset counts from the start of the stream.
     */
    public List<byte[]> feed(byte[] chunk, int offset, int length) throws MalformedPacketException {
        if (size + length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + length));
        }
        System.arraycopy(chunk, offset, buffer, size, length);
        size += length;
        List<byte[]> frames = new ArrayList<>();
        int start = 0;
        while (size - start >= 2) {
            int lengthBytes;
            try {
                lengthBytes = VariableByteInteger.length(buffer, start + 1, size);
            } catch (MalformedPacketException e) {
                throw new MalformedPacketException(e.ruleId(), (int) (consumed + e.offset()),
                        "remaining length uses more than 4 bytes");
            }
            if (lengthBytes < 0) {
                break;
            }
            int remaining = VariableByteInteger.decode(buffer, start + 1, size);
            long total = 1L + lengthBytes + remaining;
            if (total > maxPacketBytes) {
                throw new MalformedPacketException(MalformedPacketException.MALFORMED, (int) (consumed + start),
                        "packet of " + total + " bytes exceeds the maximum of " + maxPacketBytes);
            }
            if (size - start < total) {
                break;
            }
            frames.add(Arrays.copyOfRange(buffer, start, start + (int) total));
            start += (int) total;
        }
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, size - start);
            size -= start;
            consumed += start;
        }
        return frames;
    }

    /** How many bytes wait for the rest of their packet. */
    public int pendingBytes() {
        return size;
    }
}
