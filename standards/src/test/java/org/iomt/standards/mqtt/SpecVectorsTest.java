package org.iomt.standards.mqtt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Byte vectors built from the examples in the specifications (variable headers and payloads given there,
 * wrapped in a fixed header computed by hand), decoded and re-encoded.
 */
@Tag("small")
class SpecVectorsTest {

    /** MQTT 3.1.1 §3.1.2.10 variable header example, with a hand-written payload for the flags it sets. */
    static final byte[] CONNECT_311 = Bytes.of(
            0x10, 0x1B,                               // CONNECT, remaining length 27
            0x00, 0x04, 'M', 'Q', 'T', 'T',           // protocol name
            0x04,                                     // protocol level 4
            0xCE,                                     // user, password, will QoS 1, will, clean session
            0x00, 0x0A,                               // keep alive 10
            0x00, 0x03, 't', 'p', '1',                // client id "tp1"
            0x00, 0x01, 'w',                          // will topic "w"
            0x00, 0x01, 'x',                          // will message "x"
            0x00, 0x01, 'u',                          // user name "u"
            0x00, 0x01, 'p');                         // password "p"

    /** MQTT 5.0 §3.1.2.12 variable header example (session expiry 10), same payload plus empty will properties. */
    static final byte[] CONNECT_50 = Bytes.of(
            0x10, 0x22,                               // CONNECT, remaining length 34
            0x00, 0x04, 'M', 'Q', 'T', 'T',           // protocol name
            0x05,                                     // protocol level 5
            0xCE,                                     // user, password, will QoS 1, will, clean start
            0x00, 0x0A,                               // keep alive 10
            0x05,                                     // property length 5
            0x11, 0x00, 0x00, 0x00, 0x0A,             // session expiry interval 10
            0x00, 0x03, 't', 'p', '1',                // client id "tp1"
            0x00,                                     // will property length 0
            0x00, 0x01, 'w',                          // will topic "w"
            0x00, 0x01, 'x',                          // will payload "x"
            0x00, 0x01, 'u',                          // user name "u"
            0x00, 0x01, 'p');                         // password "p"

    @Test
    void connectExampleOf311DecodesFlagByFlag() throws Exception {
        Connect c = (Connect) MqttDecoder.decode(CONNECT_311, MqttVersion.V5_0); // version ignored for CONNECT
        assertEquals("MQTT", c.protocolName());
        assertEquals(4, c.protocolLevel());
        assertEquals(0xCE, c.connectFlags());
        assertTrue(c.usernameFlag());
        assertTrue(c.passwordFlag());
        assertFalse(c.willRetain());
        assertEquals(1, c.willQos());
        assertTrue(c.willFlag());
        assertTrue(c.cleanStart());
        assertFalse(c.reservedFlag());
        assertEquals(10, c.keepAlive());
        assertEquals("tp1", c.clientId());
        assertEquals("w", c.willTopic());
        assertArrayEquals(Bytes.ascii("x"), c.willPayload());
        assertEquals("u", c.username());
        assertArrayEquals(Bytes.ascii("p"), c.password());
        assertEquals(MqttProperties.EMPTY, c.properties());
        assertArrayEquals(CONNECT_311, MqttEncoder.encode(c, MqttVersion.V3_1_1));
    }

    @Test
    void connectExampleOf50CarriesSessionExpiry() throws Exception {
        Connect c = (Connect) MqttDecoder.decode(CONNECT_50, MqttVersion.V3_1_1); // version ignored for CONNECT
        assertEquals(5, c.protocolLevel());
        assertEquals(0xCE, c.connectFlags());
        assertEquals(10, c.keepAlive());
        assertEquals(List.of(new MqttProperty(MqttPropertyId.SESSION_EXPIRY_INTERVAL, 10)), c.properties().list());
        assertEquals(MqttProperties.EMPTY, c.willProperties());
        assertEquals("p", new String(c.password(), java.nio.charset.StandardCharsets.US_ASCII));
        assertArrayEquals(CONNECT_50, MqttEncoder.encode(c, MqttVersion.V5_0));
    }

    /** MQTT 3.1.1 §3.3.2.3: topic "a/b", packet identifier 10. */
    @Test
    void publishVariableHeaderExample() throws Exception {
        byte[] wire = Bytes.of(
                0x32, 0x09,                           // PUBLISH QoS 1, remaining length 9
                0x00, 0x03, 'a', '/', 'b',            // topic name
                0x00, 0x0A,                           // packet identifier 10
                'h', 'i');                            // payload
        Publish p = (Publish) MqttDecoder.decode(wire, MqttVersion.V3_1_1);
        assertEquals("a/b", p.topic());
        assertEquals(10, p.packetId());
        assertEquals(1, p.qos());
        assertArrayEquals(Bytes.ascii("hi"), p.payload());
        assertArrayEquals(wire, MqttEncoder.encode(p, MqttVersion.V3_1_1));
    }

