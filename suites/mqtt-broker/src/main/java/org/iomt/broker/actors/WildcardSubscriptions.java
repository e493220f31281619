package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.DeliveryCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttVersion;

import java.util.ArrayList;
import java.util.List;

/** Tasks and questions about filters with wildcards: which topics they match, and what overlapping subscriptions receive. */
public final class WildcardSubscriptions {

    private static final String PUBLISHER = "patch";
    /** Topics a patch publishes on, and whether the filter "ward/+/temperature" matches each. */
    private static final List<String> MATCHING = List.of("ward/p1/temperature", "ward/p2/temperature");
    private static final List<String> NOT_MATCHING = List.of("ward/p1/heartrate", "ward/p1/temperature/raw", "wards/p1/temperature");

    private final BrokerScenario scenario;
    private final List<String> matching = new ArrayList<>();
    private final List<String> notMatching = new ArrayList<>();
    private String overlapping;
    /** The highest QoS the overlapping subscriptions were granted (a broker may grant less than asked, MQTT §3.9.3). */
    private int highestGranted;

    public WildcardSubscriptions(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings() {
        return scenario.topic("readings");
    }

    public void overlappingSubscriptions(String role, String version) {
        scenario.connect(role, MqttVersion.parse(version), Session.CLEAN);
        scenario.subscribe(role, readings() + "/#", 0);
        highestGranted = Math.min(2, scenario.subscribe(role, readings() + "/p1", 2).reasonCodes().get(0));
    }

    public void publishOneAtQos2(String forRole) {
        scenario.library(PUBLISHER, scenario.versionOf(forRole), Session.CLEAN);
        overlapping = scenario.newPayload("reading at QoS 2");
        scenario.publishWithLibrary(PUBLISHER, readings() + "/p1", overlapping, 2, false);
    }

    public Outcome overlappingDelivery(String requirement, String role) {
        // one copy more than the subscriptions may be waited for: counting copies means waiting out the bound
        List<Evidence> deliveries = scenario.deliveries(role, readings() + "/#", 3, scenario.response());
        return DeliveryCheck.overlapping(requirement, deliveries, overlapping, highestGranted, 2);
    }

    public void wildcardSubscriber(String role, String version) {
        scenario.subscribed(role, MqttVersion.parse(version), scenario.topic("ward/+/temperature"), 1);
    }

    public void publishMixedTopics(String forRole) {
        scenario.library(PUBLISHER, scenario.versionOf(forRole), Session.CLEAN);
        publishOnEach(MATCHING, matching);
        publishOnEach(NOT_MATCHING, notMatching);
    }

    private void publishOnEach(List<String> topics, List<String> payloads) {
        for (String topic : topics) {
            String payload = scenario.newPayload(topic);
            scenario.publishWithLibrary(PUBLISHER, scenario.topic(topic), payload, 1, false);
            payloads.add(payload);
        }
    }

    public Outcome receivesExactlyMatching(String requirement, String role) {
        List<Evidence> deliveries = scenario.deliveries(role, "#", matching.size() + notMatching.size(), scenario.response());
        return DeliveryCheck.onlyDelivered(requirement, deliveries, matching, "to the wildcard subscription", notMatching,
                "to a subscription whose filter does not match its topic");
    }
}
