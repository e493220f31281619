package org.iomt.standards.mqtt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.internal.wire.MqttConnack;
import org.eclipse.paho.client.mqttv3.internal.wire.MqttConnect;
import org.eclipse.paho.client.mqttv3.internal.wire.MqttDisconnect;
import org.eclipse.paho.client.mqttv3.internal.wire.MqttPingReq;
import org.eclipse.paho.client.mqttv3.internal.wire.MqttPubAck;
import org.eclipse.paho.client.mqttv3.internal.wire.MqttPubComp;
import org.eclipse.paho.client.mqttv3.internal.wire.MqttPubRec;
import org.eclipse.paho.client.mqttv3.internal.wire.MqttPubRel;
import org.eclipse.paho.client.mqttv3.internal.wire.MqttPublish;
import org.eclipse.paho.client.mqttv3.internal.wire.MqttSuback;
import org.eclipse.paho.client.mqttv3.internal.wire.MqttSubscribe;
import org.eclipse.paho.client.mqttv3.internal.wire.MqttUnsubAck;
import org.eclipse.paho.client.mqttv3.internal.wire.MqttUnsubscribe;
import org.eclipse.paho.client.mqttv3.internal.wire.MqttWireMessage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Eclipse Paho's MQTT 3.1.1 wire classes as an independent encoder and decoder. */
@Tag("small")
class PahoV3OracleTest {

    private static final MqttVersion V = MqttVersion.V3_1_1;

    static byte[] wire(MqttWireMessage m) throws Exception {
        return Bytes.concat(m.getHeader(), m.getPayload());
    }

