package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.iomt.simulators.broker.ProxyBench.ANSWER;
import static org.iomt.simulators.broker.ProxyBench.subscribe;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The wire effect, on a real Mosquitto behind the proxy, of the faults about the characters of strings and about
 * sessions, each beside the same exchange without the fault.
 */
@Tag("medium")
class SessionAndStringFaultTest {

    /** How long an absence is awaited: long against loopback round trips of about a millisecond. */
    private static final Duration QUIET = Duration.ofMillis(500);

    @RegisterExtension
    final ProxyBench bench = new ProxyBench();

    @ParameterizedTest(name = "with faults [{0}] the topic name is delivered as {1}")
    @CsvSource({"'', ward/\uFEFFbed", "byte-order-mark-stripped, ward/bed"})
    void aZeroWidthNoBreakSpaceInATopicNameIsStrippedOnlyWithTheFault(String fault, String delivered) throws Exception {
        RawMqttClient station = bench.connected(bench.broker(), MqttVersion.V3_1_1, "station");
        subscribe(station, 1, "ward/#");
        RawMqttClient patch = bench.connected(bench.proxy(fault), MqttVersion.V3_1_1, "patch");
        patch.send(Publish.of("ward/\uFEFFbed", 1, false, 3, "36.6".getBytes(StandardCharsets.UTF_8)));
        patch.expect(PublishAck.class, ANSWER);
        assertEquals(delivered, station.expect(Publish.class, ANSWER).topic());
    }

    @ParameterizedTest(name = "with faults [{0}] a newcomer is handed the monitor's held message: {1}")
    @CsvSource({"'', false", "session-given-to-newcomer, true"})
    void aNewcomerIsGivenAnotherIdentifiersSessionOnlyWithTheFault(String fault, boolean handed) throws Exception {
        InetSocketAddress proxy = bench.proxy(fault);
        RawMqttClient monitor = bench.connected(proxy, Connect.of(MqttVersion.V3_1_1, "s1monitor", 60, false));
        subscribe(monitor, 1, "ward/owned/readings");
        leave(monitor);
        publish("ward/owned/readings");
        RawMqttClient newcomer = bench.connected(proxy, Connect.of(MqttVersion.V3_1_1, "s1newcomer", 60, false));
        assertEquals(handed, newcomer.next(QUIET).isPresent());
    }

    @ParameterizedTest(name = "with faults [{0}] a second message on the subscription is delivered: {1}")
    @CsvSource({"'', true", "subscription-forgotten, false"})
    void aSubscriptionIsLostAfterItsFirstDeliveryOnlyWithTheFault(String fault, boolean delivered) throws Exception {
        RawMqttClient monitor = bench.connected(bench.proxy(fault), MqttVersion.V3_1_1, "monitor");
        subscribe(monitor, 0, "ward/throughout/readings");
        publish("ward/throughout/readings");
        monitor.expect(Publish.class, ANSWER);
        monitor.next(QUIET);
        publish("ward/throughout/readings");
        assertEquals(delivered, monitor.next(QUIET).isPresent());
    }

    @ParameterizedTest(name = "with faults [{0}] a message published while the monitor was away reaches it on its return: {1}")
    @CsvSource({"'', true", "absent-sessions-skipped, false"})
    void aMessageForAnAbsentSessionIsDroppedOnlyWithTheFault(String fault, boolean delivered) throws Exception {
        InetSocketAddress proxy = bench.proxy(fault);
        Connect keeping = Connect.of(MqttVersion.V3_1_1, "monitor", 60, false);
        RawMqttClient monitor = bench.connected(proxy, keeping);
        subscribe(monitor, 1, "ward/every-session/readings");
        leave(monitor);
        publish("ward/every-session/readings");
        RawMqttClient back = bench.connected(proxy, keeping);
        assertEquals(delivered, back.next(QUIET).isPresent());
    }

    /** Sends DISCONNECT and waits until the broker closed the connection, so that what follows comes after it. */
    private static void leave(RawMqttClient client) throws Exception {
        client.send(new Disconnect(0, 0, MqttProperties.EMPTY));
        client.closedWithin(ProxyBench.ANSWER);
    }

    /** A patch straight at the broker publishes one reading at QoS 1 and waits for its PUBACK. */
    private void publish(String topic) throws Exception {
        RawMqttClient patch = bench.connected(bench.broker(), MqttVersion.V3_1_1, "patch" + System.nanoTime() % 100_000);
        patch.send(Publish.of(topic, 1, false, 5, "36.6".getBytes(StandardCharsets.UTF_8)));
        patch.expect(PublishAck.class, ANSWER);
    }
}
