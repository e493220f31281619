package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.FilterRefusalCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;

import java.util.List;

/**
 * Tasks that subscribe to a topic filter the topic rules forbid (a misplaced wildcard, no characters at all, a null character), and the
 * question whether the broker refused it while it granted a well-formed filter to a control client.
 */
public final class MalformedFilters {

    /** The control client whose well-formed subscription shows that the broker grants subscriptions at all. */
    private static final String CONTROL = "control";

    private final BrokerScenario scenario;
    private Evidence offending;

    public MalformedFilters(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    /** Subscribes at QoS 1 to the forbidden filter named in words, without waiting for an answer. */
    public void subscribeTo(String role, String defect) {
        offending = scenario.send(role, new Subscribe(0x02, scenario.nextPacketId(), MqttProperties.EMPTY,
                List.of(new Subscription(filterWith(defect), 1))));
    }

    private String filterWith(String defect) {
        String readings = scenario.topic("readings");
        return switch (defect) {
            case "a multi-level wildcard before its last level" -> readings + "/#/temperature";
            case "a multi-level wildcard sharing its level" -> readings + "/patch#";
            case "a single-level wildcard sharing its level" -> readings + "/patch+/temperature";
            case "no characters" -> "";
            case "a null character" -> readings + "/patch\u0000";
            default -> throw new IllegalArgumentException("no forbidden topic filter is known as: " + defect);
        };
    }

    /**
     * Waits, bounded, for the broker to close the connection; then subscribes a control client of the same version to a
     * well-formed filter and judges the refusal beside it.
     */
    public Outcome refused(String requirement, String role) {
        // a broker that answers and keeps the connection open is waited out to the bound: its SUBACK is in the record
        boolean closed = scenario.closedByBroker(role, scenario.response());
        scenario.connect(CONTROL, scenario.versionOf(role), Session.CLEAN);
        int controlId = scenario.nextPacketId();
        scenario.send(CONTROL, new Subscribe(0x02, controlId, MqttProperties.EMPTY,
                List.of(new Subscription(scenario.topic("readings") + "/+/temperature", 1))));
        scenario.await(scenario.client(CONTROL), Suback.class, s -> s.packetId() == controlId);
        return FilterRefusalCheck.judge(requirement, offending, scenario.evidenceOf(role), closed, scenario.response(),
                scenario.evidenceOf(CONTROL));
    }
}
