package org.iomt.standards.mqtt;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The raw bytes of the strings an MQTT 5.0 property list carries under one identifier, read without decoding them
 * as text, so that a string a decoder would refuse can still be judged (MQTT 5.0 §2.2.2.2).
 */
public final class RawPropertyStrings {

    private static final String RULE = MalformedPacketException.MALFORMED;

    private RawPropertyStrings() {
    }

    /**
     * Every string (both strings of a pair) of the properties with this identifier in the list whose Property Length
     * begins at {@code at}; malformed when the list does not read to its stated end.
     */
    public static List<byte[]> of(byte[] frame, int at, MqttPropertyId id) throws MalformedPacketException {
        int count = VariableByteInteger.length(frame, at, frame.length);
        if (count < 0) {
            throw new MalformedPacketException(RULE, at, "the frame ends inside the Property Length");
        }
        int i = at + count;
        int end = i + VariableByteInteger.decode(frame, at, frame.length);
        if (end > frame.length) {
            throw new MalformedPacketException(RULE, at, "the properties run past the end of the frame");
        }
        List<byte[]> strings = new ArrayList<>();
        while (i < end) {
            int code = frame[i] & 0xFF;
            MqttPropertyId property = MqttPropertyId.of(code)
                    .orElseThrow(() -> new MalformedPacketException(RULE, at, "unknown property identifier 0x" + Integer.toHexString(code)));
            i++;
            List<byte[]> values = new ArrayList<>();
            switch (property.dataType()) {
                case BYTE -> i += 1;
                case TWO_BYTE_INTEGER -> i += 2;
                case FOUR_BYTE_INTEGER -> i += 4;
                case VARIABLE_BYTE_INTEGER -> i += Math.max(1, VariableByteInteger.length(frame, i, end));
                case UTF8_STRING, BINARY_DATA -> i = field(frame, i, end, values);
                case UTF8_STRING_PAIR -> i = field(frame, field(frame, i, end, values), end, values);
            }
            if (property == id) {
                strings.addAll(values);
            }
        }
        if (i != end) {
            throw new MalformedPacketException(RULE, i, "the last property runs past the Property Length");
        }
        return strings;
    }

    private static int field(byte[] frame, int at, int end, List<byte[]> into) throws MalformedPacketException {
        byte[] bounded = Arrays.copyOf(frame, end);
        byte[] value = RawFields.lengthPrefixed(bounded, at).orElseThrow(() ->
                new MalformedPacketException(RULE, at, "a length-prefixed property value runs past the Property Length"));
        into.add(value);
        return at + 2 + value.length;
    }
}
