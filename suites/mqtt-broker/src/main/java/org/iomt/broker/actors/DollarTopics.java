package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.DeliveryCheck;
import org.iomt.broker.checks.DollarTopicCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Inconclusive;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tasks and questions about topics beginning with $, which a filter starting with a wildcard must not match. A broker
 * may refuse a client's PUBLISH to such a topic; then the rule is judged on the retained messages the broker keeps on
 * its own $SYS topics, where it has any.
 */
public final class DollarTopics {

    private static final String PUBLISHER = "patch";
    private static final String WATCHER = "watcher";
    /** The broker's own topics, by the usual convention (MQTT §4.7.2). */
    private static final String BROKERS_OWN = "$SYS/#";
    /** A filter starting with a wildcard that matches every topic not beginning with $. */
    private static final String EVERY_TOPIC = "#";

    private final BrokerScenario scenario;
    private String dollar;
    private String ordinary;
    /** The publisher's connection that the broker ended instead of taking the $ reading; empty when it took it. */
    private List<Evidence> refusal = List.of();

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

    /**
     * The patch publishes a reading on the $ twin of the readings topic, then one on the readings topic. When the broker
     * refuses the first by closing the connection, the watcher subscribes to the broker's own $ topics, the role to
     * every topic, and the patch connects again for the ordinary reading.
     */
    public void publishDollarAndOrdinary(String forRole) {
        MqttVersion version = scenario.versionOf(forRole);
        scenario.connect(PUBLISHER, version, Session.CLEAN);
        dollar = scenario.newPayload("reading on a $ topic");
        if (refusedDollarPublish()) {
            refusal = scenario.evidenceOf(PUBLISHER);
            scenario.subscribe(WATCHER, BROKERS_OWN, 0);
            scenario.deliveries(WATCHER, BROKERS_OWN, 1, scenario.response());
            scenario.subscribe(forRole, EVERY_TOPIC, 0);
            scenario.connect(PUBLISHER, version, Session.CLEAN);
        }
        ordinary = scenario.newPayload("reading on the ordinary topic");
        scenario.publish(PUBLISHER, readings(), ordinary, 1, false);
    }

    /** Publishes the $ reading at QoS 1: true when the broker closed the connection for it rather than acknowledge it. */
    private boolean refusedDollarPublish() {
        int id = scenario.nextPacketId();
        scenario.send(PUBLISHER, new Publish(0b010, dollarReadings(), id, MqttProperties.EMPTY, dollar.getBytes(StandardCharsets.UTF_8)));
        if (scenario.await(scenario.client(PUBLISHER), PublishAck.class, a -> a.type() == PacketType.PUBACK && a.packetId() == id)
                .isPresent()) {
            return false;
        }
        if (scenario.closedByBroker(PUBLISHER, scenario.response())) {
            return true;
        }
        throw new Inconclusive("the broker neither acknowledged the patch's PUBLISH to a topic beginning with $ (no PUBACK "
                + "within " + scenario.response().toMillis() + " ms) nor refused it by closing the connection, which the "
                + "scenario needs");
    }

    /**
     * The $ reading did not arrive, judged beside the watcher that received it and the ordinary reading that arrived;
     * where the broker refused the $ reading, no retained message of its own on a $ topic arrived instead.
     */
    public Outcome receivesOnlyOrdinary(String requirement, String role) {
        if (!refusal.isEmpty()) {
            scenario.deliveries(role, readings(), 1, scenario.response());
            List<Evidence> received = scenario.client(role).receivedEvidence().stream()
                    .filter(e -> e.as(Publish.class).isPresent()).toList();
            return DollarTopicCheck.brokersOwnNotMatched(requirement, refusal,
                    scenario.deliveries(WATCHER, BROKERS_OWN, 1, scenario.response()), received, ordinary);
        }
        List<Evidence> named = scenario.deliveries(WATCHER, dollarReadings(), 1, scenario.response());
        List<Evidence> deliveries = scenario.deliveries(role, "#", 2, scenario.response());
        return DeliveryCheck.noneDeliveredUnlike(requirement, deliveries, List.of(dollar),
                "to a subscription whose filter starts with a wildcard, since its topic begins with $",
                new DeliveryCheck.Control(named, dollar, "the broker takes readings on topics beginning with $ from clients"),
                new DeliveryCheck.Control(deliveries, ordinary, "the wildcard subscription delivers the ordinary reading"));
    }
}
