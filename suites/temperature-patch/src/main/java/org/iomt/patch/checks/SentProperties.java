package org.iomt.patch.checks;

import org.iomt.standards.mqtt.FrameLengths;
import org.iomt.standards.mqtt.MalformedPacketException;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.RawPropertyStrings;
import org.iomt.standards.mqtt.VariableByteInteger;

import java.util.List;
import java.util.Optional;

/**
 * The MQTT 5.0 property section of a PUBLISH, SUBSCRIBE or UNSUBSCRIBE frame, read from the bytes the device sent
 * (MQTT 5.0 §2.2.2), so that a frame the decoder refused can be judged too.
 */
final class SentProperties {

    private SentProperties() {
    }

    /** Where the Property Length of a PUBLISH, SUBSCRIBE or UNSUBSCRIBE frame begins. */
    static int propertyLengthAt(byte[] frame) throws MalformedPacketException {
        return FrameLengths.propertyLengthOffset(frame).orElseThrow(() -> new MalformedPacketException("MQTT-2.2.2-1",
                frame.length, "the frame ends before its Property Length"));
    }

    /**
     * The strings of every property of the given identifier in a PUBLISH frame (the Content Type, say, or both the name
     * and the value of a User Property), as sent; none when its properties are not well-formed.
     */
    static List<byte[]> strings(byte[] frame, MqttPropertyId wanted) {
        try {
            return RawPropertyStrings.of(frame, propertyLengthAt(frame), wanted);
        } catch (MalformedPacketException | ArrayIndexOutOfBoundsException e) {
            return List.of();
        }
    }

    /** Why the properties announced by a non-zero Property Length are not well-formed, if they are not. */
    static Optional<String> problem(byte[] frame, int start, int length) throws MalformedPacketException {
        int end = start + length;
        if (end > frame.length) {
            return Optional.of(String.format("has no well-formed Property Length: it reads as %d bytes of properties, "
                    + "more than the %d bytes left in the frame", length, frame.length - start));
        }
        int at = start;
        while (at < end) {
            int code = VariableByteInteger.decode(frame, at, end);
            Optional<MqttPropertyId> id = MqttPropertyId.of(code);
            if (id.isEmpty()) {
                return Optional.of(String.format("has no well-formed Property Length: it reads as %d bytes of properties, "
                        + "and byte 0x%02X where the first of them begins is no property identifier", length, code));
            }
            at += VariableByteInteger.length(frame, at, end);
            at += valueLength(id.get(), frame, at, end);
        }
        return at == end ? Optional.empty() : Optional.of(String.format("has no well-formed Property Length: it reads as "
                + "%d bytes of properties, but the last of them runs past them", length));
    }

    private static int valueLength(MqttPropertyId id, byte[] frame, int at, int end) throws MalformedPacketException {
        return switch (id.dataType()) {
            case BYTE -> 1;
            case TWO_BYTE_INTEGER -> 2;
            case FOUR_BYTE_INTEGER -> 4;
            case VARIABLE_BYTE_INTEGER -> VariableByteInteger.length(frame, at, end);
            case UTF8_STRING, BINARY_DATA -> 2 + prefixed(frame, at, end);
            case UTF8_STRING_PAIR -> {
                int first = 2 + prefixed(frame, at, end);
                yield first + 2 + prefixed(frame, at + first, end);
            }
        };
    }

    private static int prefixed(byte[] frame, int at, int end) throws MalformedPacketException {
        if (at + 2 > end) {
            throw new MalformedPacketException("MQTT-2.2.2-1", at, "a property's length runs past the properties");
        }
        return (frame[at] & 0xFF) << 8 | frame[at + 1] & 0xFF;
    }
}
