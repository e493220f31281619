package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.AdmissionDisconnectCheck;
import org.iomt.broker.checks.DeliveryCheck;
import org.iomt.broker.checks.ReasonCodeCheck;
import org.iomt.broker.checks.UnaskedAuthenticationCheck;
import org.iomt.broker.checks.UnsupportedMethodCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;

import java.util.ArrayList;
import java.util.List;

/**
 * Tasks and questions about MQTT 5.0 enhanced authentication from the broker's side: a CONNECT naming an
 * Authentication Method the broker is not expected to support, and a client that names none.
 */
public final class AuthenticationAttempts {

    /**
     * A method of the SASL registry that a broker supports only through an authentication plug-in; a broker that does
     * support it takes it up, which leaves the refusal rules without a case rather than failing them.
     */
    static final String METHOD = "SCRAM-SHA-1";
    /** The control client that connects well-formed beside the CONNECT naming the method. */
    private static final String ADMITTED = "admitted";

    private final BrokerScenario scenario;
    private Evidence offending;

    public AuthenticationAttempts(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    public void connectWithUnsupportedMethod(String role) {
        scenario.open(role, MqttVersion.V5_0);
        offending = scenario.send(role, scenario.connectPacket(role, MqttVersion.V5_0, Session.CLEAN, 60)
                .withProperties(BrokerScenario.property(MqttPropertyId.AUTHENTICATION_METHOD, METHOD)));
    }

    /** The broker closed the connection unless it took the method up, judged beside an admitted control client. */
    public Outcome closedUnlessMethodTaken(String requirement, String role) {
        boolean closedNow = closedByBroker(role);
        return UnsupportedMethodCheck.judge(requirement, offending, METHOD, scenario.evidenceOf(role), closedNow,
                scenario.response(), admittedControl());
    }

    /** The broker sent no DISCONNECT on the connection before admitting it. */
    public Outcome noDisconnectBeforeAdmission(String requirement, String role) {
        boolean closedNow = closedByBroker(role);
        return AdmissionDisconnectCheck.judge(requirement, scenario.evidenceOf(role), closedNow, scenario.response());
    }

    /** Every CONNACK the broker sent, to the client naming the method and to an admitted control client, had a defined code. */
    public Outcome connackCodesDefined(String requirement, String role) {
        closedByBroker(role);
        List<Evidence> frames = new ArrayList<>(scenario.evidenceOf(role));
        frames.addAll(admittedControl());
        return ReasonCodeCheck.judge(requirement, PacketType.CONNACK, frames);
    }

    public void connectWithoutMethod(String role) {
        scenario.subscribed(role, MqttVersion.V5_0, scenario.topic("readings"), 0);
    }

    /**
     * The broker named no method in its CONNACK and sent no AUTH, judged up to the arrival of a reading the client sent
     * itself through the broker.
     */
    public Outcome noAuthenticationUnasked(String requirement, String role) {
        String control = scenario.newPayload("control reading");
        scenario.publish(role, scenario.topic("readings"), control, 0, false);
        List<Evidence> deliveries = scenario.deliveriesUntil(role, scenario.topic("readings"), control);
        return UnaskedAuthenticationCheck.judge(requirement, scenario.evidenceOf(role), DeliveryCheck.find(deliveries, control));
    }

    /** Waits, bounded, for the broker to close the role's connection; true when it did. */
    private boolean closedByBroker(String role) {
        return scenario.closedByBroker(role, scenario.response());
    }

    private List<Evidence> admittedControl() {
        scenario.open(ADMITTED, MqttVersion.V5_0);
        scenario.sendConnect(ADMITTED, scenario.connectPacket(ADMITTED, MqttVersion.V5_0, Session.CLEAN, 60));
        return scenario.evidenceOf(ADMITTED);
    }
}
