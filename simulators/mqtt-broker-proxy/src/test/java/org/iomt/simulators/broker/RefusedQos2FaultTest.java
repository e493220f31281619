package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.iomt.simulators.broker.ProxyBench.ANSWER;
import static org.iomt.simulators.broker.ProxyBench.subscribe;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fault refused-qos2-id-kept on the wire, in front of a Mosquitto whose access-control list denies one topic. */
@Tag("medium")
class RefusedQos2FaultTest {

    private static final Duration QUIET = Duration.ofMillis(500);
    /** Mosquitto's reason code Not authorized (MQTT 5.0 §3.5.2.1). */
    private static final int NOT_AUTHORIZED = 0x87;

    @RegisterExtension
    final ProxyBench bench = new ProxyBench("topic readwrite #\ntopic deny ward/" + UnauthorisedTopic.LEVEL + "\n");

    @ParameterizedTest(name = "with faults [{0}] a QoS 2 PUBLISH under a refused packet identifier is accepted and delivered: {1}")
    @CsvSource({"'', true", "refused-qos2-id-kept, false"})
    void aPublishUnderARefusedIdentifierIsTakenForTheRefusedOneOnlyWithTheFault(String fault, boolean taken) throws Exception {
        RawMqttClient station = bench.connected(bench.broker(), MqttVersion.V5_0, "station");
        subscribe(station, 2, "ward/#");
        RawMqttClient patch = bench.connected(bench.proxy(fault), MqttVersion.V5_0, "patch");
        patch.send(Publish.of(UnauthorisedTopic.under("ward"), 2, false, 5, "36.6".getBytes(StandardCharsets.UTF_8)));
        PublishAck refusal = patch.expect(PublishAck.class, ANSWER);
        patch.send(Publish.of("ward/p12", 2, false, 5, "36.7".getBytes(StandardCharsets.UTF_8)));
        PublishAck answer = patch.expect(PublishAck.class, ANSWER);
        if (answer.reasonCode() < NOT_AUTHORIZED) {
            patch.send(PublishAck.pubrel(5));
        }
        assertAll(() -> assertEquals(PacketType.PUBREC, refusal.type()),
                () -> assertEquals(NOT_AUTHORIZED, refusal.reasonCode(), "the broker's refusal"),
                () -> assertEquals(PacketType.PUBREC, answer.type()),
                () -> assertEquals(taken ? 0 : NOT_AUTHORIZED, answer.reasonCode(), "the answer to the reused identifier"),
                () -> assertEquals(taken, station.next(QUIET).isPresent(), "a delivery to the station"));
    }
}
