package org.iomt.broker.actors;

import org.iomt.broker.checks.UnauthorisedPublishCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.drivers.MqttTestClient;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tasks and questions about an MQTT 3.1.1 client publishing to a topic the broker does not authorise it to publish
 * to: the restricted listener of the run and its unauthorised topic (the suite's Mosquitto has one; a live broker's
 * profile names it in target.broker.unauthorisedTopic).
 */
public final class UnauthorisedPublishes {

    private final BrokerScenario scenario;
    private Optional<BrokerUnderTest.Restricted> restricted = Optional.empty();
    private Evidence unauthorised;
    private Optional<Evidence> control = Optional.empty();
    private String role;

    public UnauthorisedPublishes(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    /** Connects the role to the restricted listener, when the run has one. */
    public void connectRestricted(String role) {
        this.role = role;
        restricted = scenario.restrictedListener();
        restricted.ifPresent(r -> {
            scenario.open(role, MqttVersion.V3_1_1, r.listener());
            scenario.connect(role, MqttVersion.V3_1_1, BrokerScenario.Session.CLEAN);
        });
    }

    /**
     * The role publishes a reading at QoS 1 to the unauthorised topic and waits, bounded, for its PUBACK or the close;
     * while the connection stays open without one, it publishes a reading to an authorised topic of the scenario.
     */
    public void publishUnauthorised() {
        if (restricted.isEmpty()) {
            return;
        }
        MqttTestClient client = scenario.client(role);
        int id = scenario.nextPacketId();
        unauthorised = scenario.send(role, reading(restricted.get().unauthorisedTopic(), id));
        boolean answered = scenario.await(client, PublishAck.class, a -> a.type() == PacketType.PUBACK && a.packetId() == id)
                .isPresent();
        if (!answered && !client.isClosed()) {
            int controlId = scenario.nextPacketId();
            control = Optional.of(scenario.send(role, reading(scenario.topic("readings"), controlId)));
            scenario.await(client, PublishAck.class, a -> a.type() == PacketType.PUBACK && a.packetId() == controlId);
        }
    }

    public Outcome acknowledgedOrClosed(String requirement) {
        if (restricted.isEmpty()) {
            return Outcome.notApplicable("the profile names no topic the broker does not authorise the suite's client to "
                    + "publish to (target.broker.unauthorisedTopic), so no PUBLISH can be known to be unauthorised", java.util.List.of());
        }
        return UnauthorisedPublishCheck.answered(requirement, unauthorised, control, scenario.evidenceOf(role), scenario.response());
    }

    private Publish reading(String topic, int id) {
        return Publish.of(topic, 1, false, id, scenario.newPayload("reading").getBytes(StandardCharsets.UTF_8));
    }
}
