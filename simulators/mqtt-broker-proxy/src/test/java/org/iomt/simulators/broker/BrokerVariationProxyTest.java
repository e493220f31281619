package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.iomt.simulators.broker.ProxyBench.ANSWER;
import static org.iomt.simulators.broker.ProxyBench.subscribe;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each variation the standards allow has its wire effect on a real Mosquitto behind the proxy, shown side by side with
 * the same exchange without it.
 */
@Tag("medium")
class BrokerVariationProxyTest {

    /** How long an absence is awaited: long against loopback round trips of about a millisecond. */
    private static final Duration QUIET = Duration.ofMillis(500);

    @RegisterExtension
    final ProxyBench bench = new ProxyBench();

    @ParameterizedTest(name = "MQTT {0} with variation [{1}]: QoS {2} granted and delivered for a QoS 2 subscription")
    @CsvSource({"3.1.1, '', 2", "3.1.1, qos-downgraded-on-grant, 1", "5.0, '', 2", "5.0, qos-downgraded-on-grant, 1"})
    void aQos2SubscriptionIsGrantedAndServedAtQos1WithQosDowngradedOnGrant(String version, String variation, int granted)
            throws Exception {
        MqttVersion v = MqttVersion.parse(version);
        RawMqttClient station = bench.connected(bench.proxyWithVariation(variation), v, "station");
        station.send(Subscribe.of(1, new Subscription("ward/#", 2)));
        Suback suback = station.expect(Suback.class, ANSWER);
        RawMqttClient patch = bench.connected(bench.broker(), v, "patch");
        patch.send(Publish.of("ward/a/temp", 2, false, 1, bytes("36.6")));
        patch.expect(PublishAck.class, ANSWER);
        patch.send(PublishAck.pubrel(1));
        Publish delivered = station.expect(Publish.class, ANSWER);
        assertAll(() -> assertEquals(List.of(granted), suback.reasonCodes()),
                () -> assertEquals(granted, delivered.qos()));
    }

    @ParameterizedTest(name = "with variation [{0}] unacknowledged deliveries at once: {1}")
    @CsvSource({"'', 2", "one-in-flight, 1"})
    void aSecondDeliveryWaitsForTheFirstAcknowledgementWithOneInFlight(String variation, int atOnce) throws Exception {
        RawMqttClient station = bench.connected(bench.proxyWithVariation(variation), MqttVersion.V3_1_1, "station");
        subscribe(station, 1, "ward/#");
        RawMqttClient patch = bench.connected(bench.broker(), MqttVersion.V3_1_1, "patch");
        patch.send(Publish.of("ward/a/temp", 1, false, 1, bytes("first")));
        patch.send(Publish.of("ward/a/temp", 1, false, 2, bytes("second")));
        Publish first = station.expect(Publish.class, ANSWER);
        Optional<MqttPacket> before = station.next(QUIET);
        assertEquals(atOnce == 2, before.isPresent(), "a second PUBLISH before the first was acknowledged: " + before);
        if (before.isEmpty()) {
            station.send(PublishAck.puback(first.packetId()));
            assertEquals("second", text(station.expect(Publish.class, ANSWER)));
        }
    }

    @Test
    void theOutstandingDeliveryComesAgainMarkedDupUnderItsIdentifierOnResumptionWithOneInFlight() throws Exception {
        Connect persistent = Connect.of(MqttVersion.V3_1_1, "monitor", 60, false);
        RawMqttClient monitor = bench.connected(bench.proxyWithVariation("one-in-flight"), persistent);
        subscribe(monitor, 1, "ward/#");
        RawMqttClient patch = bench.connected(bench.broker(), MqttVersion.V3_1_1, "patch");
        patch.send(Publish.of("ward/a/temp", 1, false, 1, bytes("first")));
        patch.send(Publish.of("ward/a/temp", 1, false, 2, bytes("second")));
        Publish first = monitor.expect(Publish.class, ANSWER);
        assertEquals(Optional.empty(), monitor.next(QUIET), "only one message in flight");
        monitor.close();
        RawMqttClient resumed = bench.connected(bench.proxyWithVariation("one-in-flight"), persistent);
        Publish again = resumed.expect(Publish.class, ANSWER);
        assertAll(() -> assertEquals(text(first), text(again)),
                () -> assertEquals(first.packetId(), again.packetId()),
                () -> assertEquals(1, again.dup()),
                () -> assertEquals(Optional.empty(), resumed.next(QUIET), "only one message in flight after resumption"));
        resumed.send(PublishAck.puback(again.packetId()));
        assertEquals("second", text(resumed.expect(Publish.class, ANSWER)));
        resumed.send(PublishAck.puback(2));
        resumed.send(Disconnect.normal());
    }

    @ParameterizedTest(name = "MQTT {0} with variation [{1}]: a PUBLISH to a $ topic is refused: {2}")
    @CsvSource({"3.1.1, '', false", "3.1.1, dollar-publish-refused, true", "5.0, '', false", "5.0, dollar-publish-refused, true"})
    void aPublishToADollarTopicIsRefusedWithDollarPublishRefused(String version, String variation, boolean refused)
            throws Exception {
        MqttVersion v = MqttVersion.parse(version);
        RawMqttClient patch = bench.connected(bench.proxyWithVariation(variation), v, "patch");
        patch.send(Publish.of("$iomt/ward/a/temp", 1, false, 3, bytes("36.6")));
        if (!refused) {
            assertEquals(3, patch.expect(PublishAck.class, ANSWER).packetId());
            return;
        }
        if (v == MqttVersion.V5_0) {
            assertEquals(DollarPublishRefused.TOPIC_NAME_INVALID, patch.expect(Disconnect.class, ANSWER).reasonCode());
        }
        assertTrue(patch.closedWithin(ANSWER), "the connection stayed open");
    }

    private static String text(Publish p) {
        return new String(p.payload(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
