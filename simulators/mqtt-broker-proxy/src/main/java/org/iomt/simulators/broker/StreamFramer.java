package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.MalformedPacketException;
import org.iomt.standards.mqtt.MqttFrameSplitter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cuts one direction of a connection into frames with {@link MqttFrameSplitter} and, unlike the splitter, hands back
 * the bytes it could not frame when the stream breaks (a remaining length over 4 bytes), so that they can still be
 * forwarded unchanged. Not thread-safe.
 */
final class StreamFramer {

    /** The largest packet MQTT can express: a 268,435,455-byte remainder behind a 5-byte fixed header. */
    static final int MAX_PACKET_BYTES = 268_435_455 + 5;

    /** The frames a chunk completed and, when the stream broke, the bytes from the broken frame on and why. */
    record Cut(List<byte[]> frames, byte[] unframeable, MalformedPacketException why) {
    }

    private MqttFrameSplitter splitter = new MqttFrameSplitter(MAX_PACKET_BYTES);
    private byte[] pending = new byte[0];

    /** Feeds {@code length} bytes of {@code chunk}; after a cut with unframeable bytes the framer must not be fed again. */
    Cut feed(byte[] chunk, int length) {
        byte[] stream = Arrays.copyOf(pending, pending.length + length);
        System.arraycopy(chunk, 0, stream, pending.length, length);
        try {
            List<byte[]> frames = splitter.feed(chunk, 0, length);
            pending = Arrays.copyOfRange(stream, consumed(frames), stream.length);
            return new Cut(frames, null, null);
        } catch (MalformedPacketException e) {
            return recut(stream, e);
        }
    }

    /** The splitter lost the whole frames that came before the break; a fresh one fed byte by byte recovers them. */
    private Cut recut(byte[] stream, MalformedPacketException why) {
        splitter = new MqttFrameSplitter(MAX_PACKET_BYTES);
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < stream.length; i++) {
            try {
                frames.addAll(splitter.feed(stream, i, 1));
            } catch (MalformedPacketException e) {
                break;
            }
        }
        pending = new byte[0];
        return new Cut(frames, Arrays.copyOfRange(stream, consumed(frames), stream.length), why);
    }

    private static int consumed(List<byte[]> frames) {
        return frames.stream().mapToInt(f -> f.length).sum();
    }
}
