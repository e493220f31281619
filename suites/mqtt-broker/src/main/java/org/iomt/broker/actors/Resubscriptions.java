package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.DeliveryCheck;
import org.iomt.broker.checks.ResubscriptionCheck;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Inconclusive;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tasks and questions about a second SUBSCRIBE to a filter the client already subscribed to: it replaces the first
 * subscription, and sends the retained message again unless MQTT 5.0 Retain Handling 1 asks not to.
 */
public final class Resubscriptions {

    private static final String PATCH = "patch";
    private static final String STATION = "station";
    /** MQTT 5.0 subscription option Retain Handling 1: retained messages only for a subscription that did not exist. */
    private static final int ONLY_IF_NEW = 0x10;

    private final BrokerScenario scenario;
    private String retained;
    private String live;
    private int retainHandling;
    private int granted;
    private Evidence resubscribe;

    public Resubscriptions(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings() {
        return scenario.topic("readings");
    }

    /** Subscribes at QoS 0, with no retained message on the topic. */
    public void subscriber(String role, String version) {
        scenario.subscribed(role, MqttVersion.parse(version), readings(), 0);
    }

    /**
     * A patch publishes a retained reading; the role subscribes at QoS 0 (with MQTT 5.0 Retain Handling 1 when asked)
     * and receives it. A broker that does not send it leaves the scenario inconclusive: there is nothing to send again.
     */
    public void subscriberThatReceivedRetained(String role, String version, boolean onlyIfNew) {
        MqttVersion v = MqttVersion.parse(version);
        retainHandling = onlyIfNew ? ONLY_IF_NEW : 0;
        scenario.connect(PATCH, v, Session.CLEAN);
        retained = scenario.newPayload("retained reading");
        scenario.publish(PATCH, readings(), retained, 1, true);
        scenario.connect(role, v, Session.CLEAN);
        scenario.subscribe(role, readings(), retainHandling, MqttProperties.EMPTY);
        if (copiesOf(scenario.deliveries(role, readings(), 1, scenario.response()), retained).isEmpty()) {
            throw new Inconclusive("the broker did not send the retained reading to the " + role + "'s first subscription "
                    + "(connection " + connectionOf(role) + "), so whether it sends it again cannot be judged");
        }
    }

    /** Subscribes again to the same filter, with the options of the first subscription but the QoS given. */
    public void resubscribe(String role, int qos) {
        Suback answer = scenario.subscribe(role, readings(), retainHandling | qos, MqttProperties.EMPTY);
        granted = answer.reasonCodes().get(0);
        resubscribe = scenario.evidenceOf(role).stream().filter(e -> e.direction() == Direction.SUITE_TO_DEVICE
                && e.as(Subscribe.class).filter(s -> s.packetId() == answer.packetId()).isPresent()).findFirst().orElseThrow();
    }

    public void patchPublishesLive(String forRole, int qos) {
        scenario.connect(PATCH, scenario.versionOf(forRole), Session.CLEAN);
        live = scenario.newPayload("reading");
        scenario.publish(PATCH, readings(), live, qos, false);
    }

    /** The live reading, waited for until a second copy could have come, arrived once at the new subscription's QoS. */
    public Outcome deliveredOnceAtNewQos(String requirement, String role, int publishedQos) {
        List<Evidence> deliveries = scenario.deliveries(role, readings(), Integer.MAX_VALUE, scenario.response());
        return ResubscriptionCheck.replaced(requirement, deliveries, live, Math.min(publishedQos, granted));
    }

    public Outcome retainedSentAgain(String requirement, String role) {
        return ResubscriptionCheck.retainedSentAgain(requirement, afterResubscription(role, 2), retained, resubscribe);
    }

    /** The retained reading did not come again, while a station subscribing afterwards still received it. */
    public Outcome retainedNotSentAgain(String requirement, String role) {
        List<Evidence> again = afterResubscription(role, 2);
        scenario.connect(STATION, scenario.versionOf(role), Session.CLEAN);
        scenario.subscribe(STATION, readings(), 0);
        return DeliveryCheck.notDeliveredUnlike(requirement, again, retained,
                "again on connection " + connectionOf(role) + " after its second subscription with Retain Handling 1",
                new DeliveryCheck.Control(scenario.deliveries(STATION, readings(), 1, scenario.response()), retained,
                        "the broker still kept the retained reading for new subscribers"));
    }

    /** What the role received after the second SUBSCRIBE, waited for until {@code count} messages or the bound. */
    private List<Evidence> afterResubscription(String role, int count) {
        return scenario.deliveries(role, readings(), count, scenario.response()).stream()
                .filter(e -> e.seq() > resubscribe.seq()).toList();
    }

    private String connectionOf(String role) {
        return scenario.evidenceOf(role).stream().map(Evidence::connection).findFirst().orElse(role);
    }

    private static List<Evidence> copiesOf(List<Evidence> deliveries, String payload) {
        return deliveries.stream().filter(e -> e.as(Publish.class)
                .map(p -> new String(p.payload(), StandardCharsets.UTF_8).equals(payload)).orElse(false)).toList();
    }
}
