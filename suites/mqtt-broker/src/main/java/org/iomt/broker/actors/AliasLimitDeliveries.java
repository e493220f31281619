package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.AliasLimitCheck;
import org.iomt.broker.checks.DeliveryCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;

import java.util.List;

/**
 * Tasks and questions about the Topic Aliases a broker gives what it delivers to an MQTT 5.0 client that accepts a
 * single one: readings on several topics, where a broker that uses aliases would want more than one.
 */
public final class AliasLimitDeliveries {

    /** The Topic Alias Maximum the subscriber announces: one alias, so that a second topic has to go by name. */
    private static final int ONE_ALIAS = 1;
    private static final int TOPICS = 3;

    private final BrokerScenario scenario;
    private String lastPayload;

    public AliasLimitDeliveries(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings(String levels) {
        return scenario.topic("readings/" + levels);
    }

    /** Connects the role announcing Topic Alias Maximum 1 and subscribes it at QoS 1 to each topic, one by one. */
    public void subscribeAcceptingOneAlias(String role) {
        Connect connect = scenario.connectPacket(role, MqttVersion.V5_0, Session.CLEAN, 60);
        scenario.connect(role, connect.withProperties(connect.properties().with(MqttPropertyId.TOPIC_ALIAS_MAXIMUM, ONE_ALIAS)));
        for (int topic = 1; topic <= TOPICS; topic++) {
            scenario.subscribe(role, readings(String.valueOf(topic)), 1);
        }
    }

    /** Publishes two readings on each topic at QoS 1, topic after topic, the last of them the control. */
    public void publishOnSeveralTopics(String role) {
        scenario.connect(role, MqttVersion.V5_0, Session.CLEAN);
        for (int round = 0; round < 2; round++) {
            for (int topic = 1; topic <= TOPICS; topic++) {
                lastPayload = scenario.newPayload("reading on topic " + topic);
                scenario.publish(role, readings(String.valueOf(topic)), lastPayload, 1, false);
            }
        }
    }

    /** Waits for the control reading; the filter only picks the scenario's readings out of what the role received. */
    public Outcome noAliasAboveMaximum(String requirement, String role) {
        List<Evidence> deliveries = scenario.deliveriesUntil(role, readings("+"), lastPayload);
        String connection = scenario.evidenceOf(role).stream().findFirst().map(Evidence::connection).orElse(role);
        return AliasLimitCheck.withinMaximum(requirement, deliveries, ONE_ALIAS, connection,
                new DeliveryCheck.Control(deliveries, lastPayload, "the broker delivered every reading it could give an alias"));
    }
}
