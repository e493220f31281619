package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.ResumedQos2Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.PublishAck;

import java.util.List;

/**
 * Tasks and questions about a QoS 2 message the broker is sending to a monitor with a persistent session when the
 * monitor's connection ends in the middle of the flow, and what the broker sends once the monitor resumes the session.
 */
public final class ResumedQos2Delivery {

    /** Where the monitor stalls the broker's QoS 2 flow. */
    public enum Stall {
        /** No PUBREC for the delivery. */
        BEFORE_PUBREC,
        /** A PUBREC for the delivery, no PUBCOMP for the broker's PUBREL. */
        BEFORE_PUBCOMP
    }

    private static final String PUBLISHER = "patch";

    private final BrokerScenario scenario;
    private String payload;
    private List<Evidence> before = List.of();
    private String control;

    public ResumedQos2Delivery(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings() {
        return scenario.topic("readings");
    }

    /**
     * The monitor opens a persistent session, subscribes to the readings at QoS 2 and stalls the flow where it is told
     * to; a patch publishes one reading at QoS 2, and the monitor waits, bounded, for the delivery (and for the PUBREL
     * when it sent the PUBREC).
     */
    public void monitorStalling(String role, String version, Stall stall) {
        MqttVersion v = MqttVersion.parse(version);
        scenario.connect(role, v, Session.PERSISTENT);
        scenario.subscribe(role, readings(), 2);
        if (stall == Stall.BEFORE_PUBREC) {
            scenario.withholdAcknowledgements(role);
        } else {
            scenario.client(role).withholdCompletions();
        }
        scenario.connect(PUBLISHER, v, Session.CLEAN);
        payload = scenario.newPayload("reading");
        scenario.publish(PUBLISHER, readings(), payload, 2, false);
        scenario.deliveries(role, readings(), 1, scenario.response());
        if (stall == Stall.BEFORE_PUBCOMP) {
            scenario.await(scenario.client(role), PublishAck.class, a -> a.type() == PacketType.PUBREL);
        }
    }

    /**
     * The monitor's connection drops; it comes back resuming its session, and the patch then publishes a control
     * reading, which the monitor awaits, bounded.
     */
    public void vanishAndResume(String role) {
        scenario.dropConnection(role);
        before = scenario.evidenceOf(role);
        scenario.connect(role, scenario.versionOf(role), Session.PERSISTENT);
        control = scenario.newPayload("control reading");
        scenario.publish(PUBLISHER, readings(), control, 1, false);
        scenario.deliveriesUntil(role, readings(), control);
    }

    public Outcome publishResent(String requirement, String role) {
        return ResumedQos2Check.publishResent(requirement, flow(role));
    }

    /** Waits, bounded, for the PUBREL that must come again, so that one sent after the control is judged too. */
    public Outcome releaseResent(String requirement, String role) {
        scenario.await(scenario.client(role), PublishAck.class, a -> a.type() == PacketType.PUBREL);
        return ResumedQos2Check.releaseResent(requirement, flow(role));
    }

    /** Judged once the PUBREL that must come again came, or the wait for it ended. */
    public Outcome publishNotResentAfterRelease(String requirement, String role) {
        scenario.await(scenario.client(role), PublishAck.class, a -> a.type() == PacketType.PUBREL);
        return ResumedQos2Check.publishNotResentAfterRelease(requirement, flow(role));
    }

    private ResumedQos2Check.Flow flow(String role) {
        return new ResumedQos2Check.Flow(before, scenario.evidenceOf(role), payload, control);
    }
}
