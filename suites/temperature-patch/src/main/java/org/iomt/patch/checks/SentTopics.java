package org.iomt.patch.checks;

import org.iomt.standards.mqtt.MalformedPacketException;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.RawFields;
import org.iomt.standards.mqtt.VariableByteInteger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The topic name of a PUBLISH frame and the topic filters of a SUBSCRIBE or UNSUBSCRIBE frame, read from the bytes the
 * device sent (MQTT 3.1.1 §3.3.2, §3.8.3 and §3.10.3, 5.0 likewise), so that a frame the decoder refused for its strings can be
 * judged too. A frame too short for its fields yields the fields it holds in full.
 */
final class SentTopics {

    static final int PUBLISH = 3;
    static final int SUBSCRIBE = 8;
    static final int UNSUBSCRIBE = 10;

    private SentTopics() {
    }

    /** The control packet type of a frame (the high four bits of its first byte); -1 for no bytes. */
    static int type(byte[] frame) {
        return frame.length == 0 ? -1 : (frame[0] & 0xF0) >> 4;
    }

    /** The name of a frame's control packet type, read from its first byte. */
    static String typeName(byte[] frame) {
        int type = type(frame);
        return PacketType.of(type).map(PacketType::name).orElse("a frame of packet type " + type);
    }

    /**
     * The topic name of a PUBLISH frame or the topic filters of a SUBSCRIBE or UNSUBSCRIBE frame, as sent; empty for
     * other frames.
     */
    static List<byte[]> of(byte[] frame, MqttVersion version) {
        List<byte[]> fields = new ArrayList<>();
        try {
            int lengthBytes = VariableByteInteger.length(frame, 1, frame.length);
            if (lengthBytes < 0) {
                return fields;
            }
            int at = 1 + lengthBytes;
            if (type(frame) == PUBLISH) {
                field(frame, at).ifPresent(fields::add);
            } else if (type(frame) == SUBSCRIBE || type(frame) == UNSUBSCRIBE) {
                at += 2; // packet identifier
                if (version == MqttVersion.V5_0 && at < frame.length) {
                    int propertyLengthBytes = VariableByteInteger.length(frame, at, frame.length);
                    at += propertyLengthBytes + VariableByteInteger.decode(frame, at, frame.length);
                }
                Optional<byte[]> filter;
                while ((filter = field(frame, at)).isPresent()) {
                    fields.add(filter.get());
                    at += 2 + filter.get().length + (type(frame) == SUBSCRIBE ? 1 : 0); // length, filter, options
                }
            }
        } catch (MalformedPacketException e) {
            return fields; // a length that runs past the frame: the fields read so far
        }
        return fields;
    }

    /** Whether the bytes are well-formed UTF-8 (no surrogate code points, no overlong forms). */
    static boolean wellFormed(byte[] bytes) {
        return RawFields.utf8(bytes).isPresent();
    }

    /** Whether the bytes hold the character U+0000 (byte 00, which UTF-8 uses for nothing else). */
    static boolean holdsNull(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** The bytes as the text they are meant to be, with ill-formed bytes and U+0000 shown as hex escapes. */
    static String shown(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            int v = b & 0xFF;
            out.append(v >= 0x20 && v < 0x7F ? String.valueOf((char) v) : String.format("\\x%02X", v));
        }
        return out.toString();
    }

    private static Optional<byte[]> field(byte[] frame, int at) {
        return RawFields.lengthPrefixed(frame, at);
    }
}
