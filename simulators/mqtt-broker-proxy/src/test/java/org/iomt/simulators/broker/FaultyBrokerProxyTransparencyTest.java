package org.iomt.simulators.broker;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.StringPair;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.iomt.simulators.broker.ProxyBench.ANSWER;
import static org.iomt.simulators.broker.ProxyBench.subscribe;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With no fault switched on, the proxy is invisible: Paho and a raw MQTT 5.0 client talk to Mosquitto through it as
 * they would directly, and malformed input reaches Mosquitto unchanged (so Mosquitto, not the proxy, refuses it).
 */
@Tag("medium")
class FaultyBrokerProxyTransparencyTest {

    @RegisterExtension
    final ProxyBench bench = new ProxyBench();

    @Test
    void pahoPublishesAtEveryQosAndReceivesARetainedMessageThroughTheProxy() throws Exception {
        String uri = uri(bench.proxy());
        BlockingQueue<MqttMessage> live = new LinkedBlockingQueue<>();
        MqttClient subscriber = paho(uri, "subscriber");
        subscriber.subscribe("ward/+/temp", 2, (topic, message) -> live.add(message));
        MqttClient publisher = paho(uri, "publisher");
        for (int qos = 0; qos <= 2; qos++) {
            publisher.publish("ward/" + qos + "/temp", ("reading at QoS " + qos).getBytes(StandardCharsets.UTF_8), qos, false);
        }
        List<Integer> qosReceived = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            MqttMessage m = live.poll(2, TimeUnit.SECONDS);
            assertNotNull(m, "only " + i + " of 3 messages came through");
            qosReceived.add(m.getQos());
        }
        publisher.publish("ward/r/temp", "last reading".getBytes(StandardCharsets.UTF_8), 1, true);
        BlockingQueue<MqttMessage> retained = new LinkedBlockingQueue<>();
        MqttClient late = paho(uri, "late-subscriber");
        late.subscribe("ward/r/temp", 1, (topic, message) -> retained.add(message));
        MqttMessage kept = retained.poll(2, TimeUnit.SECONDS);
        assertAll(() -> assertEquals(List.of(0, 1, 2), qosReceived.stream().sorted().toList()),
                () -> assertNotNull(kept, "no retained message for a new subscriber"),
                () -> assertTrue(kept != null && kept.isRetained(), "retained flag"));
        for (MqttClient c : List.of(subscriber, publisher, late)) {
            c.disconnect();
            c.close();
        }
    }

    @Test
    void anMqtt5ExchangeKeepsItsPropertiesAndQos2FlowThroughTheProxy() throws Exception {
        InetSocketAddress proxy = bench.proxy();
        RawMqttClient subscriber = bench.connected(proxy, MqttVersion.V5_0, "subscriber5");
        subscribe(subscriber, 2, "ward/#");
        RawMqttClient publisher = bench.connected(proxy, MqttVersion.V5_0, "publisher5");
        MqttProperties props = MqttProperties.of(new MqttProperty(MqttPropertyId.USER_PROPERTY, new StringPair("unit", "Cel")));
        publisher.send(new Publish(0b0100, "ward/a/temp", 9, props, "36.6".getBytes(StandardCharsets.UTF_8)));
        assertEquals(new PublishAck(PacketType.PUBREC, 0, 9, 0, MqttProperties.EMPTY), publisher.expect(PublishAck.class, ANSWER));
        publisher.send(PublishAck.pubrel(9));
        assertEquals(PacketType.PUBCOMP, publisher.expect(PublishAck.class, ANSWER).type());
        Publish delivered = subscriber.expect(Publish.class, ANSWER);
        assertAll(() -> assertEquals(2, delivered.qos()),
                () -> assertEquals(props.all(MqttPropertyId.USER_PROPERTY), delivered.properties().all(MqttPropertyId.USER_PROPERTY)),
                () -> assertEquals("36.6", new String(delivered.payload(), StandardCharsets.UTF_8)));
    }

    @Test
    void aWillIsPublishedWhenAClientVanishesBehindTheProxy() throws Exception {
        RawMqttClient monitor = bench.connected(bench.broker(), MqttVersion.V3_1_1, "monitor");
        subscribe(monitor, 0, "ward/patch/status");
        RawMqttClient patch = bench.connected(bench.proxy(), Connect.of(MqttVersion.V3_1_1, "patch", 60, true)
                .withWill("ward/patch/status", "gone".getBytes(StandardCharsets.UTF_8), 0, false, null));
        patch.close();
        assertEquals("gone", new String(monitor.expect(Publish.class, ANSWER).payload(), StandardCharsets.UTF_8));
    }

    /** A CONNECT with its reserved flag set, then a PUBLISH whose remaining length runs to five bytes. */
    @ParameterizedTest(name = "with faults [{0}]")
    @ValueSource(strings = {"", "pubcomp-withheld"})
    void malformedInputReachesTheBrokerUnchangedWhenNoFaultActsOnIt(String fault) throws Exception {
        RawMqttClient reservedFlag = bench.open(bench.proxy(fault), MqttVersion.V3_1_1);
        reservedFlag.sendBytes(HexFormat.of().parseHex("100f" + "00044d515454" + "04" + "03" + "003c" + "0003747031"));
        RawMqttClient overlong = bench.connected(bench.proxy(fault), MqttVersion.V3_1_1, "overlong");
        overlong.sendBytes(HexFormat.of().parseHex("30" + "ffffffff7f" + "0001"));
        assertAll(() -> assertTrue(reservedFlag.closedWithin(ANSWER), "Mosquitto did not refuse the reserved flag"),
                () -> assertTrue(overlong.closedWithin(ANSWER), "Mosquitto did not refuse the 5-byte remaining length"));
    }

    private static MqttClient paho(String uri, String clientId) throws Exception {
        MqttClient client = new MqttClient(uri, clientId, new MemoryPersistence());
        client.connect();
        return client;
    }

    private static String uri(InetSocketAddress address) {
        return "tcp://" + address.getHostString() + ":" + address.getPort();
    }
}
