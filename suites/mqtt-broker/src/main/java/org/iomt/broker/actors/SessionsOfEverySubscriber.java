package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.EverySessionCheck;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttVersion;

/**
 * Tasks and questions about a message the broker takes: it belongs in the session of every client whose subscription
 * matches, the connected ones and those away with a session kept for them alike.
 */
public final class SessionsOfEverySubscriber {

    private static final String PATCH = "patch";

    private final BrokerScenario scenario;
    private String reading;

    public SessionsOfEverySubscriber(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings() {
        return scenario.topic("every-session/readings");
    }

    /** The role opens a persistent session, subscribes to the ward's readings at QoS 1 and leaves with DISCONNECT. */
    public void subscribeAndLeave(String role, String version) {
        scenario.connect(role, MqttVersion.parse(version), Session.PERSISTENT);
        scenario.subscribe(role, readings(), 1);
        scenario.disconnect(role);
    }

    /** The role connects with a clean session in the MQTT version of another and subscribes to the same readings. */
    public void subscribeWhileConnected(String role, String likeRole) {
        scenario.subscribed(role, scenario.versionOf(likeRole), readings(), 1);
    }

    public void publishReading(String likeRole) {
        scenario.connect(PATCH, scenario.versionOf(likeRole), Session.CLEAN);
        reading = scenario.newPayload("reading for every matching session");
        scenario.publish(PATCH, readings(), reading, 1, false);
    }

    public void resume(String role) {
        MqttVersion v = scenario.versionOf(role);
        scenario.open(role, v);
        scenario.sendConnect(role, scenario.connectPacket(role, v, Session.PERSISTENT, 60));
    }

    /** Waits, bounded, for the reading at both subscribers, then judges that each received it. */
    public Outcome receivedByBoth(String requirement, String connected, String resumed) {
        scenario.deliveries(connected, readings(), 1, scenario.response());
        scenario.deliveries(resumed, readings(), 1, scenario.response());
        return EverySessionCheck.addedToEach(requirement, scenario.evidenceOf(connected), scenario.evidenceOf(resumed), reading);
    }
}
