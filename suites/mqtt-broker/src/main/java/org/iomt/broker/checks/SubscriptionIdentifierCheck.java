package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.Publish;

import java.util.Comparator;
import java.util.List;

/**
 * A broker that sends a message once per matching subscription puts in each copy the Subscription Identifier of that
 * copy's own subscription, and none in the copy for a subscription that has none. A broker that sends one copy for
 * all of them is judged by another rule.
 */
public final class SubscriptionIdentifierCheck {

    private static final Comparator<List<Integer>> BY_CONTENT = Comparator.<List<Integer>>comparingInt(List::size)
            .thenComparing(Object::toString);

    private SubscriptionIdentifierCheck() {
    }

    /**
     * @param deliveries      what reached the subscriber, waited for until more copies than subscriptions could have come
     * @param payload         the message every subscription matched
     * @param subscriptionIds the identifiers of the matching subscriptions, an empty list for one without
     */
    public static Outcome perSubscription(String requirement, List<Evidence> deliveries, String payload,
                                          List<List<Integer>> subscriptionIds) {
        List<Evidence> copies = deliveries.stream().filter(e -> DeliveryCheck.payloadOf(e).equals(payload)).toList();
        String connection = deliveries.stream().map(Evidence::connection).findFirst().orElse("(none)");
        if (copies.isEmpty()) {
            return Outcome.inconclusive("\"" + payload + "\" was not delivered on connection " + connection
                    + ", so the Subscription Identifiers of its copies cannot be judged", deliveries);
        }
        if (copies.size() == 1) {
            return Outcome.notApplicable("the broker sent one copy of \"" + payload + "\" for the " + subscriptionIds.size()
                    + " overlapping subscriptions of connection " + connection + ", so the rule for a copy per subscription "
                    + "did not arise", copies);
        }
        if (copies.size() != subscriptionIds.size()) {
            return Outcome.inconclusive("the broker sent " + copies.size() + " copies of \"" + payload + "\" for the "
                    + subscriptionIds.size() + " overlapping subscriptions of connection " + connection
                    + ", so which copy answers which subscription cannot be told", copies);
        }
        List<List<Integer>> carried = copies.stream().map(SubscriptionIdentifierCheck::identifiers).sorted(BY_CONTENT).toList();
        List<List<Integer>> expected = subscriptionIds.stream().map(ids -> ids.stream().sorted().toList()).sorted(BY_CONTENT).toList();
        if (carried.equals(expected)) {
            return Outcome.judged(List.of(), copies);
        }
        return Outcome.judged(List.of(new Finding(requirement, "expected the " + copies.size() + " copies of \"" + payload
                + "\" on connection " + connection + ", one per subscription, to carry each its own subscription's "
                + "identifier, no more, " + expected + "; they carried " + carried, copies)), copies);
    }

    private static List<Integer> identifiers(Evidence copy) {
        return copy.as(Publish.class).orElseThrow().properties().all(MqttPropertyId.SUBSCRIPTION_IDENTIFIER).stream()
                .map(MqttProperty::intValue).sorted().toList();
    }
}
