package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.SessionOwnerCheck;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttVersion;

/**
 * Tasks and questions about whose session the broker resumes: a session belongs to one client identifier, so what it
 * holds reaches that identifier's client and no client of another identifier.
 */
public final class SessionOwnership {

    private static final String PATCH = "patch";

    private final BrokerScenario scenario;
    private String reading;

    public SessionOwnership(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings() {
        return scenario.topic("owned/readings");
    }

    /** The role opens a persistent session, subscribes to its readings at QoS 1 and leaves with DISCONNECT. */
    public void subscribeAndLeave(String role, String version) {
        scenario.connect(role, MqttVersion.parse(version), Session.PERSISTENT);
        scenario.subscribe(role, readings(), 1);
        scenario.disconnect(role);
    }

    /** The patch publishes one reading at QoS 1 on the away role's topic, in its MQTT version. */
    public void publishWhileAway(String awayRole) {
        scenario.connect(PATCH, scenario.versionOf(awayRole), Session.CLEAN);
        reading = scenario.newPayload("reading for the session of " + scenario.clientId(awayRole));
        scenario.publish(PATCH, readings(), reading, 1, false);
    }

    /** Another client, under its own identifier, connects asking to keep a session, in the away role's MQTT version. */
    public void newcomerConnects(String role, String awayRole) {
        scenario.connect(role, scenario.versionOf(awayRole), Session.PERSISTENT);
    }

    public void resume(String role) {
        MqttVersion v = scenario.versionOf(role);
        scenario.open(role, v);
        scenario.sendConnect(role, scenario.connectPacket(role, v, Session.PERSISTENT, 60));
    }

    /**
     * The reading reached the owner on its return and never the newcomer: the owner's delivery is the control that
     * the broker kept the reading at all, and it is awaited after the newcomer had its CONNACK, by when a session
     * resumed for the newcomer would have sent it the reading.
     */
    public Outcome onlyTheOwnerReceives(String requirement, String owner, String newcomer) {
        scenario.deliveries(owner, readings(), 1, scenario.response());
        return SessionOwnerCheck.onlyTheOwner(requirement, scenario.evidenceOf(owner), scenario.evidenceOf(newcomer), reading);
    }
}
