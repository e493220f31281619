package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.SingleCopyIdentifiersCheck;
import org.iomt.broker.checks.SubscriptionIdentifierCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;

import java.util.List;

/**
 * Tasks and questions about MQTT 5.0 Subscription Identifiers on a message that matches several subscriptions of one
 * client, some named by an identifier and one not.
 */
public final class OverlappingIdentifiers {

    private static final String PATCH = "patch";
    private static final int QOS_1 = 1;
    /** The identifiers of the two named subscriptions; the third has none. */
    private static final int EXACT = 21;
    private static final int BELOW = 22;
    /** The identifiers of the three subscriptions, in the order they are made. */
    private static final List<List<Integer>> SUBSCRIPTIONS = List.of(List.of(EXACT), List.of(BELOW), List.of());

    private final BrokerScenario scenario;
    private String reading;

    public OverlappingIdentifiers(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings() {
        return scenario.topic("readings");
    }

    /** The readings' own topic and every topic below it, each under an identifier, and one level of any name without. */
    public void threeOverlappingSubscriptions(String role) {
        scenario.connect(role, MqttVersion.V5_0, Session.CLEAN);
        scenario.subscribe(role, readings(), QOS_1, BrokerScenario.property(MqttPropertyId.SUBSCRIPTION_IDENTIFIER, EXACT));
        scenario.subscribe(role, readings() + "/#", QOS_1, BrokerScenario.property(MqttPropertyId.SUBSCRIPTION_IDENTIFIER, BELOW));
        scenario.subscribe(role, scenario.topic("+"), QOS_1, MqttProperties.EMPTY);
    }

    public void patchPublishes() {
        scenario.connect(PATCH, MqttVersion.V5_0, Session.CLEAN);
        reading = scenario.newPayload("reading");
        scenario.publish(PATCH, readings(), reading, QOS_1, false);
    }

    /** Waits until one copy more than the subscriptions could have come, then judges the copies' identifiers. */
    public Outcome ownIdentifierPerCopy(String requirement, String role) {
        return SubscriptionIdentifierCheck.perSubscription(requirement, copies(role), reading, SUBSCRIPTIONS);
    }

    /** Waits as {@link #ownIdentifierPerCopy} does, then judges the identifiers of a single copy for all subscriptions. */
    public Outcome everyIdentifierInASingleCopy(String requirement, String role) {
        return SingleCopyIdentifiersCheck.everyIdentifier(requirement, copies(role), reading, SUBSCRIPTIONS);
    }

    private List<Evidence> copies(String role) {
        return scenario.deliveries(role, readings(), SUBSCRIPTIONS.size() + 1, scenario.response());
    }
}
