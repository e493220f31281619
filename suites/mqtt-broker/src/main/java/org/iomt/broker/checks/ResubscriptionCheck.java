package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Publish;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A SUBSCRIBE to a filter the client already subscribed to replaced that subscription: what is published afterwards
 * comes once, at the QoS of the new subscription, and the retained message is sent again when the rule asks for it.
 */
public final class ResubscriptionCheck {

    private ResubscriptionCheck() {
    }

    /**
     * @param deliveries what reached the subscriber, waited for until more copies than one could have come
     * @param payload    a message published after the resubscription, at a QoS not below {@code expectedQos}
     * @param expectedQos the QoS the new subscription was granted, capped at the message's own
     */
    public static Outcome replaced(String requirement, List<Evidence> deliveries, String payload, int expectedQos) {
        List<Evidence> copies = deliveries.stream().filter(e -> payloadOf(e).equals(payload)).toList();
        if (copies.isEmpty()) {
            return Outcome.judged(List.of(new Finding(requirement, "expected \"" + payload + "\" to be delivered to the "
                    + "replaced subscription; it was not" + (deliveries.isEmpty() ? " (nothing was delivered)" : ""), deliveries)),
                    deliveries);
        }
        if (copies.size() > 1) {
            return Outcome.judged(List.of(new Finding(requirement, "expected one copy of \"" + payload + "\", since the second "
                    + "SUBSCRIBE replaces the first subscription rather than adding one; " + copies.size() + " were delivered at QoS "
                    + copies.stream().map(e -> e.as(Publish.class).orElseThrow().qos()).toList(), copies)), copies);
        }
        int qos = copies.get(0).as(Publish.class).orElseThrow().qos();
        if (qos != expectedQos) {
            return Outcome.judged(List.of(new Finding(requirement, "expected \"" + payload + "\" at QoS " + expectedQos
                    + ", that of the subscription which replaced the first; it came at QoS " + qos, copies)), copies);
        }
        return Outcome.judged(List.of(), copies);
    }

    /**
     * @param afterResubscription what reached the subscriber after the suite sent the second SUBSCRIBE
     * @param retained            the retained message the first subscription received
     * @param resubscribe         the second SUBSCRIBE, cited with the deliveries
     */
    public static Outcome retainedSentAgain(String requirement, List<Evidence> afterResubscription, String retained,
                                            Evidence resubscribe) {
        List<Evidence> cited = new java.util.ArrayList<>(List.of(resubscribe));
        cited.addAll(afterResubscription);
        return afterResubscription.stream().filter(e -> payloadOf(e).equals(retained)).findFirst()
                .map(e -> Outcome.judged(List.of(), List.of(resubscribe, e)))
                .orElseGet(() -> Outcome.judged(List.of(new Finding(requirement, "expected the retained \"" + retained
                        + "\" to be sent again after " + resubscribe.decoded() + " on connection " + resubscribe.connection()
                        + "; it was not", cited)), cited));
    }

    private static String payloadOf(Evidence e) {
        return e.as(Publish.class).map(p -> new String(p.payload(), StandardCharsets.UTF_8)).orElse("");
    }
}
