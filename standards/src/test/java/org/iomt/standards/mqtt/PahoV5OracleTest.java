package org.iomt.standards.mqtt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.eclipse.paho.mqttv5.common.packet.MqttAuth;
import org.eclipse.paho.mqttv5.common.packet.MqttConnAck;
import org.eclipse.paho.mqttv5.common.packet.MqttConnect;
import org.eclipse.paho.mqttv5.common.packet.MqttDisconnect;
import org.eclipse.paho.mqttv5.common.packet.MqttPingReq;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import org.eclipse.paho.mqttv5.common.packet.MqttPubAck;
import org.eclipse.paho.mqttv5.common.packet.MqttPubComp;
import org.eclipse.paho.mqttv5.common.packet.MqttPubRec;
import org.eclipse.paho.mqttv5.common.packet.MqttPubRel;
import org.eclipse.paho.mqttv5.common.packet.MqttPublish;
import org.eclipse.paho.mqttv5.common.packet.MqttSubAck;
import org.eclipse.paho.mqttv5.common.packet.MqttSubscribe;
import org.eclipse.paho.mqttv5.common.packet.MqttUnsubAck;
import org.eclipse.paho.mqttv5.common.packet.MqttUnsubscribe;
import org.eclipse.paho.mqttv5.common.packet.MqttWireMessage;
import org.eclipse.paho.mqttv5.common.packet.UserProperty;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Eclipse Paho's MQTT 5.0 wire classes as an independent encoder and decoder. Where Paho chooses the property
 * order, our encoder is fed the packet we decoded from Paho's bytes and must give back the same bytes.
 */
@Tag("small")
class PahoV5OracleTest {

    private static final MqttVersion V = MqttVersion.V5_0;

    static byte[] wire(MqttWireMessage m) throws Exception {
        return Bytes.concat(m.getHeader(), m.getPayload());
    }

    static void assertSameBytesBothWays(byte[] paho, MqttPacket expected) throws Exception {
        MqttPacket decoded = MqttDecoder.decode(paho, V);
        if (expected != null) {
            assertEquals(expected, decoded);
        }
        assertArrayEquals(paho, MqttEncoder.encode(decoded, V), () -> MqttPackets.describe(decoded));
    }

    @Test
    void connectWithPropertiesWillAndCredentialsMatchesPaho() throws Exception {
        MqttProperties props = new MqttProperties();
        props.setSessionExpiryInterval(3600L);
        props.setReceiveMaximum(20);
        props.setUserProperties(List.of(new UserProperty("device", "patch")));
        MqttProperties willProps = new MqttProperties();
        willProps.setWillDelayInterval(5L);
        willProps.setContentType("text/plain");
        MqttConnect connect = new MqttConnect("patch-7", 5, true, 60, props, willProps);
        connect.setUserName("nurse");
        connect.setPassword("s3cret".getBytes(StandardCharsets.UTF_8));
        MqttMessage will = new MqttMessage("gone".getBytes(StandardCharsets.UTF_8));
        will.setQos(2);
        connect.setWillMessage(will);
        connect.setWillDestination("ward/a/lwt");
        byte[] paho = wire(connect);

        Connect c = (Connect) MqttDecoder.decode(paho, MqttVersion.V3_1_1);
        assertEquals(5, c.protocolLevel());
        assertEquals(3600, c.properties().first(MqttPropertyId.SESSION_EXPIRY_INTERVAL).orElseThrow().intValue());
        assertEquals(20, c.properties().first(MqttPropertyId.RECEIVE_MAXIMUM).orElseThrow().intValue());
        assertEquals(new StringPair("device", "patch"), c.properties().first(MqttPropertyId.USER_PROPERTY).orElseThrow().value());
        assertEquals(5, c.willProperties().first(MqttPropertyId.WILL_DELAY_INTERVAL).orElseThrow().intValue());
        assertEquals("text/plain", c.willProperties().first(MqttPropertyId.CONTENT_TYPE).orElseThrow().value());
        assertEquals(2, c.willQos());
        assertEquals("ward/a/lwt", c.willTopic());
        assertEquals("nurse", c.username());
        assertArrayEquals("s3cret".getBytes(StandardCharsets.UTF_8), c.password());
        assertArrayEquals(paho, MqttEncoder.encode(c, V));
    }

