package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.RequestedInformationCheck;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.drivers.MqttTestClient;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.PingResp;


/**
 * Tasks and questions about what an MQTT 5.0 client asks the broker to tell it: Request Response Information and
 * Request Problem Information in its CONNECT, and whether the broker keeps to them.
 */
public final class RequestedInformation {

    private static final MqttVersion V5 = MqttVersion.V5_0;

    private final BrokerScenario scenario;

    public RequestedInformation(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    /** The role connects with Request Response Information 0: it wants no Response Information in the CONNACK. */
    public void connectWithoutResponseInformation(String role) {
        connectAsking(role, MqttPropertyId.REQUEST_RESPONSE_INFORMATION);
    }

    /** The role connects with Request Problem Information 0: it wants no Reason String or User Property on answers. */
    public void connectWithoutProblemInformation(String role) {
        connectAsking(role, MqttPropertyId.REQUEST_PROBLEM_INFORMATION);
    }

    /** Connects with the request set to 0 in so many words, not left to its default. */
    private void connectAsking(String role, MqttPropertyId request) {
        Connect connect = scenario.connectPacket(role, V5, Session.CLEAN, 60);
        scenario.connect(role, connect.withProperties(connect.properties().with(request, 0)));
    }

    /**
     * The role makes the broker answer it with every kind of acknowledgement: a SUBACK, a PUBACK, a PUBREC and a
     * PUBCOMP, an UNSUBACK and a PINGRESP. Each answer is awaited, bounded, but none is required: the question judges
     * those that came.
     */
    public void drawEveryAcknowledgement(String role) {
        String readings = scenario.topic("readings");
        scenario.subscribe(role, readings, 1);
        scenario.drawAcknowledgements(role, readings, false);
        MqttTestClient client = scenario.client(role);
        scenario.send(role, new PingReq(0));
        scenario.await(client, PingResp.class, p -> true);
    }

    public Outcome noResponseInformation(String requirement, String role) {
        return RequestedInformationCheck.noResponseInformation(requirement, scenario.evidenceOf(role));
    }

    public Outcome noProblemInformation(String requirement, String role) {
        return RequestedInformationCheck.noProblemInformation(requirement, scenario.evidenceOf(role));
    }
}
