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
 * A QoS 2 PUBLISH the client sent again (DUP 1, same packet identifier) before releasing it is answered with a
 * PUBREC and reaches subscribers once; "once" is judged only beside a control message, published after the flow
 * was complete, that the subscriber received.
 */
public final class RepeatedQos2Check {

    private RepeatedQos2Check() {
    }

    /**
     * @param first      the client's first PUBLISH
     * @param repeat     the same PUBLISH with DUP 1, sent before the PUBREL
     * @param publisher  every entry of the publisher's connection, in order
     * @param deliveries what the subscriber received on the topic
     * @param control    the payload of the control message
     * @param bound      how long the suite waited for each answer
     */
    public static Outcome receivedOnce(String requirement, Evidence first, Evidence repeat, List<Evidence> publisher,
                                       List<Evidence> deliveries, String control, Duration bound) {
        int id = first.as(Publish.class).orElseThrow().packetId();
        String payload = DeliveryCheck.payloadOf(first);
        Optional<Evidence> firstRec = pubrec(publisher, id, first.seq(), repeat.seq());
        if (firstRec.isEmpty()) {
            return Outcome.inconclusive("the broker sent no PUBREC for the first PUBLISH (packet identifier " + id
                    + ") on connection " + first.connection() + ", so the repeat did not meet a flow in progress",
                    List.of(first, repeat));
        }
        Optional<Evidence> repeatRec = pubrec(publisher, id, repeat.seq(), Long.MAX_VALUE);
        if (repeatRec.isEmpty()) {
            List<Evidence> cited = List.of(first, firstRec.get(), repeat);
            return Outcome.judged(List.of(new Finding(requirement, "expected a PUBREC for packet identifier " + id
                    + " in answer to the PUBLISH sent again with DUP 1 before its PUBREL, on connection " + repeat.connection()
                    + "; none came within " + bound.toMillis() + " ms", cited)), cited);
        }
        String subscriber = String.join(", ", deliveries.stream().map(Evidence::connection).distinct().toList());
        List<Evidence> copies = deliveries.stream().filter(e -> DeliveryCheck.payloadOf(e).equals(payload)).toList();
        Optional<Evidence> controlSeen = deliveries.stream().filter(e -> DeliveryCheck.payloadOf(e).equals(control)).findFirst();
        if (controlSeen.isEmpty()) {
            return Outcome.inconclusive("the subscriber " + (subscriber.isEmpty() ? "" : "(connection " + subscriber + ") ")
                    + "did not receive the control reading published after the flow of packet identifier " + id
                    + " on connection " + first.connection() + " was complete, within " + bound.toMillis()
                    + " ms, so the absence of a second copy shows nothing", deliveries);
        }
        if (copies.isEmpty()) {
            return Outcome.inconclusive("the subscriber (connection " + subscriber + ") received the control reading but "
                    + "not \"" + payload + "\" itself, so how many copies reach subscribers cannot be judged",
                    List.of(first, repeat, controlSeen.get()));
        }
        List<Evidence> judged = new ArrayList<>(List.of(first, firstRec.get(), repeat, repeatRec.get()));
        judged.addAll(copies);
        judged.add(controlSeen.get());
        if (copies.size() > 1) {
            return Outcome.judged(List.of(new Finding(requirement, "expected \"" + payload + "\", sent again with DUP 1 "
                    + "under packet identifier " + id + " before its PUBREL on connection " + first.connection()
                    + ", to reach the subscriber once; connection " + subscriber + " received it " + copies.size()
                    + " times before the control reading", judged)), judged);
        }
        return Outcome.judged(List.of(), judged);
    }

    private static Optional<Evidence> pubrec(List<Evidence> connection, int id, long after, long before) {
        return connection.stream().filter(e -> e.seq() > after && e.seq() < before && e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBREC && a.packetId() == id).isPresent()).findFirst();
    }
}
