package org.iomt.standards.mqtt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Faults a device may commit are kept in the model, not thrown, and survive a re-encode byte for byte. */
@Tag("small")
class LenientDecodingTest {

    static MqttPacket decodedAndReencoded(byte[] wire, MqttVersion v) throws Exception {
        MqttPacket p = MqttDecoder.decode(wire, v);
        assertArrayEquals(wire, MqttEncoder.encode(p, v), MqttPackets.describe(p));
        return p;
    }

    @Test
    void reservedConnectFlagIsKept() throws Exception {
        Connect c = (Connect) decodedAndReencoded(Bytes.of(
                0x10, 0x0F,
                0x00, 0x04, 'M', 'Q', 'T', 'T', 0x04,
                0x03,                             // clean session + reserved bit
                0x00, 0x3C,
                0x00, 0x03, 't', 'p', '1'), MqttVersion.V3_1_1);
        assertTrue(c.reservedFlag());
        assertTrue(c.cleanStart());
    }

    @Test
    void level3WithOldProtocolNameIsKept() throws Exception {
        Connect c = (Connect) decodedAndReencoded(Bytes.of(
                0x10, 0x11,
                0x00, 0x06, 'M', 'Q', 'I', 's', 'd', 'p', 0x03,
                0x02, 0x00, 0x3C,
                0x00, 0x03, 't', 'p', '1'), MqttVersion.V3_1_1);
        assertEquals("MQIsdp", c.protocolName());
        assertEquals(3, c.protocolLevel());
    }

    @Test
    void willQos3AndHeaderFlagsAreKept() throws Exception {
        Connect c = (Connect) decodedAndReencoded(Bytes.of(
                0x1F, 0x11,                       // CONNECT with all header flag bits set, remaining length 17
                0x00, 0x04, 'M', 'Q', 'T', 'T', 0x04,
                0x1E,                             // will QoS 3, will flag, clean session
                0x00, 0x00,
                0x00, 0x00,                       // empty client id
                0x00, 0x01, 'w',                  // will topic
                0x00, 0x00), MqttVersion.V3_1_1); // empty will message
        assertEquals(0x0F, c.flags());
        assertEquals(3, c.willQos());
        assertEquals("", c.clientId());
        assertArrayEquals(new byte[0], c.willPayload());
    }

    @Test
    void passwordWithoutUserNameIsKept() throws Exception {
        Connect c = (Connect) decodedAndReencoded(Bytes.of(
                0x10, 0x11,
                0x00, 0x04, 'M', 'Q', 'T', 'T', 0x04,
                0x42, 0x00, 0x3C,                 // password flag only
                0x00, 0x01, 'a',
                0x00, 0x02, 'p', 'w'), MqttVersion.V3_1_1);
        assertFalse(c.usernameFlag());
        assertNull(c.username());
        assertArrayEquals(Bytes.ascii("pw"), c.password());
    }

    @Test
    void inconsistentFaultsCanBeEncodedOnPurpose() throws Exception {
        Connect faulty = Connect.of(MqttVersion.V3_1_1, "tp1", 60, true)
                .withCredentials("nurse", null)
                .withCredentialFlags(false, false)   // user name present in the model but flag off: not written
                .withReservedFlag(true)
                .withProtocolLevel(6)
                .withFlags(0b0101);
        byte[] wire = MqttEncoder.encode(faulty, MqttVersion.V3_1_1);
        assertArrayEquals(Bytes.of(
                0x15, 0x0F,
                0x00, 0x04, 'M', 'Q', 'T', 'T', 0x06,
                0x03, 0x00, 0x3C,
                0x00, 0x03, 't', 'p', '1'), wire);
    }

    @Test
    void packetIdZeroAndWrongHeaderFlagsAreKept() throws Exception {
        Publish p = (Publish) decodedAndReencoded(Bytes.of(0x3A, 0x05, 0x00, 0x01, 't', 0x00, 0x00), MqttVersion.V3_1_1);
        assertEquals(0, p.packetId());
        assertEquals(1, p.dup());
        PublishAck rel = (PublishAck) decodedAndReencoded(Bytes.of(0x60, 0x02, 0x00, 0x01), MqttVersion.V3_1_1);
        assertEquals(0, rel.flags());
        Subscribe s = (Subscribe) decodedAndReencoded(Bytes.of(0x80, 0x02, 0x00, 0x00), MqttVersion.V3_1_1);
        assertEquals(List.of(), s.subscriptions());
        Subscribe reserved = (Subscribe) decodedAndReencoded(Bytes.of(0x82, 0x06, 0x00, 0x01, 0x00, 0x01, 'a', 0xC3), MqttVersion.V3_1_1);
        assertEquals(0xC0, reserved.subscriptions().get(0).reservedBits());
        assertEquals(3, reserved.subscriptions().get(0).qos());
        decodedAndReencoded(Bytes.of(0xC3, 0x00), MqttVersion.V3_1_1);
    }

    @Test
    void fiveZeroAcknowledgementFormsAllDecode() throws Exception {
        MqttVersion v = MqttVersion.V5_0;
        assertEquals(PublishAck.puback(1), MqttDecoder.decode(Bytes.of(0x40, 0x02, 0x00, 0x01), v));
        assertEquals(PublishAck.puback(1).withReason(0x10, MqttProperties.EMPTY),
                decodedAndReencoded(Bytes.of(0x40, 0x03, 0x00, 0x01, 0x10), v));
        assertEquals(PublishAck.puback(1), MqttDecoder.decode(Bytes.of(0x40, 0x04, 0x00, 0x01, 0x00, 0x00), v));
        assertEquals(new Disconnect(0, 0x8E, MqttProperties.EMPTY), decodedAndReencoded(Bytes.of(0xE0, 0x01, 0x8E), v));
        assertEquals(new Auth(0, 0, MqttProperties.EMPTY), decodedAndReencoded(Bytes.of(0xF0, 0x00), v));
        assertEquals(Connack.of(false, 0), MqttDecoder.decode(Bytes.of(0x20, 0x02, 0x00, 0x00), v));
    }

    @Test
    void propertiesNotAllowedForThePacketAreKept() throws Exception {
        Publish p = (Publish) decodedAndReencoded(Bytes.of(
                0x30, 0x09, 0x00, 0x01, 't',
                0x05, 0x11, 0x00, 0x00, 0x00, 0x01),   // session expiry does not belong in PUBLISH
                MqttVersion.V5_0);
        assertTrue(p.properties().first(MqttPropertyId.SESSION_EXPIRY_INTERVAL).isPresent());
    }
}
