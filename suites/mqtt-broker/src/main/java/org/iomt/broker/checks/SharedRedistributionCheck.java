package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message the broker chose one member of a Shared Subscription for is not sent to another member, nor again to the
 * chosen one, once that member refused it (PUBACK or PUBREC of reason code 0x80 or above) or lost its connection
 * before acknowledging it; the absence is judged only beside a later message that reached the other member.
 */
public final class SharedRedistributionCheck {

    private SharedRedistributionCheck() {
    }

    /**
     * @param delivery the PUBLISH of the message to the chosen member, if a member received it
     * @param end      what ended the chosen member's part: the refusing acknowledgement it sent, or the suite's note
     *                 that it dropped the member's connection
     * @param chosenNow every PUBLISH the chosen member's latest connection received on the shared topic, in order
     * @param other    every PUBLISH the other member received on the shared topic, in order
     * @param controls the payloads of the messages published later
     * @param bound    how long the suite waited for the message and for a control message at the other member
     */
    public static Outcome notSentToAnother(String requirement, Optional<Evidence> delivery, Optional<Evidence> end,
                                           List<Evidence> chosenNow, List<Evidence> other, List<String> controls,
                                           Duration bound) {
        if (delivery.isEmpty() || end.isEmpty()) {
            return Outcome.inconclusive("neither member of the shared subscription received the reading within "
                    + bound.toMillis() + " ms, so none was chosen for it", other);
        }
        String payload = DeliveryCheck.payloadOf(delivery.get());
        String chosen = delivery.get().connection();
        long endedAt = end.get().seq();
        List<Evidence> before = other.stream().filter(e -> e.seq() < endedAt && DeliveryCheck.payloadOf(e).equals(payload)).toList();
        if (!before.isEmpty()) {
            return Outcome.inconclusive("connection " + before.get(0).connection() + " received \"" + payload + "\" before "
                    + "connection " + chosen + " " + ending(end.get()) + ", so the broker sent the message to both members at "
                    + "once and what it does afterwards cannot be told", List.of(delivery.get(), before.get(0), end.get()));
        }
        List<Evidence> judged = new ArrayList<>(List.of(delivery.get(), end.get()));
        List<Evidence> again = chosenNow.stream().filter(e -> e.seq() > endedAt && DeliveryCheck.payloadOf(e).equals(payload))
                .toList();
        if (!again.isEmpty()) {
            judged.addAll(again);
            return Outcome.judged(List.of(new Finding(requirement, "expected \"" + payload + "\", chosen for connection " + chosen
                    + ", to be discarded after that connection " + ending(end.get()) + "; the broker sent it again to "
                    + "connection " + again.get(0).connection() + " afterwards", judged)), judged);
        }
        List<Evidence> sent = other.stream().filter(e -> e.seq() > endedAt && DeliveryCheck.payloadOf(e).equals(payload)).toList();
        if (!sent.isEmpty()) {
            judged.addAll(sent);
            return Outcome.judged(List.of(new Finding(requirement, "expected \"" + payload + "\", chosen for connection " + chosen
                    + ", not to be sent to another member after that connection " + ending(end.get()) + "; the broker sent it to "
                    + "connection " + sent.get(0).connection() + " afterwards", judged)), judged);
        }
        Optional<Evidence> control = other.stream().filter(e -> controls.contains(DeliveryCheck.payloadOf(e))).findFirst();
        if (control.isEmpty()) {
            String otherName = other.isEmpty() ? "the other member" : "connection " + other.get(0).connection();
            return Outcome.inconclusive("none of the " + controls.size() + " readings published after connection " + chosen
                    + " " + ending(end.get()) + " reached " + otherName + " within " + bound.toMillis()
                    + " ms, so the absence of \"" + payload + "\" there shows nothing", judged);
        }
        judged.add(control.get());
        return Outcome.judged(List.of(), judged);
    }

    /**
     * Not applicable when the reading reached the chosen member at a QoS below 2: the rules on a member that lost its
     * connection bind QoS 2 deliveries only (for QoS 1 the broker may give the message to another member).
     */
    public static Optional<Outcome> belowQos2(Optional<Evidence> delivery) {
        return delivery.filter(d -> d.as(Publish.class).orElseThrow().qos() < 2).map(d -> Outcome.notApplicable("the broker "
                + "delivered the reading to connection " + d.connection() + " at QoS " + d.as(Publish.class).orElseThrow().qos()
                + ", not QoS 2 (it granted the shared subscription less), so the rule on QoS 2 deliveries does not arise",
                List.of(d)));
    }

    private static String ending(Evidence end) {
        return end.as(PublishAck.class).map(a -> "refused it with " + a.type() + " reason code 0x" + Integer.toHexString(a.reasonCode()))
                .orElse("was dropped before acknowledging it");
    }
}