    @Test
    void plainConnectMatchesPaho() throws Exception {
        byte[] paho = wire(new MqttConnect("tp1", 5, true, 30, new MqttProperties(), new MqttProperties()));
        assertArrayEquals(paho, MqttEncoder.encode(Connect.of(V, "tp1", 30, true), V));
    }

    @Test
    void publishWithPropertiesMatchesPaho() throws Exception {
        MqttProperties props = new MqttProperties();
        props.setMessageExpiryInterval(120L);
        props.setContentType("application/senml+json");
        props.setResponseTopic("ward/a/reply");
        props.setCorrelationData(Bytes.of(1, 2, 3));
        props.setPayloadFormat(true);
        MqttMessage m = new MqttMessage(new byte[92], 1, false, props);
        MqttPublish pub = new MqttPublish("ward/a/temp", m, props);
        pub.setMessageId(7);
        byte[] paho = wire(pub);
        Publish p = (Publish) MqttDecoder.decode(paho, V);
        assertEquals(1, p.qos());
        assertEquals(7, p.packetId());
        assertEquals(92, p.payload().length);
        assertEquals(120, p.properties().first(MqttPropertyId.MESSAGE_EXPIRY_INTERVAL).orElseThrow().intValue());
        assertArrayEquals(Bytes.of(1, 2, 3), (byte[]) p.properties().first(MqttPropertyId.CORRELATION_DATA).orElseThrow().value());
        assertArrayEquals(paho, MqttEncoder.encode(p, V));
    }

    @Test
    void plainPublishMatchesPaho() throws Exception {
        MqttPublish pub = new MqttPublish("t", new MqttMessage(Bytes.ascii("v"), 0, true, new MqttProperties()), new MqttProperties());
        assertSameBytesBothWays(wire(pub), Publish.of("t", 0, true, 0, Bytes.ascii("v")));
    }

    @Test
    void publishAcknowledgementsUseTheShortFormLikePaho() throws Exception {
        assertSameBytesBothWays(wire(new MqttPubAck(0, 7, new MqttProperties())), PublishAck.puback(7));
        assertSameBytesBothWays(wire(new MqttPubRec(0, 8, new MqttProperties())), PublishAck.pubrec(8));
        assertSameBytesBothWays(wire(new MqttPubRel(0, 9, new MqttProperties())), PublishAck.pubrel(9));
        assertSameBytesBothWays(wire(new MqttPubComp(0, 10, new MqttProperties())), PublishAck.pubcomp(10));
        assertEquals(4, MqttEncoder.encode(PublishAck.puback(7), V).length);
    }

    @Test
    void publishAcknowledgementWithReasonAndReasonStringMatchesPaho() throws Exception {
        MqttProperties props = new MqttProperties();
        props.setReasonString("quota");
        byte[] paho = wire(new MqttPubAck(0x97, 7, props));
        PublishAck ours = PublishAck.puback(7).withReason(0x97, new org.iomt.standards.mqtt.MqttProperties(
                List.of(new MqttProperty(MqttPropertyId.REASON_STRING, "quota"))));
        assertSameBytesBothWays(paho, ours);
    }

    @Test
    void subscribeWithOptionsMatchesPaho() throws Exception {
        MqttSubscription a = new MqttSubscription("ward/+/temp", 1);
        a.setNoLocal(true);
        a.setRetainHandling(2);
        MqttSubscription b = new MqttSubscription("ward/#", 2);
        b.setRetainAsPublished(true);
        MqttProperties props = new MqttProperties();
        props.setSubscriptionIdentifier(200);
        MqttSubscribe sub = new MqttSubscribe(new MqttSubscription[] {a, b}, props);
        sub.setMessageId(5);
        byte[] paho = wire(sub);
        Subscribe s = (Subscribe) MqttDecoder.decode(paho, V);
        assertEquals(0b0010, s.flags());
        assertEquals(200, s.properties().first(MqttPropertyId.SUBSCRIPTION_IDENTIFIER).orElseThrow().intValue());
        Subscription first = s.subscriptions().get(0);
        assertEquals(1, first.qos());
        assertTrue(first.noLocal());
        assertEquals(2, first.retainHandling());
        assertTrue(s.subscriptions().get(1).retainAsPublished());
        assertArrayEquals(paho, MqttEncoder.encode(s, V));
    }