    @Test
    void connectWithWillAndCredentialsMatchesPaho() throws Exception {
        MqttMessage will = new MqttMessage("gone".getBytes(StandardCharsets.UTF_8));
        will.setQos(1);
        will.setRetained(true);
        byte[] paho = wire(new MqttConnect("patch-7", 4, true, 60, "nurse", "s3cret".toCharArray(), will, "ward/a/lwt"));

        Connect c = (Connect) MqttDecoder.decode(paho, V);
        assertEquals("MQTT", c.protocolName());
        assertEquals(4, c.protocolLevel());
        assertTrue(c.cleanStart());
        assertEquals(60, c.keepAlive());
        assertEquals("patch-7", c.clientId());
        assertTrue(c.willFlag());
        assertEquals(1, c.willQos());
        assertTrue(c.willRetain());
        assertEquals("ward/a/lwt", c.willTopic());
        assertArrayEquals("gone".getBytes(StandardCharsets.UTF_8), c.willPayload());
        assertEquals("nurse", c.username());
        assertArrayEquals("s3cret".getBytes(StandardCharsets.UTF_8), c.password());

        Connect ours = Connect.of(V, "patch-7", 60, true)
                .withWill("ward/a/lwt", "gone".getBytes(StandardCharsets.UTF_8), 1, true, MqttProperties.EMPTY)
                .withCredentials("nurse", "s3cret".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(paho, MqttEncoder.encode(ours, V));
    }

    @Test
    void plainConnectMatchesPaho() throws Exception {
        byte[] paho = wire(new MqttConnect("tp1", 4, false, 0, null, null, null, null));
        assertArrayEquals(paho, MqttEncoder.encode(Connect.of(V, "tp1", 0, false), V));
        assertEquals(Connect.of(V, "tp1", 0, false), MqttDecoder.decode(paho, V));
    }

    @Test
    void mqtt31ConnectFromPahoIsDecodedLeniently() throws Exception {
        byte[] paho = wire(new MqttConnect("old", 3, true, 30, null, null, null, null));
        Connect c = (Connect) MqttDecoder.decode(paho, V);
        assertEquals("MQIsdp", c.protocolName());
        assertEquals(3, c.protocolLevel());
        assertTrue(c.version().isEmpty());
        assertArrayEquals(paho, MqttEncoder.encode(c, V));
    }

    @Test
    void publishAtEachQosMatchesPaho() throws Exception {
        for (int qos = 0; qos <= 2; qos++) {
            MqttMessage m = new MqttMessage(new byte[92]);
            m.setQos(qos);
            m.setRetained(qos == 2);
            MqttPublish pub = new MqttPublish("ward/a/temp", m);
            if (qos > 0) {
                pub.setMessageId(7);
            }
            byte[] paho = wire(pub);
            Publish ours = Publish.of("ward/a/temp", qos, qos == 2, qos > 0 ? 7 : 0, new byte[92]);
            assertArrayEquals(paho, MqttEncoder.encode(ours, V), "qos " + qos);
            assertEquals(ours, MqttDecoder.decode(paho, V));
        }
    }

    @Test
    void duplicatePublishMatchesPaho() throws Exception {
        MqttMessage m = new MqttMessage(Bytes.ascii("x"));
        m.setQos(1);
        MqttPublish pub = new MqttPublish("t", m);
        pub.setMessageId(300);
        pub.setDuplicate(true);
        Publish p = (Publish) MqttDecoder.decode(wire(pub), V);
        assertEquals(1, p.dup());
        assertEquals(300, p.packetId());
        assertArrayEquals(wire(pub), MqttEncoder.encode(Publish.of("t", 1, false, 300, Bytes.ascii("x")).withDup(true), V));
    }

    @Test
    void publishAcknowledgementsMatchPaho() throws Exception {
        assertArrayEquals(wire(new MqttPubAck(513)), MqttEncoder.encode(PublishAck.puback(513), V));
        assertArrayEquals(wire(new MqttPubComp(9)), MqttEncoder.encode(PublishAck.pubcomp(9), V));
        byte[] rec = MqttEncoder.encode(PublishAck.pubrec(42), V);
        MqttPubRec pahoRec = (MqttPubRec) MqttWireMessage.createWireMessage(rec);
        assertEquals(42, pahoRec.getMessageId());
        byte[] rel = wire(new MqttPubRel(pahoRec));
        assertArrayEquals(rel, MqttEncoder.encode(PublishAck.pubrel(42), V));
        assertEquals(PublishAck.pubrel(42), MqttDecoder.decode(rel, V));
    }

    @Test
    void subscribeMatchesPaho() throws Exception {
        MqttSubscribe sub = new MqttSubscribe(new String[] {"ward/+/temp", "ward/#"}, new int[] {1, 2});
        sub.setMessageId(5);
        Subscribe ours = Subscribe.of(5, new Subscription("ward/+/temp", 1), new Subscription("ward/#", 2));
        assertArrayEquals(wire(sub), MqttEncoder.encode(ours, V));
        assertEquals(ours, MqttDecoder.decode(wire(sub), V));
    }

    @Test
    void unsubscribeMatchesPaho() throws Exception {
        MqttUnsubscribe unsub = new MqttUnsubscribe(new String[] {"ward/#", "a/b"});
        unsub.setMessageId(6);
        Unsubscribe ours = Unsubscribe.of(6, "ward/#", "a/b");
        assertArrayEquals(wire(unsub), MqttEncoder.encode(ours, V));
        assertEquals(ours, MqttDecoder.decode(wire(unsub), V));
    }

    @Test
    void pingAndDisconnectMatchPaho() throws Exception {
        assertArrayEquals(wire(new MqttPingReq()), MqttEncoder.encode(new PingReq(0), V));
        assertArrayEquals(wire(new MqttDisconnect()), MqttEncoder.encode(Disconnect.normal(), V));
    }

    @Test
    void pahoReadsOurBrokerSidePackets() throws Exception {
        MqttConnack connack = (MqttConnack) MqttWireMessage.createWireMessage(MqttEncoder.encode(Connack.of(true, 0), V));
        assertTrue(connack.getSessionPresent());
        assertEquals(0, connack.getReturnCode());
        MqttConnack refused = (MqttConnack) MqttWireMessage.createWireMessage(MqttEncoder.encode(Connack.of(false, 5), V));
        assertFalse(refused.getSessionPresent());
        assertEquals(5, refused.getReturnCode());

        MqttSuback suback = (MqttSuback) MqttWireMessage.createWireMessage(MqttEncoder.encode(Suback.of(5, 1, 0x80), V));
        assertEquals(5, suback.getMessageId());
        assertArrayEquals(new int[] {1, 0x80}, suback.getGrantedQos());

        MqttUnsubAck unsuback = (MqttUnsubAck) MqttWireMessage.createWireMessage(MqttEncoder.encode(Unsuback.of(6), V));
        assertEquals(6, unsuback.getMessageId());

        assertInstanceOf(org.eclipse.paho.client.mqttv3.internal.wire.MqttPingResp.class,
                MqttWireMessage.createWireMessage(MqttEncoder.encode(new PingResp(0), V)));
        assertEquals(List.of(), ((Unsuback) MqttDecoder.decode(MqttEncoder.encode(Unsuback.of(6), V), V)).reasonCodes());
    }
}
