package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.OrderCheck;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttVersion;

import java.util.ArrayList;
import java.util.List;

/** Tasks and the question about the order in which a subscriber receives what one publisher sent to one topic. */
public final class OrderedDelivery {

    private static final String PATCH = "patch";

    private final BrokerScenario scenario;
    private final List<String> published = new ArrayList<>();

    public OrderedDelivery(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings() {
        return scenario.topic("readings");
    }

    public void monitorSubscribed(String role, String version, int qos) {
        scenario.subscribed(role, MqttVersion.parse(version), readings(), qos);
    }

    /** The patch publishes readings one after the other on one topic, each once the broker acknowledged the one before. */
    public void publishInTurn(String forRole, int count, int qos) {
        scenario.connect(PATCH, scenario.versionOf(forRole), Session.CLEAN);
        for (int i = 1; i <= count; i++) {
            String payload = scenario.newPayload("reading " + i + " of " + count);
            scenario.publish(PATCH, readings(), payload, qos, false);
            published.add(payload);
        }
    }

    public Outcome receivedInOrder(String requirement, String role) {
        return OrderCheck.inPublishedOrder(requirement, scenario.deliveries(role, readings(), published.size(),
                scenario.response()), published);
    }
}
