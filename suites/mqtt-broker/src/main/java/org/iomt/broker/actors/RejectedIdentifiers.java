package org.iomt.broker.actors;

import org.iomt.broker.checks.IdentifierRefusalCheck;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.drivers.MqttTestClient;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.PingResp;

import java.io.IOException;

/** Questions about what a broker does after it rejected a client identifier: the connection must then end. */
public final class RejectedIdentifiers {

    private final BrokerScenario scenario;

    public RejectedIdentifiers(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    /**
     * Unless the broker answered with a CONNACK other than 0x85, waits, bounded, for it to close the role's connection;
     * if it is still open then, pings the broker on it so that an open connection shows as alive.
     */
    public Outcome closedAfterRejection(String requirement, String role) {
        boolean otherAnswer = scenario.evidenceOf(role).stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE)
                .flatMap(e -> e.as(Connack.class).stream())
                .anyMatch(c -> c.reasonCode() != IdentifierRefusalCheck.CLIENT_IDENTIFIER_NOT_VALID);
        if (!otherAnswer && !scenario.closedByBroker(role, scenario.response())) {
            MqttTestClient client = scenario.client(role);
            try {
                client.send(new PingReq(0));
                scenario.await(client, PingResp.class, p -> true);
            } catch (IOException e) {
                scenario.note(role, "the ping could not be sent: " + e.getMessage());
            }
        }
        return IdentifierRefusalCheck.closedAfterRefusal(requirement, scenario.evidenceOf(role), scenario.response());
    }
}
