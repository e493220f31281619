package org.iomt.broker.actors;

import org.iomt.broker.checks.RefusedQos2ReuseCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.drivers.MqttTestClient;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Tasks and questions about an MQTT 5.0 client that publishes at QoS 2 on the restricted listener of the run: a reading
 * to the scenario's readings, one to the topic the broker does not authorise, and one to the readings under the packet
 * identifier of the unauthorised one.
 */
public final class RefusedQos2Reuse {

    private static final int QOS_2 = 2;
    /** The first reason code that reports a failure (MQTT 5.0 §2.4). */
    private static final int FAILURE = 0x80;

    private final BrokerScenario scenario;
    private Optional<BrokerUnderTest.Restricted> restricted = Optional.empty();
    private String role;
    private Evidence control;
    private Evidence refused;
    private Optional<Evidence> reused = Optional.empty();
    private Optional<PublishAck> refusal = Optional.empty();
    /** The payload of the latest reading published to the readings, which the monitor is awaited to receive. */
    private String lastReading;

    public RefusedQos2Reuse(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings() {
        return scenario.topic("readings");
    }

    /** Connects the role with MQTT 5.0 to the restricted listener, when the run has one. */
    public void connectRestricted(String role) {
        this.role = role;
        restricted = scenario.restrictedListener();
        restricted.ifPresent(r -> {
            scenario.open(role, MqttVersion.V5_0, r.listener());
            scenario.connect(role, MqttVersion.V5_0, BrokerScenario.Session.CLEAN);
        });
    }

    /** Publishes a reading at QoS 2 to the readings under a fresh identifier and waits, bounded, for its PUBCOMP. */
    public void publishReading() {
        if (restricted.isPresent()) {
            control = publishToReadings(scenario.nextPacketId());
        }
    }

    /** Publishes a reading at QoS 2 to the unauthorised topic and waits, bounded, for its PUBREC. */
    public void publishUnauthorised() {
        if (restricted.isPresent()) {
            int id = scenario.nextPacketId();
            refused = scenario.send(role, reading(restricted.get().unauthorisedTopic(), id));
            refusal = scenario.await(scenario.client(role), PublishAck.class, a -> a.type() == PacketType.PUBREC && a.packetId() == id);
        }
    }

    /**
     * After a PUBREC of 0x80 or above, on a connection still open, publishes the next reading at QoS 2 to the readings
     * under the refused reading's packet identifier and waits, bounded, for its PUBCOMP.
     */
    public void publishUnderTheRefusedIdentifier() {
        if (refusal.filter(a -> a.reasonCode() >= FAILURE).isPresent() && !scenario.client(role).isClosed()) {
            reused = Optional.of(publishToReadings(refusal.get().packetId()));
        }
    }

    /** The broker accepted the reading under the reused identifier and the monitor received it. */
    public Outcome takenAsNew(String requirement, String monitor) {
        if (restricted.isEmpty()) {
            return Outcome.notApplicable("the profile names no topic the broker does not authorise the suite's client to "
                    + "publish to (target.broker.unauthorisedTopic), so no QoS 2 PUBLISH can be known to be refused", List.of());
        }
        return RefusedQos2ReuseCheck.takenAsNew(requirement, control, refused, reused, scenario.evidenceOf(role),
                scenario.deliveriesUntil(monitor, readings(), lastReading), scenario.response());
    }

    /** Publishes a reading at QoS 2 to the readings and waits, bounded, for its PUBCOMP. */
    private Evidence publishToReadings(int id) {
        MqttTestClient client = scenario.client(role);
        Evidence sent = scenario.send(role, reading(readings(), id));
        lastReading = new String(sent.as(Publish.class).orElseThrow().payload(), StandardCharsets.UTF_8);
        scenario.await(client, PublishAck.class, a -> a.type() == PacketType.PUBCOMP && a.packetId() == id);
        return sent;
    }

    private Publish reading(String topic, int id) {
        return Publish.of(topic, QOS_2, false, id, scenario.newPayload("reading").getBytes(StandardCharsets.UTF_8));
    }
}
