package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.LastingSessionCheck;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.PingResp;

import java.util.ArrayList;
import java.util.List;

/**
 * Tasks and questions about the session state of one long connection: a subscription made at its start is still
 * there after the client's other traffic, while the connection stays open.
 */
public final class LastingSubscription {

    private static final String PATCH = "patch";
    private static final int LATER_READINGS = 2;

    private final BrokerScenario scenario;
    private String first;
    private final List<String> later = new ArrayList<>();

    public LastingSubscription(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings() {
        return scenario.topic("throughout/readings");
    }

    public void subscribeAtStart(String role, String version) {
        scenario.subscribed(role, MqttVersion.parse(version), readings(), 1);
    }

    /** The patch publishes a first reading at QoS 1, which is awaited (bounded) at the subscriber. */
    public void firstReading(String role) {
        scenario.connect(PATCH, scenario.versionOf(role), Session.CLEAN);
        first = scenario.newPayload("first reading");
        scenario.publish(PATCH, readings(), first, 1, false);
        scenario.deliveriesUntil(role, readings(), first);
    }

    /**
     * The subscriber goes on using its connection: it subscribes to a second topic, publishes a note there, which
     * comes back to it, and pings the broker. Each answer is awaited, bounded; none is judged here.
     */
    public void otherTraffic(String role) {
        String notes = scenario.topic("throughout/notes");
        scenario.subscribe(role, notes, 1);
        String note = scenario.newPayload("note");
        scenario.publish(role, notes, note, 1, false);
        scenario.deliveriesUntil(role, notes, note);
        scenario.send(role, new PingReq(0));
        scenario.await(scenario.client(role), PingResp.class, p -> true);
    }

    public void laterReadings() {
        for (int i = 0; i < LATER_READINGS; i++) {
            String payload = scenario.newPayload("later reading");
            scenario.publish(PATCH, readings(), payload, 1, false);
            later.add(payload);
        }
    }

    public Outcome stillDelivered(String requirement, String role) {
        scenario.deliveries(role, readings(), 1 + later.size(), scenario.response());
        return LastingSessionCheck.stillDelivers(requirement, scenario.evidenceOf(role), first, later);
    }
}
