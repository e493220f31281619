package org.iomt.broker.actors;

import org.iomt.broker.checks.AfterDisconnectCheck;
import org.iomt.broker.checks.ReasonCodeCheck;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tasks that make an MQTT 5.0 broker end an admitted connection, and questions about the DISCONNECT it may send first
 * and what followed it.
 */
public final class BrokerDisconnects {

    private final BrokerScenario scenario;

    public BrokerDisconnects(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    /** A PUBLISH with Topic Alias 0, which no alias may be: a protocol error the broker ends the connection for. */
    public void publishWithTopicAliasZero(String role) {
        scenario.send(role, Publish.of(scenario.topic("readings"), 0, false, 0,
                scenario.newPayload("reading").getBytes(StandardCharsets.UTF_8))
                .withProperties(BrokerScenario.property(MqttPropertyId.TOPIC_ALIAS, 0)));
    }

    public Outcome nothingAfterDisconnect(String requirement, String role) {
        boolean closedNow = closedByBroker(role);
        return AfterDisconnectCheck.nothingAfter(requirement, scenario.evidenceOf(role), closedNow, scenario.response());
    }

    public Outcome closedAfterDisconnect(String requirement, String role) {
        boolean closedNow = closedByBroker(role);
        return AfterDisconnectCheck.closedAfter(requirement, scenario.evidenceOf(role), closedNow, scenario.response());
    }

    /** The broker's DISCONNECT, if it sent one before closing, carried a defined reason code. */
    public Outcome disconnectCodeDefined(String requirement, String role) {
        boolean closedNow = closedByBroker(role);
        List<Evidence> frames = scenario.evidenceOf(role);
        if (closedNow && frames.stream().noneMatch(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Disconnect.class).isPresent())) {
            return Outcome.notApplicable("the broker closed connection " + frames.get(0).connection() + " without a "
                    + "DISCONNECT, which it may, so no reason code of one could be judged", frames);
        }
        return ReasonCodeCheck.judge(requirement, PacketType.DISCONNECT, frames);
    }

    /** Waits, bounded, for the broker to close the role's connection; true when it did. */
    private boolean closedByBroker(String role) {
        return scenario.closedByBroker(role, scenario.response());
    }
}
