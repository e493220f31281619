package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Suback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The broker's first send of each message to a subscriber is a new message: DUP 0 and, above QoS 0, a non-zero
 * packet identifier that no earlier send of the broker on that connection still holds (one whose PUBACK or PUBCOMP
 * the subscriber has not yet sent). Not applicable when the broker granted the subscription less than the QoS judged.
 */
public final class FirstDeliveryCheck {

    /** What of a first send a rule speaks of. */
    public enum Aspect {
        /** DUP 0 and, above QoS 0, a non-zero packet identifier not in use. */
        NEW_MESSAGE(true, true),
        /** DUP 0 only. */
        DUP_CLEAR(true, false),
        /** Above QoS 0, a non-zero packet identifier not in use only. */
        FREE_IDENTIFIER(false, true);

        private final boolean dup;
        private final boolean identifier;

        Aspect(boolean dup, boolean identifier) {
            this.dup = dup;
            this.identifier = identifier;
        }
    }

    private FirstDeliveryCheck() {
    }

    /**
     * @param connection every entry of the subscriber's connection, in order
     * @param payloads   the messages published, each judged on its first delivery
     * @param qos        the QoS the deliveries judged must have; a delivery at another QoS is not judged
     * @param aspect     what of each first send the rule speaks of
     */
    public static Outcome newMessages(String requirement, List<Evidence> connection, List<String> payloads, int qos,
                                      Aspect aspect) {
        Optional<Outcome> belowGrant = grantedBelow(connection, qos);
        if (belowGrant.isPresent()) {
            return belowGrant.get();
        }
        Map<String, Evidence> first = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        List<Evidence> otherQos = new ArrayList<>();
        Map<Integer, Evidence> inUse = new HashMap<>();
        for (Evidence e : connection) {
            Optional<Publish> publish = e.as(Publish.class).filter(p -> e.direction() == Direction.DEVICE_TO_SUITE);
            if (publish.isPresent()) {
                String payload = DeliveryCheck.payloadOf(e);
                if (payloads.contains(payload) && !first.containsKey(payload)) {
                    first.put(payload, e);
                    if (publish.get().qos() == qos) {
                        judged.add(e);
                        judge(requirement, e, publish.get(), inUse.get(publish.get().packetId()), aspect).ifPresent(findings::add);
                    } else {
                        otherQos.add(e);
                    }
                }
                if (publish.get().qos() > 0) {
                    inUse.put(publish.get().packetId(), e);
                }
            }
            e.as(PublishAck.class).filter(a -> e.direction() == Direction.SUITE_TO_DEVICE
                    && (a.type() == PacketType.PUBACK || a.type() == PacketType.PUBCOMP)).ifPresent(a -> inUse.remove(a.packetId()));
        }
        if (judged.isEmpty()) {
            String connections = String.join(", ", connection.stream().map(Evidence::connection).distinct().toList());
            return Outcome.inconclusive("connection " + connections + " received none of the " + payloads.size()
                    + " readings at QoS " + qos + (otherQos.isEmpty() ? "" : " (" + otherQos.size() + " came at another QoS, "
                    + "which the subscription's grant allows)") + ", so no first send at QoS " + qos + " could be judged",
                    otherQos.isEmpty() ? connection : otherQos);
        }
        return Outcome.judged(findings, judged);
    }

    /**
     * Not applicable when the broker granted the subscription a QoS below {@code qos}, as the standards let it: it then
     * never sends at that QoS, so a sender's rule for it does not arise on this connection.
     */
    static Optional<Outcome> grantedBelow(List<Evidence> connection, int qos) {
        return connection.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE && e.as(Suback.class).isPresent())
                .findFirst().flatMap(e -> {
                    int granted = e.as(Suback.class).orElseThrow().reasonCodes().stream().mapToInt(Integer::intValue).max().orElse(qos);
                    return granted < qos ? Optional.of(Outcome.notApplicable("the broker granted the subscription of connection "
                            + e.connection() + " QoS " + granted + ", below the QoS " + qos + " it asked for, as the standard "
                            + "allows, so it sends nothing at QoS " + qos + " there", List.of(e))) : Optional.empty();
                });
    }

    private static Optional<Finding> judge(String requirement, Evidence e, Publish p, Evidence holder, Aspect aspect) {
        String what = "the first send of \"" + DeliveryCheck.payloadOf(e) + "\" on connection " + e.connection();
        if (aspect.dup && p.dup() != 0) {
            return Optional.of(Finding.of(requirement, "expected " + what + " to have DUP 0, as a message sent for the "
                    + "first time; it had DUP 1", e));
        }
        if (aspect.identifier && p.qos() > 0 && p.packetId() == 0) {
            return Optional.of(Finding.of(requirement, "expected " + what + " (QoS " + p.qos() + ") to carry a non-zero "
                    + "packet identifier; it carried 0", e));
        }
        if (aspect.identifier && p.qos() > 0 && holder != null) {
            return Optional.of(new Finding(requirement, "expected " + what + " to carry a packet identifier not in use; "
                    + p.packetId() + " still belonged to \"" + DeliveryCheck.payloadOf(holder) + "\", which the subscriber "
                    + "had not finished acknowledging", List.of(holder, e)));
        }
        return Optional.empty();
    }
}
