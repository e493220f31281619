package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.FailureCodeCloseCheck;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.PingResp;

import java.util.List;

/**
 * The question whether an MQTT 5.0 broker closed a connection after a reason code of 0x80 or above applied to what the
 * client last sent on it, asked beside a control client the broker admits and answers.
 */
public final class FailureCodeClosing {

    /** The control client that connects well-formed and pings once the offending connection was seen to close. */
    private static final String KEPT = "kept";

    private final BrokerScenario scenario;

    public FailureCodeClosing(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    /** Waits, bounded, for the broker to close the role's connection, then connects and pings the control client. */
    public Outcome closedAfterFailure(String requirement, String role) {
        boolean closed = scenario.closedByBroker(role, scenario.response());
        List<Evidence> connection = scenario.evidenceOf(role);
        Evidence offending = connection.stream().filter(e -> e.direction() == Direction.SUITE_TO_DEVICE)
                .reduce((first, second) -> second).orElseThrow();
        scenario.open(KEPT, MqttVersion.V5_0);
        boolean admitted = scenario.sendConnect(KEPT, scenario.connectPacket(KEPT, MqttVersion.V5_0, Session.CLEAN, 60))
                .filter(c -> c.reasonCode() == 0).isPresent();
        if (admitted) {
            scenario.send(KEPT, new PingReq(0));
            scenario.await(scenario.client(KEPT), PingResp.class, p -> true);
        }
        return FailureCodeCloseCheck.judge(requirement, offending, connection, closed, scenario.response(),
                scenario.evidenceOf(KEPT));
    }
}
