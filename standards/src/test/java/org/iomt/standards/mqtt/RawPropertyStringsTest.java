package org.iomt.standards.mqtt;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Property lists written by hand from the table of MQTT 5.0 §2.2.2.2, strings read as raw bytes. */
@Tag("small")
class RawPropertyStringsTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @Test
    void theStringsOfOneIdentifierAreReadPastPropertiesOfEveryOtherType() throws Exception {
        // Property Length 24: Payload Format Indicator 1, Message Expiry 300, Content Type "a", User Property ("k", 0xFF),
        // Subscription Identifier 200 (two bytes), Topic Alias 1
        byte[] list = hex("18 0101 020000012c 03 0001 61 26 0001 6b 0001 ff 0bc801 230001");
        assertEquals(List.of("61"), List.of(HexFormat.of().formatHex(RawPropertyStrings.of(list, 0, MqttPropertyId.CONTENT_TYPE).get(0))));
        List<byte[]> pair = RawPropertyStrings.of(list, 0, MqttPropertyId.USER_PROPERTY);
        assertEquals(2, pair.size());
        assertArrayEquals(new byte[]{'k'}, pair.get(0));
        assertArrayEquals(new byte[]{(byte) 0xFF}, pair.get(1));
        assertEquals(List.of(), RawPropertyStrings.of(list, 0, MqttPropertyId.RESPONSE_TOPIC));
    }

    @Test
    void aValueRunningPastThePropertyLengthIsMalformed() {
        assertThrows(MalformedPacketException.class, () -> RawPropertyStrings.of(hex("03 03 0005 61 626364"), 0,
                MqttPropertyId.CONTENT_TYPE));
    }

    @Test
    void anUnknownIdentifierIsMalformed() {
        assertThrows(MalformedPacketException.class, () -> RawPropertyStrings.of(hex("02 05 00"), 0, MqttPropertyId.CONTENT_TYPE));
    }
}
