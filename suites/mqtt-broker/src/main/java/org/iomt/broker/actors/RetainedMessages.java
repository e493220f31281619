package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.DeliveryCheck;
import org.iomt.broker.checks.EmptyRetainedCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Inconclusive;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.PingResp;
import org.iomt.standards.mqtt.Publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tasks and questions about retained messages: what the broker keeps for a topic, replaces, clears and hands to new subscribers. */
public final class RetainedMessages {

    private static final String PUBLISHER = "patch";
    private static final String PROBE = "probe";
    /** A client that publishes a live reading once a subscriber is in place, after which no retained message may come. */
    private static final String LIVE_PUBLISHER = "station";
    private static final String AS_RETAINED = "to a new subscription as the topic's retained message";

    private final BrokerScenario scenario;
    private final List<String> published = new ArrayList<>();
    private List<Evidence> keptBeforeClearing = List.of();

    public RetainedMessages(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings() {
        return scenario.topic("readings");
    }

    /**
     * The patch publishes one retained reading at each QoS, on a topic of its own; the first in the list is the one at
     * QoS 0, which a broker may discard at any time (it should keep it, but need not).
     */
    public void publishRetainedAtEachQos(String version) {
        scenario.library(PUBLISHER, MqttVersion.parse(version), Session.CLEAN);
        for (int qos = 0; qos <= 2; qos++) {
            String payload = scenario.newPayload("retained reading at QoS " + qos);
            scenario.publishWithLibrary(PUBLISHER, readings() + "/p" + qos, payload, qos, true);
            published.add(payload);
        }
        scenario.disconnect(PUBLISHER);
    }

    /** The patch publishes retained readings one after the other on its topic with the raw driver. */
    public void publishRetainedInTurn(String version, int count) {
        scenario.connect(PUBLISHER, MqttVersion.parse(version), Session.CLEAN);
        for (int i = 0; i < count; i++) {
            String payload = scenario.newPayload("retained reading");
            scenario.publish(PUBLISHER, readings(), payload, 1, true);
            published.add(payload);
        }
    }

    /** The patch publishes one retained reading through the library driver, in the MQTT version of the given role. */
    public void publishOneRetained(String forRole) {
        String payload = scenario.newPayload("retained reading");
        scenario.library(PUBLISHER, scenario.versionOf(forRole), Session.CLEAN);
        scenario.publishWithLibrary(PUBLISHER, readings(), payload, 1, true);
        published.add(payload);
    }

    /**
     * Clears the retained reading, after a probe subscriber has recorded whether the broker kept it for new subscribers:
     * its whole connection is kept, so that a probe that received nothing is cited with its SUBACK.
     */
    public void clearRetained() {
        scenario.subscribed(PROBE, scenario.versionOf(PUBLISHER), readings(), 1);
        scenario.deliveries(PROBE, readings(), 1, scenario.response());
        keptBeforeClearing = scenario.evidenceOf(PROBE);
        scenario.disconnect(PROBE);
        scenario.publish(PUBLISHER, readings(), "", 1, true);
    }

    /**
     * Publishes a newer retained reading at QoS 0, after a probe subscriber has recorded whether the broker kept the
     * older one for new subscribers; then pings, so that the broker has processed the QoS 0 PUBLISH, which it does not
     * acknowledge, before anyone subscribes.
     */
    public void replaceAtQos0() {
        scenario.subscribed(PROBE, scenario.versionOf(PUBLISHER), readings(), 1);
        scenario.deliveries(PROBE, readings(), 1, scenario.response());
        keptBeforeClearing = scenario.evidenceOf(PROBE);
        scenario.disconnect(PROBE);
        String payload = scenario.newPayload("retained reading at QoS 0");
        scenario.publish(PUBLISHER, readings(), payload, 0, true);
        published.add(payload);
        scenario.send(PUBLISHER, new PingReq(0));
        scenario.await(scenario.client(PUBLISHER), PingResp.class, p -> true);
    }

    /**
     * Publishes a reading without RETAIN, after a probe subscriber has shown that the retained reading is stored; a
     * broker that did not store it leaves the scenario inconclusive, since then nothing could be replaced.
     */
    public void publishNotRetained() {
        scenario.subscribed(PROBE, scenario.versionOf(PUBLISHER), readings(), 1);
        if (DeliveryCheck.find(scenario.deliveries(PROBE, readings(), 1, scenario.response()), published.get(0)).isEmpty()) {
            throw new Inconclusive("the broker did not hand the retained reading to a new subscriber, so whether a reading "
                    + "without RETAIN replaces it cannot be judged");
        }
        scenario.disconnect(PROBE);
        String payload = scenario.newPayload("reading not retained");
        scenario.publish(PUBLISHER, readings(), payload, 1, false);
        published.add(payload);
    }

    public void lateSubscriber(String role) {
        scenario.subscribed(role, scenario.versionOf(PUBLISHER), readings(), 1);
    }

    public void lateSubscriberWithWildcard(String role) {
        scenario.subscribed(role, scenario.versionOf(PUBLISHER), readings() + "/+", 2);
    }

    /**
     * The retained readings published at QoS 1 and 2 arrived; the one at QoS 0 need not, since the standards let a
     * broker discard a retained QoS 0 message at any time.
     */
    public Outcome receivesEveryRetained(String requirement, String role) {
        List<Evidence> deliveries = scenario.deliveries(role, readings() + "/+", published.size(), scenario.response());
        return DeliveryCheck.delivered(requirement, deliveries, published.subList(1, published.size()),
                "to a new subscription as retained");
    }

    public Outcome retainedFlags(String requirement, String role, boolean expected) {
        List<Evidence> deliveries = scenario.deliveries(role, "#", published.size(), scenario.response());
        Map<String, Boolean> flags = new LinkedHashMap<>();
        published.forEach(p -> flags.put(p, expected));
        return DeliveryCheck.each(requirement, deliveries, flags, Publish::retain, "RETAIN flag");
    }

    /** Of the retained readings published in turn, only the last arrived. */
    public Outcome receivesOnlyTheLast(String requirement, String role) {
        return receivesOnly(requirement, role, published.get(published.size() - 1));
    }

    /** Only the retained reading arrived, not the one published after it without RETAIN. */
    public Outcome receivesOnlyTheRetained(String requirement, String role) {
        return receivesOnly(requirement, role, published.get(0));
    }

    private Outcome receivesOnly(String requirement, String role, String wanted) {
        List<Evidence> deliveries = scenario.deliveriesUntilALiveMessage(role, readings(), LIVE_PUBLISHER);
        List<String> unwanted = published.stream().filter(p -> !p.equals(wanted)).toList();
        return DeliveryCheck.onlyDelivered(requirement, deliveries, List.of(wanted), AS_RETAINED, unwanted, AS_RETAINED);
    }

    /** The patch publishes a retained message with an empty payload to a topic of its own that holds no retained message. */
    public void publishEmptyRetained(String version) {
        scenario.connect(PUBLISHER, MqttVersion.parse(version), Session.CLEAN);
        scenario.publish(PUBLISHER, emptyTopic(), "", 1, true);
    }

    /** The patch publishes a retained reading to a second topic, the control a new subscriber must receive. */
    public void publishRetainedToAnotherTopic() {
        String payload = scenario.newPayload("retained reading");
        scenario.publish(PUBLISHER, keptTopic(), payload, 1, true);
        published.add(payload);
    }

    /**
     * Subscribes to the topic of the empty message first and to the other topic after it, so that whatever the broker
     * sends for the first subscription comes before the control it sends for the second.
     */
    public void subscribeToEmptyThenKept(String role) {
        scenario.subscribed(role, scenario.versionOf(PUBLISHER), emptyTopic(), 1);
        scenario.subscribe(role, keptTopic(), 1);
    }

    /** Nothing arrived on the topic of the empty message, judged beside the retained reading of the other topic. */
    public Outcome emptyNotStored(String requirement, String role) {
        String control = published.get(published.size() - 1);
        List<Evidence> deliveries = scenario.deliveriesUntil(role, readings() + "/+", control);
        String subscriber = scenario.evidenceOf(role).stream().map(Evidence::connection).findFirst().orElse(role);
        return EmptyRetainedCheck.notStored(requirement, deliveries, emptyTopic(), control, subscriber);
    }

    private String emptyTopic() {
        return scenario.topic("readings/empty");
    }

    private String keptTopic() {
        return scenario.topic("readings/kept");
    }

    /**
     * The older retained reading did not arrive (the newer one at QoS 0 may or may not: the broker may discard it),
     * judged beside the probe that received the older one before it was replaced.
     */
    public Outcome receivesNotTheOlder(String requirement, String role) {
        List<Evidence> deliveries = scenario.deliveriesUntilALiveMessage(role, readings(), LIVE_PUBLISHER);
        return DeliveryCheck.notDeliveredUnlike(requirement, deliveries, published.get(0),
                "after a retained reading at QoS 0 replaced it", new DeliveryCheck.Control(keptBeforeClearing, published.get(0),
                        "the broker kept the older retained reading for new subscribers"));
    }

    /** None of the published readings arrived, judged beside the probe that received the retained one before it was cleared. */
    public Outcome receivesNoRetained(String requirement, String role) {
        List<Evidence> deliveries = scenario.deliveriesUntilALiveMessage(role, readings(), LIVE_PUBLISHER);
        return DeliveryCheck.noneDeliveredUnlike(requirement, deliveries, published, "after the retained message was cleared",
                new DeliveryCheck.Control(keptBeforeClearing, published.get(0), "the broker kept the retained reading for new subscribers"));
    }
}
