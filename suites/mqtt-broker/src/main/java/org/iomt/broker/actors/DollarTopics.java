package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.DeliveryCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttVersion;

import java.util.List;

/** Tasks and questions about topics beginning with $, which a filter starting with a wildcard must not match. */
public final class DollarTopics {

    private static final String PUBLISHER = "patch";
    private static final String WATCHER = "watcher";

    private final BrokerScenario scenario;
    private String dollar;
    private String ordinary;

    public DollarTopics(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings() {
        return scenario.topic("readings");
    }

    private String dollarReadings() {
        return "$" + readings();
    }

    /** A filter whose first level is a wildcard, matching the ordinary readings topic and (wrongly) its $ twin. */
    private String leadingWildcard() {
        return "+" + readings().substring(readings().indexOf('/'));
    }

    /** Subscribes the role with a leading wildcard, and a watcher to the $ topic by name, the control that it is delivered at all. */
    public void leadingWildcardSubscriber(String role, String version) {
        MqttVersion v = MqttVersion.parse(version);
        scenario.subscribed(role, v, leadingWildcard(), 1);
        scenario.subscribed(WATCHER, v, dollarReadings(), 1);
    }

    public void publishDollarAndOrdinary(String forRole) {
        scenario.connect(PUBLISHER, scenario.versionOf(forRole), Session.CLEAN);
        dollar = scenario.newPayload("reading on a $ topic");
        scenario.publish(PUBLISHER, dollarReadings(), dollar, 1, false);
        ordinary = scenario.newPayload("reading on the ordinary topic");
        scenario.publish(PUBLISHER, readings(), ordinary, 1, false);
    }

    /** The $ reading did not arrive, judged beside the watcher that received it and the ordinary reading that arrived. */
    public Outcome receivesOnlyOrdinary(String requirement, String role) {
        List<Evidence> named = scenario.deliveries(WATCHER, dollarReadings(), 1, scenario.response());
        List<Evidence> deliveries = scenario.deliveries(role, "#", 2, scenario.response());
        return DeliveryCheck.noneDeliveredUnlike(requirement, deliveries, List.of(dollar),
                "to a subscription whose filter starts with a wildcard, since its topic begins with $",
                new DeliveryCheck.Control(named, dollar, "the broker takes readings on topics beginning with $ from clients"),
                new DeliveryCheck.Control(deliveries, ordinary, "the wildcard subscription delivers the ordinary reading"));
    }
}
