package org.iomt.standards.mqtt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every way the decoder refuses a frame, with the rule id and byte offset it reports. */
@Tag("small")
class MqttDecoderErrorsTest {

    static MalformedPacketException refused(byte[] frame, MqttVersion v, String ruleId, int offset) {
        MalformedPacketException e = assertThrows(MalformedPacketException.class, () -> MqttDecoder.decode(frame, v));
        assertEquals(ruleId, e.ruleId(), e.getMessage());
        assertEquals(offset, e.offset(), e.getMessage());
        assertTrue(e.getMessage().contains("offset " + offset), e.getMessage());
        return e;
    }

    @Test
    void packetTypeZeroIsRefused() {
        refused(Bytes.of(0x00, 0x00), MqttVersion.V5_0, "MQTT-malformed", 0);
    }

    @Test
    void authIsRefusedIn311() {
        refused(Bytes.of(0xF0, 0x00), MqttVersion.V3_1_1, "MQTT-malformed", 0);
    }

    @Test
    void frameShorterThanAFixedHeaderIsRefused() {
        refused(Bytes.of(0xC0), MqttVersion.V3_1_1, "MQTT-malformed", 1);
    }

    @Test
    void remainingLengthLongerThanTheFrameIsRefused() {
        refused(Bytes.of(0xC0, 0x01), MqttVersion.V3_1_1, "MQTT-malformed", 1);
    }

    @Test
    void remainingLengthShorterThanTheFrameIsRefused() {
        refused(Bytes.of(0x40, 0x02, 0x00, 0x01, 0x00), MqttVersion.V3_1_1, "MQTT-malformed", 1);
    }

    @Test
    void remainingLengthOfFiveBytesIsRefused() {
        refused(Bytes.of(0x30, 0x80, 0x80, 0x80, 0x80, 0x01), MqttVersion.V3_1_1, "MQTT-malformed", 5);
    }

    @Test
    void fieldRunningPastTheEndReportsItsOffset() {
        MalformedPacketException e = refused(Bytes.of(
                0x30, 0x03,                       // PUBLISH, remaining length 3
                0x00, 0x05, 'a'),                 // topic claims 5 bytes, 1 present
                MqttVersion.V3_1_1, "MQTT-malformed", 4);
        assertTrue(e.getMessage().contains("topic name"), e.getMessage());
    }

    @Test
    void missingPacketIdentifierIsRefused() {
        refused(Bytes.of(0x40, 0x01, 0x00), MqttVersion.V3_1_1, "MQTT-malformed", 2);
    }

    @Test
    void publishWithQos3IsRefused() {
        refused(Bytes.of(0x36, 0x05, 0x00, 0x01, 't', 0x00, 0x01), MqttVersion.V3_1_1, "MQTT-3.3.1-4", 0);
    }

    @Test
    void illFormedUtf8UsesTheStatementOfEachVersion() {
        byte[] frame = Bytes.of(0x30, 0x04, 0x00, 0x02, 0xC3, 0x28); // 0xC3 needs a continuation byte, 0x28 is not
        refused(frame, MqttVersion.V3_1_1, "MQTT-1.5.3-1", 4);
        byte[] five = Bytes.of(0x30, 0x05, 0x00, 0x02, 0xC3, 0x28, 0x00);
        refused(five, MqttVersion.V5_0, "MQTT-1.5.4-1", 4);
    }

    @Test
    void encodedSurrogateIsRefused() {
        byte[] frame = Bytes.of(0x30, 0x06, 0x00, 0x03, 'a', 0xED, 0xA0, 0x80); // U+D800 encoded directly
        refused(frame, MqttVersion.V3_1_1, "MQTT-1.5.3-1", 5);
    }

    @Test
    void nullCharacterUsesTheStatementOfEachVersion() {
        byte[] frame = Bytes.of(0x30, 0x05, 0x00, 0x03, 'a', 0x00, 'b');
        refused(frame, MqttVersion.V3_1_1, "MQTT-1.5.3-2", 5);
        byte[] five = Bytes.of(0x30, 0x06, 0x00, 0x03, 'a', 0x00, 'b', 0x00);
        refused(five, MqttVersion.V5_0, "MQTT-1.5.4-2", 5);
    }

    @Test
    void connectStringRulesFollowTheLevelInsideThePacket() {
        byte[] level5 = Bytes.of(
                0x10, 0x0F,
                0x00, 0x04, 'M', 'Q', 'T', 'T', 0x05, 0x02, 0x00, 0x3C,
                0x00,                             // no properties
                0x00, 0x02, 'a', 0x00);           // client id with U+0000
        refused(level5, MqttVersion.V3_1_1, "MQTT-1.5.4-2", 16);
        byte[] level4 = Bytes.of(
                0x10, 0x0E,
                0x00, 0x04, 'M', 'Q', 'T', 'T', 0x04, 0x02, 0x00, 0x3C,
                0x00, 0x02, 'a', 0x00);
        refused(level4, MqttVersion.V5_0, "MQTT-1.5.3-2", 15);
    }

    @Test
    void unknownPropertyIdentifierIsRefused() {
        byte[] frame = Bytes.of(0x30, 0x06, 0x00, 0x01, 't', 0x02, 0x04, 0x00); // property 0x04 is not defined
        refused(frame, MqttVersion.V5_0, "MQTT-malformed", 6);
    }

    @Test
    void propertyLengthPastTheEndIsRefused() {
        byte[] frame = Bytes.of(0x30, 0x05, 0x00, 0x01, 't', 0x09, 0x01);
        refused(frame, MqttVersion.V5_0, "MQTT-malformed", 5);
    }

    @Test
    void propertyValueCutShortIsRefused() {
        byte[] frame = Bytes.of(0x30, 0x07, 0x00, 0x01, 't', 0x03, 0x02, 0x00, 0x00); // expiry needs 4 bytes
        refused(frame, MqttVersion.V5_0, "MQTT-malformed", 7);
    }

    @Test
    void trailingBytesAreRefused() {
        refused(Bytes.of(0xC0, 0x01, 0x00), MqttVersion.V3_1_1, "MQTT-malformed", 2);
        refused(Bytes.of(0x40, 0x03, 0x00, 0x01, 0x00), MqttVersion.V3_1_1, "MQTT-malformed", 4);
    }

    @Test
    void connectMissingAFieldItsFlagPromisesIsRefused() {
        byte[] frame = Bytes.of(
                0x10, 0x0F,
                0x00, 0x04, 'M', 'Q', 'T', 'T', 0x04,
                0x82,                             // user name flag set, clean session
                0x00, 0x3C,
                0x00, 0x03, 't', 'p', '1');       // ... but no user name follows
        MalformedPacketException e = refused(frame, MqttVersion.V3_1_1, "MQTT-malformed", 17);
        assertTrue(e.getMessage().contains("user name"), e.getMessage());
    }
}
