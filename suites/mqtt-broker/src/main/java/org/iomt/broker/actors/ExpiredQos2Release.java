package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.ExpiredReleaseCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.drivers.MqttTestClient;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** Tasks and questions about a QoS 2 PUBLISH to the broker whose Message Expiry Interval passes before its release. */
public final class ExpiredQos2Release {

    /** Beyond the interval, so that its last whole second has certainly passed at the broker. */
    private static final Duration COUNTING = Duration.ofSeconds(1);
    /** The lowest reason code that reports a failure (MQTT 5.0 §2.4). */
    private static final int FAILURE = 0x80;

    private final BrokerScenario scenario;
    private Evidence publish;

    public ExpiredQos2Release(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    /**
     * A raw patch publishes a reading at QoS 2 with the profile's Message Expiry Interval, holds its PUBREL until the
     * interval has passed, then releases it and waits, bounded, for the PUBCOMP.
     */
    public void publishAndReleaseAfterExpiry(String role, String version) {
        scenario.connect(role, MqttVersion.parse(version), Session.CLEAN);
        MqttTestClient patch = scenario.client(role);
        patch.holdReleases(true);
        int id = scenario.nextPacketId();
        int expiry = scenario.timers().messageExpiry();
        publish = scenario.send(role, Publish.of(scenario.topic("readings"), 2, false, id,
                scenario.newPayload("expiring reading").getBytes(StandardCharsets.UTF_8))
                .withProperties(BrokerScenario.property(MqttPropertyId.MESSAGE_EXPIRY_INTERVAL, expiry)));
        Optional<PublishAck> pubrec = scenario.await(patch, PublishAck.class, a -> a.type() == PacketType.PUBREC && a.packetId() == id);
        if (pubrec.isPresent() && pubrec.get().reasonCode() < FAILURE) {
            Mqtt5Messaging.waitOut(Duration.ofSeconds(expiry).plus(COUNTING));
            scenario.send(role, PublishAck.pubrel(id));
            scenario.await(patch, PublishAck.class, a -> a.type() == PacketType.PUBCOMP && a.packetId() == id);
        }
    }

    public Outcome completed(String requirement, String role) {
        return ExpiredReleaseCheck.completedAfterExpiry(requirement, publish, scenario.evidenceOf(role), scenario.response());
    }
}
