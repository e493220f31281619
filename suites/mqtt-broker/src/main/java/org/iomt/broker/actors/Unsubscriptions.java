package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.AnswerCheck;
import org.iomt.broker.checks.DeliveryCheck;
import org.iomt.broker.checks.UnsubackCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Unsuback;
import org.iomt.standards.mqtt.Unsubscribe;

import java.util.ArrayList;
import java.util.List;

/**
 * Tasks and questions about which subscriptions an UNSUBSCRIBE deletes: only those whose filter it names exactly, every
 * one it names, with one UNSUBACK whether or not it deleted any.
 */
public final class Unsubscriptions {

    private static final String PATCH = "patch";
    /** The patches whose readings the scenarios subscribe to, each on its own topic under the readings. */
    private static final List<String> PATCHES = List.of("p1", "p2");

    private final BrokerScenario scenario;
    private final List<String> published = new ArrayList<>();
    private Evidence request;

    public Unsubscriptions(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readingsOf(String patch) {
        return scenario.topic("readings/" + patch);
    }

    /** Subscribes at QoS 1 to every patch's readings through one single-level wildcard. */
    public void wildcardSubscriber(String role, String version) {
        scenario.subscribed(role, MqttVersion.parse(version), scenario.topic("readings/+"), 1);
    }

    /** Subscribes at QoS 1 to each patch's readings through a filter of its own. */
    public void subscriberToEachPatch(String role, String version) {
        scenario.connect(role, MqttVersion.parse(version), Session.CLEAN);
        PATCHES.forEach(patch -> scenario.subscribe(role, readingsOf(patch), 1));
    }

    /** Unsubscribes from the first patch's own filter, which the role may or may not have subscribed to. */
    public void unsubscribeFromFirstPatch(String role) {
        unsubscribe(role, readingsOf(PATCHES.get(0)));
    }

    /** Unsubscribes from every patch's own filter in one UNSUBSCRIBE. */
    public void unsubscribeFromEveryPatch(String role) {
        unsubscribe(role, PATCHES.stream().map(this::readingsOf).toArray(String[]::new));
    }

    private void unsubscribe(String role, String... filters) {
        int id = scenario.nextPacketId();
        request = scenario.send(role, Unsubscribe.of(id, filters));
        scenario.await(scenario.client(role), Unsuback.class, u -> u.packetId() == id);
    }

    /** A patch of the role's MQTT version publishes one reading at QoS 1 on the first patch's topic. */
    public void firstPatchPublishes(String forRole) {
        publishFrom(forRole, PATCHES.subList(0, 1));
    }

    /** A patch of the role's MQTT version publishes one reading at QoS 1 on each patch's topic. */
    public void everyPatchPublishes(String forRole) {
        publishFrom(forRole, PATCHES);
    }

    private void publishFrom(String forRole, List<String> patches) {
        scenario.connect(PATCH, scenario.versionOf(forRole), Session.CLEAN);
        for (String patch : patches) {
            String payload = scenario.newPayload("reading of " + patch);
            scenario.publish(PATCH, readingsOf(patch), payload, 1, false);
            published.add(payload);
        }
    }

    public Outcome stillReceivedThroughWildcard(String requirement, String role) {
        List<Evidence> deliveries = scenario.deliveries(role, scenario.topic("readings/+"), published.size(), scenario.response());
        return DeliveryCheck.delivered(requirement, deliveries, published,
                "to the wildcard subscription, which an UNSUBSCRIBE naming another filter must leave in place");
    }

    public Outcome acknowledged(String requirement, String role) {
        int id = request.as(Unsubscribe.class).orElseThrow().packetId();
        return AnswerCheck.judge(requirement, request, scenario.evidenceOf(role), Unsuback.class, u -> u.packetId() == id,
                "an UNSUBACK for packet identifier " + id, scenario.response());
    }

    /**
     * Nothing published for the filters the role unsubscribed from reached it; judged only beside a control reading on
     * a subscription it still has, since a broker that delivers nothing at all would pass otherwise. The control is
     * published after the readings, so what the broker still sent for the old filters has come by the time it does.
     */
    public Outcome receivesNothingForEither(String requirement, String role) {
        scenario.subscribe(role, scenario.topic("control"), 1);
        String control = scenario.newPayload("control reading");
        scenario.publish(PATCH, scenario.topic("control"), control, 1, false);
        List<Evidence> controls = scenario.deliveriesUntil(role, scenario.topic("control"), control);
        return DeliveryCheck.noneDeliveredUnlike(requirement, scenario.deliveredSoFar(role, scenario.topic("readings/+")),
                published, "for a filter the client unsubscribed from",
                new DeliveryCheck.Control(controls, control, "the broker delivers to a subscription the client has"));
    }

    public Outcome answeredOnce(String requirement, String role) {
        return UnsubackCheck.single(requirement, request, scenario.evidenceOf(role), scenario.response());
    }
}