    /** MQTT 3.1.1 §3.8.3: filters "a/b" QoS 1 and "c/d" QoS 2, packet identifier 10 (§3.8.2). */
    @Test
    void subscribePayloadExample() throws Exception {
        byte[] wire = Bytes.of(
                0x82, 0x0E,                           // SUBSCRIBE flags 0b0010, remaining length 14
                0x00, 0x0A,                           // packet identifier 10
                0x00, 0x03, 'a', '/', 'b', 0x01,      // "a/b" QoS 1
                0x00, 0x03, 'c', '/', 'd', 0x02);     // "c/d" QoS 2
        Subscribe s = (Subscribe) MqttDecoder.decode(wire, MqttVersion.V3_1_1);
        assertEquals(0b0010, s.flags());
        assertEquals(10, s.packetId());
        assertEquals(List.of(new Subscription("a/b", 1), new Subscription("c/d", 2)), s.subscriptions());
        assertArrayEquals(wire, MqttEncoder.encode(s, MqttVersion.V3_1_1));
    }

    /** MQTT 3.1.1 §3.9.3: granted QoS 0, granted QoS 2, failure 0x80. */
    @Test
    void subackPayloadExample() throws Exception {
        byte[] wire = Bytes.of(0x90, 0x05, 0x00, 0x0A, 0x00, 0x02, 0x80);
        Suback s = (Suback) MqttDecoder.decode(wire, MqttVersion.V3_1_1);
        assertEquals(List.of(0, 2, 0x80), s.reasonCodes());
        assertArrayEquals(wire, MqttEncoder.encode(s, MqttVersion.V3_1_1));
    }

    /** MQTT 3.1.1 §3.10.3: filters "a/b" and "c/d". */
    @Test
    void unsubscribePayloadExample() throws Exception {
        byte[] wire = Bytes.of(0xA2, 0x0C, 0x00, 0x0A, 0x00, 0x03, 'a', '/', 'b', 0x00, 0x03, 'c', '/', 'd');
        Unsubscribe u = (Unsubscribe) MqttDecoder.decode(wire, MqttVersion.V3_1_1);
        assertEquals(List.of("a/b", "c/d"), u.topicFilters());
        assertArrayEquals(wire, MqttEncoder.encode(u, MqttVersion.V3_1_1));
    }

    /** Header-only packets: PINGREQ, PINGRESP, DISCONNECT (MQTT 3.1.1 §3.12-3.14). */
    @Test
    void headerOnlyPackets() throws Exception {
        assertInstanceOf(PingReq.class, MqttDecoder.decode(Bytes.of(0xC0, 0x00), MqttVersion.V3_1_1));
        assertInstanceOf(PingResp.class, MqttDecoder.decode(Bytes.of(0xD0, 0x00), MqttVersion.V5_0));
        assertEquals(Disconnect.normal(), MqttDecoder.decode(Bytes.of(0xE0, 0x00), MqttVersion.V5_0));
        assertArrayEquals(Bytes.of(0xE0, 0x00), MqttEncoder.encode(Disconnect.normal(), MqttVersion.V5_0));
        assertArrayEquals(Bytes.of(0xC0, 0x00), MqttEncoder.encode(new PingReq(0), MqttVersion.V3_1_1));
    }

    /** MQTT 5.0 §2.2.2.2: a UTF-8 string pair property (User Property) and a variable byte integer property. */
    @Test
    void fiveZeroPropertyTypes() throws Exception {
        byte[] wire = Bytes.of(
                0x30, 0x13,                           // PUBLISH QoS 0, remaining length 19
                0x00, 0x01, 't',                      // topic "t"
                0x0F,                                 // property length 15
                0x26, 0x00, 0x01, 'k', 0x00, 0x01, 'v',   // user property k=v
                0x0B, 0x80, 0x01,                     // subscription identifier 128 (two-byte VBI)
                0x01, 0x01,                           // payload format indicator 1
                0x23, 0x00, 0x05);                    // topic alias 5; no payload
        Publish p = (Publish) MqttDecoder.decode(wire, MqttVersion.V5_0);
        assertEquals(new StringPair("k", "v"), p.properties().first(MqttPropertyId.USER_PROPERTY).orElseThrow().value());
        assertEquals(128, p.properties().first(MqttPropertyId.SUBSCRIPTION_IDENTIFIER).orElseThrow().intValue());
        assertEquals(1, p.properties().first(MqttPropertyId.PAYLOAD_FORMAT_INDICATOR).orElseThrow().intValue());
        assertEquals(5, p.properties().first(MqttPropertyId.TOPIC_ALIAS).orElseThrow().intValue());
        assertEquals(0, p.payload().length);
        assertArrayEquals(wire, MqttEncoder.encode(p, MqttVersion.V5_0));
    }
}
