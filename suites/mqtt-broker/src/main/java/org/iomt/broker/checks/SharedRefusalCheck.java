package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.PublishAck;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A message that the member of a Shared Subscription chosen for it refused (PUBACK or PUBREC of reason code 0x80 or
 * above) is not offered to another member; the absence is judged only beside a later message that reached that other
 * member.
 */
public final class SharedRefusalCheck {

    private SharedRefusalCheck() {
    }

    /**
     * @param delivery the PUBLISH of the message to the member that refused it, if a member received it
     * @param refusal  the refusing acknowledgement that member sent
     * @param other    every PUBLISH the other member received on the shared topic, in order
     * @param controls the payloads of the messages published after the refusal
     * @param bound    how long the suite waited for a control message at the other member
     */
    public static Outcome notOfferedAgain(String requirement, Optional<Evidence> delivery, Optional<Evidence> refusal,
                                          List<Evidence> other, List<String> controls, Duration bound) {
        if (delivery.isEmpty() || refusal.isEmpty()) {
            return Outcome.inconclusive("neither member of the shared subscription received the reading within "
                    + bound.toMillis() + " ms, so none could refuse it", other);
        }
        String payload = DeliveryCheck.payloadOf(delivery.get());
        String refuser = delivery.get().connection();
        long refusedAt = refusal.get().seq();
        List<Evidence> before = other.stream().filter(e -> e.seq() < refusedAt && DeliveryCheck.payloadOf(e).equals(payload)).toList();
        if (!before.isEmpty()) {
            return Outcome.inconclusive("connection " + before.get(0).connection() + " received \"" + payload + "\" before "
                    + "connection " + refuser + " refused it, so the broker sent the message to both members at once and what "
                    + "it does with a refusal cannot be told", List.of(delivery.get(), before.get(0), refusal.get()));
        }
        List<Evidence> judged = new ArrayList<>(List.of(delivery.get(), refusal.get()));
        List<Evidence> offered = other.stream().filter(e -> e.seq() > refusedAt && DeliveryCheck.payloadOf(e).equals(payload)).toList();
        if (!offered.isEmpty()) {
            judged.addAll(offered);
            return Outcome.judged(List.of(new Finding(requirement, "expected \"" + payload + "\", which connection " + refuser
                    + " refused with " + answer(refusal.get()) + ", to be discarded; the broker offered it to connection "
                    + offered.get(0).connection() + " afterwards", judged)), judged);
        }
        Optional<Evidence> control = other.stream().filter(e -> controls.contains(DeliveryCheck.payloadOf(e))).findFirst();
        if (control.isEmpty()) {
            String otherName = other.isEmpty() ? "the other member" : "connection " + other.get(0).connection();
            return Outcome.inconclusive("none of the " + controls.size() + " readings published after connection " + refuser
                    + " refused \"" + payload + "\" reached " + otherName + " within " + bound.toMillis()
                    + " ms, so the absence of the refused reading there shows nothing", judged);
        }
        judged.add(control.get());
        return Outcome.judged(List.of(), judged);
    }

    private static String answer(Evidence refusal) {
        return refusal.as(PublishAck.class).map(a -> a.type() + " reason code 0x" + Integer.toHexString(a.reasonCode()))
                .orElse(refusal.decoded());
    }
}
