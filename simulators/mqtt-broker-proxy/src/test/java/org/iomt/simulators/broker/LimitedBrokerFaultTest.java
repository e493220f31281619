package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import static org.iomt.simulators.broker.ProxyBench.ANSWER;
import static org.iomt.simulators.broker.ProxyBench.subscribe;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The faults that show on a broker lacking QoS 2 or retained messages have their wire effect on the bench's
 * Mosquitto (which has both), each beside the same exchange without the fault.
 */
@Tag("medium")
class LimitedBrokerFaultTest {

    /** How long an absence is awaited: long against loopback round trips of about a millisecond. */
    private static final Duration QUIET = Duration.ofMillis(500);

    @RegisterExtension
    final ProxyBench bench = new ProxyBench();

    @ParameterizedTest(name = "with faults [{0}] a SUBSCRIBE requesting QoS 2 is answered by a SUBACK: {1}")
    @CsvSource({"'', true", "qos2-subscription-refused, false"})
    void aQos2SubscriptionIsRefusedWithDisconnectOnlyWithTheFault(String fault, boolean accepted) throws Exception {
        RawMqttClient client = bench.connected(bench.proxy(fault), MqttVersion.V5_0, "monitor");
        client.send(Subscribe.of(1, new Subscription("ward/q0", 0), new Subscription("ward/q2", 2)));
        MqttPacket answer = client.next(ANSWER).orElseThrow();
        if (accepted) {
            assertEquals(2, ((Suback) answer).reasonCodes().size(), String.valueOf(answer));
        } else {
            assertAll(() -> assertEquals(0x9B, ((Disconnect) answer).reasonCode(), String.valueOf(answer)),
                    () -> assertTrue(client.closedWithin(ANSWER)));
        }
    }

    @ParameterizedTest(name = "with faults [{0}] a will left at QoS 2 reaches a QoS 2 subscriber at QoS {1}")
    @CsvSource({"'', 2", "will-qos-lowered, 1"})
    void aWillAtQos2ArrivesAtQos1OnlyWithTheFault(String fault, int qos) throws Exception {
        RawMqttClient monitor = bench.connected(bench.broker(), MqttVersion.V5_0, "monitor");
        subscribe(monitor, 2, "ward/status");
        RawMqttClient patch = bench.connected(bench.proxy(fault), Connect.of(MqttVersion.V5_0, "patch", 60, true)
                .withWill("ward/status", bytes("offline"), 2, false, MqttProperties.EMPTY));
        patch.close();
        assertEquals(qos, monitor.expect(Publish.class, ANSWER).qos());
    }

    @ParameterizedTest(name = "with faults [{0}] a will left to be retained is kept for a later subscriber: {1}")
    @CsvSource({"'', true", "retained-will-admitted, false"})
    void aRetainedWillIsKeptOnlyWithoutTheFault(String fault, boolean kept) throws Exception {
        RawMqttClient witness = bench.connected(bench.broker(), MqttVersion.V5_0, "witness");
        subscribe(witness, 0, "ward/status");
        RawMqttClient patch = bench.connected(bench.proxy(fault), Connect.of(MqttVersion.V5_0, "patch", 60, true)
                .withWill("ward/status", bytes("offline"), 0, true, MqttProperties.EMPTY));
        patch.close();
        witness.expect(Publish.class, ANSWER);
        RawMqttClient later = bench.connected(bench.broker(), MqttVersion.V5_0, "later");
        subscribe(later, 0, "ward/status");
        Optional<MqttPacket> retained = later.next(QUIET);
        assertEquals(kept, retained.filter(p -> p instanceof Publish pub && pub.retain()).isPresent(), "got: " + retained);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
