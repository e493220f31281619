package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A PUBLISH that reuses the packet identifier of a flow the broker had completed (PUBACK or PUBCOMP sent) is a new
 * message and reaches subscribers; its absence is judged only beside a control message, published after it under a
 * fresh identifier, that the subscriber received.
 */
public final class ReusedIdentifierCheck {

    private ReusedIdentifierCheck() {
    }

    /**
     * @param first      the first PUBLISH under the identifier
     * @param reuse      the later PUBLISH under the same identifier
     * @param publisher  every entry of the publisher's connection, in order
     * @param deliveries what the subscriber received on the topic
     * @param control    the payload of the control message
     * @param bound      how long the suite waited for each answer
     */
    public static Outcome deliveredAsNew(String requirement, Evidence first, Evidence reuse, List<Evidence> publisher,
                                         List<Evidence> deliveries, String control, Duration bound) {
        Publish firstPublish = first.as(Publish.class).orElseThrow();
        int id = firstPublish.packetId();
        PacketType end = firstPublish.qos() == 1 ? PacketType.PUBACK : PacketType.PUBCOMP;
        Optional<Evidence> completed = publisher.stream().filter(e -> e.seq() > first.seq() && e.seq() < reuse.seq()
                && e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(PublishAck.class).filter(a -> a.type() == end && a.packetId() == id).isPresent()).findFirst();
        if (completed.isEmpty()) {
            return Outcome.inconclusive("the broker sent no " + end + " for the first PUBLISH under packet identifier " + id
                    + " on connection " + first.connection() + " within " + bound.toMillis() + " ms, so the identifier was "
                    + "never free to reuse", List.of(first));
        }
        String subscriber = String.join(", ", deliveries.stream().map(Evidence::connection).distinct().toList());
        Optional<Evidence> controlSeen = find(deliveries, control);
        Optional<Evidence> firstSeen = find(deliveries, DeliveryCheck.payloadOf(first));
        if (controlSeen.isEmpty() || firstSeen.isEmpty()) {
            return Outcome.inconclusive("the subscriber " + (subscriber.isEmpty() ? "" : "(connection " + subscriber + ") ")
                    + "did not receive " + (firstSeen.isEmpty() ? "the first reading" : "the control reading published after "
                    + "the reuse") + " within " + bound.toMillis() + " ms, so a missing second reading shows nothing",
                    deliveries.isEmpty() ? List.of(first, completed.get(), reuse) : deliveries);
        }
        String payload = DeliveryCheck.payloadOf(reuse);
        Optional<Evidence> reuseSeen = find(deliveries, payload);
        List<Evidence> judged = new ArrayList<>(List.of(first, completed.get(), reuse, firstSeen.get(), controlSeen.get()));
        if (reuseSeen.isEmpty()) {
            return Outcome.judged(List.of(new Finding(requirement, "expected \"" + payload + "\", published on connection "
                    + reuse.connection() + " under packet identifier " + id + " after the broker's " + end + " had completed "
                    + "the flow of that identifier, to reach the subscriber as a new message; connection " + subscriber
                    + " received the first reading and the control reading but not it", judged)), judged);
        }
        judged.add(reuseSeen.get());
        return Outcome.judged(List.of(), judged);
    }

    private static Optional<Evidence> find(List<Evidence> deliveries, String payload) {
        return deliveries.stream().filter(e -> DeliveryCheck.payloadOf(e).equals(payload)).findFirst();
    }
}
