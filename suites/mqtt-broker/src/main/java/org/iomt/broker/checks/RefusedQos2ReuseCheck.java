package org.iomt.broker.checks;

import org.iomt.core.model.ConnectionEnded;
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
 * A broker that refused a QoS 2 PUBLISH with a PUBREC of 0x80 or above takes a later QoS 2 PUBLISH under the same
 * packet identifier as a new message: it accepts it (a PUBREC below 0x80) and delivers it, judged beside an earlier
 * message on the same topic that it accepted and delivered.
 */
public final class RefusedQos2ReuseCheck {

    /** The lowest reason code that reports a failure (MQTT 5.0 §2.4). */
    private static final int FAILURE = 0x80;

    private RefusedQos2ReuseCheck() {
    }

    /**
     * @param control     the client's QoS 2 PUBLISH, under a fresh identifier, to the topic the reused one goes to
     * @param refused     the client's QoS 2 PUBLISH to the topic the broker does not authorise it to publish to
     * @param reused      the client's later QoS 2 PUBLISH under the refused one's identifier, if it was sent
     * @param connection  every entry of the client's connection, in order
     * @param deliveries  what the subscriber to the control's topic received
     * @param bound       how long the suite waited for each answer
     */
    public static Outcome takenAsNew(String requirement, Evidence control, Evidence refused, Optional<Evidence> reused,
                                     List<Evidence> connection, List<Evidence> deliveries, Duration bound) {
        String name = refused.connection();
        int id = packetId(refused);
        Optional<Evidence> controlAnswer = pubrec(connection, control);
        if (controlAnswer.isEmpty() || code(controlAnswer.get()) >= FAILURE || !delivered(deliveries, control)) {
            return Outcome.inconclusive("the broker did not accept and deliver a QoS 2 reading (packet identifier "
                    + packetId(control) + ") to an authorised topic on connection " + name + " within " + bound.toMillis()
                    + " ms, so whether it takes a later one as new cannot be judged", with(connection, deliveries));
        }
        Optional<Evidence> refusal = pubrec(connection, refused);
        if (refusal.isEmpty()) {
            return closedAfter(connection, refused)
                    .map(closed -> Outcome.notApplicable("the broker closed connection " + name + " after the QoS 2 PUBLISH "
                            + "to the unauthorised topic (packet identifier " + id + ") without a PUBREC, so no PUBREC of 0x80 "
                            + "or above arose", List.of(refused, closed)))
                    .orElseGet(() -> Outcome.inconclusive("no PUBREC for the QoS 2 PUBLISH to the unauthorised topic (packet "
                            + "identifier " + id + ") came on connection " + name + " within " + bound.toMillis() + " ms",
                            connection));
        }
        if (code(refusal.get()) < FAILURE) {
            return Outcome.notApplicable("the broker accepted the QoS 2 PUBLISH to the unauthorised topic on connection " + name
                    + " with PUBREC " + hex(code(refusal.get())) + " (packet identifier " + id + "), a success code, so no "
                    + "PUBREC of 0x80 or above arose", List.of(refused, refusal.get()));
        }
        if (reused.isEmpty()) {
            return Outcome.inconclusive("connection " + name + " ended before a reading could be published under packet "
                    + "identifier " + id + " again", connection);
        }
        Evidence again = reused.get();
        Optional<Evidence> answer = pubrec(connection, again);
        if (answer.isEmpty()) {
            return Outcome.inconclusive("the broker did not answer the QoS 2 PUBLISH that reused packet identifier " + id
                    + " of the refused one on connection " + name + " within " + bound.toMillis() + " ms", connection);
        }
        List<Evidence> judged = List.of(control, controlAnswer.get(), refused, refusal.get(), again, answer.get());
        if (code(answer.get()) >= FAILURE) {
            return Outcome.judged(List.of(new Finding(requirement, "expected the QoS 2 PUBLISH to the authorised topic under "
                    + "packet identifier " + id + " on connection " + name + ", sent after the broker refused the one to the "
                    + "unauthorised topic with PUBREC " + hex(code(refusal.get())) + ", to be taken as a new message as the "
                    + "earlier reading to that topic was; the broker answered it with PUBREC " + hex(code(answer.get())), judged)),
                    judged);
        }
        if (!delivered(deliveries, again)) {
            List<Evidence> shown = with(judged, deliveries);
            return Outcome.judged(List.of(new Finding(requirement, "expected the QoS 2 reading \"" + DeliveryCheck.payloadOf(again)
                    + "\" under packet identifier " + id + " on connection " + name + ", accepted with PUBREC "
                    + hex(code(answer.get())) + ", to reach the subscriber as the earlier reading to its topic did; it did not "
                    + "arrive within " + bound.toMillis() + " ms, as if it were the refused message again", shown)), shown);
        }
        return Outcome.judged(List.of(), with(judged, deliveries));
    }

    private static Optional<Evidence> pubrec(List<Evidence> connection, Evidence publish) {
        int id = packetId(publish);
        return connection.stream().filter(e -> e.seq() > publish.seq() && e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBREC && a.packetId() == id).isPresent()).findFirst();
    }

    private static Optional<Evidence> closedAfter(List<Evidence> connection, Evidence publish) {
        return connection.stream().filter(e -> e.seq() > publish.seq()
                && e.as(ConnectionEnded.class).filter(c -> !c.causedBySuite()).isPresent()).findFirst();
    }

    private static boolean delivered(List<Evidence> deliveries, Evidence publish) {
        String payload = DeliveryCheck.payloadOf(publish);
        return deliveries.stream().anyMatch(e -> DeliveryCheck.payloadOf(e).equals(payload));
    }

    private static int packetId(Evidence publish) {
        return publish.as(Publish.class).orElseThrow().packetId();
    }

    private static int code(Evidence ack) {
        return ack.as(PublishAck.class).orElseThrow().reasonCode();
    }

    private static String hex(int code) {
        return String.format("0x%02X", code);
    }

    private static List<Evidence> with(List<Evidence> first, List<Evidence> second) {
        List<Evidence> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
