package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.Publish;

import java.util.List;

/**
 * A broker that sends one copy of a message for all of a client's overlapping subscriptions puts in it the
 * Subscription Identifiers of every one of them that has one. A broker that sends a copy per subscription is judged
 * by another rule.
 */
public final class SingleCopyIdentifiersCheck {

    private SingleCopyIdentifiersCheck() {
    }

    /**
     * @param deliveries      what reached the subscriber, waited for until more copies than subscriptions could have come
     * @param payload         the message every subscription matched
     * @param subscriptionIds the identifiers of the matching subscriptions, an empty list for one without
     */
    public static Outcome everyIdentifier(String requirement, List<Evidence> deliveries, String payload,
                                          List<List<Integer>> subscriptionIds) {
        List<Evidence> copies = deliveries.stream().filter(e -> DeliveryCheck.payloadOf(e).equals(payload)).toList();
        String connection = deliveries.stream().map(Evidence::connection).findFirst().orElse("(none)");
        int subscriptions = subscriptionIds.size();
        if (copies.isEmpty()) {
            return Outcome.inconclusive("\"" + payload + "\" was not delivered on connection " + connection
                    + ", so the Subscription Identifiers of a single copy cannot be judged", deliveries);
        }
        if (copies.size() == subscriptions) {
            return Outcome.notApplicable("the broker sent a copy of \"" + payload + "\" for each of the " + subscriptions
                    + " overlapping subscriptions of connection " + connection + ", so the rule for a single copy did not "
                    + "arise", copies);
        }
        if (copies.size() > 1) {
            return Outcome.inconclusive("the broker sent " + copies.size() + " copies of \"" + payload + "\" for the "
                    + subscriptions + " overlapping subscriptions of connection " + connection + ", neither one for all "
                    + "nor one for each, so which subscriptions a copy answers cannot be told", copies);
        }
        List<Integer> expected = subscriptionIds.stream().flatMap(List::stream).sorted().toList();
        List<Integer> carried = copies.get(0).as(Publish.class).orElseThrow().properties()
                .all(MqttPropertyId.SUBSCRIPTION_IDENTIFIER).stream().map(MqttProperty::intValue).sorted().toList();
        if (carried.containsAll(expected)) {
            return Outcome.judged(List.of(), copies);
        }
        return Outcome.judged(List.of(new Finding(requirement, "expected the single copy of \"" + payload + "\" on "
                + "connection " + connection + ", sent for its " + subscriptions + " overlapping subscriptions, to carry the "
                + "Subscription Identifiers of all those that have one, " + expected + "; it carried " + carried, copies)), copies);
    }
}