    @Test
    void unsubscribeMatchesPaho() throws Exception {
        MqttUnsubscribe unsub = new MqttUnsubscribe(new String[] {"ward/#", "a/b"}, new MqttProperties());
        unsub.setMessageId(6);
        assertSameBytesBothWays(wire(unsub), Unsubscribe.of(6, "ward/#", "a/b"));
    }

    @Test
    void pingDisconnectAndAuthMatchPaho() throws Exception {
        assertSameBytesBothWays(wire(new MqttPingReq()), new PingReq(0));
        // Paho writes the long form (E0 02 00 00); we decode it and encode the equally valid short form E0 00
        byte[] pahoNormal = wire(new MqttDisconnect(0, new MqttProperties()));
        assertArrayEquals(Bytes.of(0xE0, 0x02, 0x00, 0x00), pahoNormal);
        assertEquals(Disconnect.normal(), MqttDecoder.decode(pahoNormal, V));
        MqttProperties props = new MqttProperties();
        props.setSessionExpiryInterval(0L);
        assertSameBytesBothWays(wire(new MqttDisconnect(0x04, props)), null);
        MqttProperties auth = new MqttProperties();
        auth.setAuthenticationMethod("SCRAM-SHA-1");
        auth.setAuthenticationData(Bytes.of(9, 9));
        byte[] paho = wire(new MqttAuth(0x18, auth));
        Auth a = (Auth) MqttDecoder.decode(paho, V);
        assertEquals(0x18, a.reasonCode());
        assertEquals("SCRAM-SHA-1", a.properties().first(MqttPropertyId.AUTHENTICATION_METHOD).orElseThrow().value());
        assertArrayEquals(paho, MqttEncoder.encode(a, V));
    }

    @Test
    void pahoReadsOurBrokerSidePackets() throws Exception {
        org.iomt.standards.mqtt.MqttProperties props = org.iomt.standards.mqtt.MqttProperties.of(
                new MqttProperty(MqttPropertyId.ASSIGNED_CLIENT_IDENTIFIER, "auto-1"),
                new MqttProperty(MqttPropertyId.SERVER_KEEP_ALIVE, 30),
                new MqttProperty(MqttPropertyId.MAXIMUM_QOS, 1));
        MqttConnAck connack = (MqttConnAck) MqttWireMessage.createWireMessage(
                MqttEncoder.encode(new Connack(0, true, 0, props), V));
        assertTrue(connack.getSessionPresent());
        assertEquals(0, connack.getReturnCode());
        assertEquals("auto-1", connack.getProperties().getAssignedClientIdentifier());
        assertEquals(30, connack.getProperties().getServerKeepAlive());
        assertEquals(1, connack.getProperties().getMaximumQoS());

        MqttSubAck suback = (MqttSubAck) MqttWireMessage.createWireMessage(MqttEncoder.encode(Suback.of(5, 1, 0x87), V));
        assertEquals(5, suback.getMessageId());
        assertArrayEquals(new int[] {1, 0x87}, suback.getReturnCodes());

        MqttUnsubAck unsuback = (MqttUnsubAck) MqttWireMessage.createWireMessage(MqttEncoder.encode(Unsuback.of(6, 0, 0x11), V));
        assertArrayEquals(new int[] {0, 0x11}, unsuback.getReturnCodes());

        MqttConnAck refused = (MqttConnAck) MqttWireMessage.createWireMessage(MqttEncoder.encode(Connack.of(false, 0x86), V));
        assertFalse(refused.getSessionPresent());
        assertEquals(0x86, refused.getReturnCode());
    }

    @Test
    void pahoBrokerSidePacketsDecode() throws Exception {
        assertSameBytesBothWays(wire(new MqttConnAck(false, 0, new MqttProperties())), Connack.of(false, 0));
        assertSameBytesBothWays(wire(new MqttSubAck(new int[] {0, 2, 0x80}, new MqttProperties())), null);
        assertSameBytesBothWays(wire(new MqttUnsubAck(new int[] {0}, new MqttProperties())), null);
    }
}
