package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A QoS 2 message the broker was sending when its subscriber's connection ended, judged on what the broker sent when
 * the session resumed: the PUBLISH again while no PUBREC had come, the PUBREL again (and not the PUBLISH) once the
 * PUBREC had come and the PUBCOMP had not. What did not come is judged only beside a control message, published after
 * the subscriber came back, that reached it.
 */
public final class ResumedQos2Check {

    /**
     * The subscriber's two connections and the messages of the scenario.
     *
     * @param before  every entry of the connection that ended in the middle of the flow, in order
     * @param resumed every entry of the connection that resumed the session, in order
     * @param payload the QoS 2 message whose flow was cut
     * @param control the message published after the subscriber came back
     */
    public record Flow(List<Evidence> before, List<Evidence> resumed, String payload, String control) {
    }

    private ResumedQos2Check() {
    }

    /** With no PUBREC sent, the broker sent the PUBLISH again under its packet identifier. */
    public static Outcome publishResent(String requirement, Flow flow) {
        Optional<Outcome> unmet = sentAtQos2(flow).or(() -> controlMissing(flow));
        if (unmet.isPresent()) {
            return unmet.get();
        }
        Evidence delivery = delivery(flow).orElseThrow();
        int id = idOf(delivery);
        Optional<Evidence> pubrec = fromSubscriber(flow.before(), PacketType.PUBREC, id);
        if (pubrec.isPresent()) {
            return Outcome.inconclusive("the subscriber acknowledged \"" + flow.payload() + "\" with a PUBREC on connection "
                    + names(flow.before()) + ", so nothing was left unacknowledged to send again", List.of(delivery, pubrec.get()));
        }
        Evidence control = control(flow).orElseThrow();
        Optional<Evidence> again = deliveriesOf(flow.resumed(), flow.payload()).findFirst();
        if (again.isEmpty()) {
            return Outcome.judged(List.of(new Finding(requirement, "expected \"" + flow.payload() + "\" (packet identifier " + id
                    + "), sent at QoS 2 on connection " + names(flow.before()) + " and never acknowledged, to be sent again when "
                    + "the session resumed on connection " + names(flow.resumed()) + "; the control message came there, it did "
                    + "not", List.of(delivery, control))), List.of(delivery, control));
        }
        int resentId = idOf(again.get());
        List<Finding> findings = resentId == id ? List.of() : List.of(new Finding(requirement, "expected \"" + flow.payload()
                + "\" to be sent again on connection " + names(flow.resumed()) + " under its packet identifier " + id
                + "; it came under " + resentId, List.of(delivery, again.get())));
        return Outcome.judged(findings, List.of(delivery, again.get()));
    }

    /** With the PUBREC sent and no PUBCOMP, the broker sent the PUBREL again under the message's packet identifier. */
    public static Outcome releaseResent(String requirement, Flow flow) {
        Optional<Outcome> unmet = released(flow).or(() -> controlMissing(flow));
        if (unmet.isPresent()) {
            return unmet.get();
        }
        Evidence release = release(flow).orElseThrow();
        int id = idOf(release);
        Evidence control = control(flow).orElseThrow();
        Optional<Evidence> again = fromBroker(flow.resumed(), PacketType.PUBREL, id);
        if (again.isPresent()) {
            return Outcome.judged(List.of(), List.of(release, again.get()));
        }
        return Outcome.judged(List.of(new Finding(requirement, "expected the PUBREL of packet identifier " + id + " (\""
                + flow.payload() + "\"), sent on connection " + names(flow.before()) + " and never completed with a PUBCOMP, "
                + "to be sent again when the session resumed on connection " + names(flow.resumed()) + "; the control "
                + "message came there, the PUBREL did not", List.of(release, control))), List.of(release, control));
    }

    /**
     * Once it had sent the PUBREL, the broker did not send the PUBLISH again when the session resumed: neither the
     * message nor any PUBLISH under its packet identifier before the subscriber completed the flow (after that, the
     * identifier is free for a new message).
     */
    public static Outcome publishNotResentAfterRelease(String requirement, Flow flow) {
        Optional<Outcome> unmet = released(flow).or(() -> controlMissing(flow));
        if (unmet.isPresent()) {
            return unmet.get();
        }
        Evidence release = release(flow).orElseThrow();
        int id = idOf(release);
        Evidence control = control(flow).orElseThrow();
        long completed = fromSubscriber(flow.resumed(), PacketType.PUBCOMP, id).map(Evidence::seq).orElse(Long.MAX_VALUE);
        List<Evidence> resent = flow.resumed().stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Publish.class).filter(p -> p.qos() > 0 && p.packetId() == id && e.seq() < completed
                        || DeliveryCheck.payloadOf(e).equals(flow.payload())).isPresent()).toList();
        if (resent.isEmpty()) {
            return Outcome.judged(List.of(), List.of(release, control));
        }
        List<Evidence> cited = Stream.concat(Stream.of(release), resent.stream()).toList();
        return Outcome.judged(List.of(new Finding(requirement, "expected no PUBLISH of \"" + flow.payload() + "\" (packet "
                + "identifier " + id + ") after the broker released it with a PUBREL on connection " + names(flow.before())
                + "; connection " + names(flow.resumed()) + " received " + resent.size() + " after the session resumed",
                cited)), cited);
    }

    private static Optional<Outcome> sentAtQos2(Flow flow) {
        Optional<Outcome> belowGrant = FirstDeliveryCheck.grantedBelow(flow.before(), 2);
        if (belowGrant.isPresent()) {
            return belowGrant;
        }
        Optional<Evidence> delivery = delivery(flow);
        if (delivery.isEmpty()) {
            return Optional.of(Outcome.inconclusive("connection " + names(flow.before()) + " never received \"" + flow.payload()
                    + "\" before it ended, so no QoS 2 flow of the broker's was cut", flow.before()));
        }
        int qos = delivery.get().as(Publish.class).orElseThrow().qos();
        return qos == 2 ? Optional.empty() : Optional.of(Outcome.inconclusive("the broker sent \"" + flow.payload() + "\" at QoS "
                + qos + " on connection " + names(flow.before()) + ", so it opened no QoS 2 flow", List.of(delivery.get())));
    }

    private static Optional<Outcome> released(Flow flow) {
        Optional<Outcome> unmet = sentAtQos2(flow);
        if (unmet.isPresent()) {
            return unmet;
        }
        Evidence delivery = delivery(flow).orElseThrow();
        if (release(flow).isEmpty()) {
            return Optional.of(Outcome.inconclusive("the broker sent no PUBREL for \"" + flow.payload() + "\" (packet identifier "
                    + idOf(delivery) + ") on connection " + names(flow.before()) + " after the subscriber's PUBREC, so no release "
                    + "was left uncompleted", flow.before()));
        }
        return Optional.empty();
    }

    private static Optional<Outcome> controlMissing(Flow flow) {
        return control(flow).isPresent() ? Optional.empty() : Optional.of(Outcome.inconclusive("the control message \""
                + flow.control() + "\", published after the subscriber came back, never reached connection "
                + names(flow.resumed()) + ", so what the broker did not send there cannot be judged", flow.resumed()));
    }

    private static Optional<Evidence> delivery(Flow flow) {
        return deliveriesOf(flow.before(), flow.payload()).findFirst();
    }

    private static Optional<Evidence> control(Flow flow) {
        return deliveriesOf(flow.resumed(), flow.control()).findFirst();
    }

    /** The broker's PUBREL on the first connection, after the subscriber's PUBREC for the message. */
    private static Optional<Evidence> release(Flow flow) {
        return delivery(flow).flatMap(d -> fromSubscriber(flow.before(), PacketType.PUBREC, idOf(d)))
                .flatMap(rec -> fromBroker(flow.before().stream().filter(e -> e.seq() > rec.seq()).toList(), PacketType.PUBREL,
                        rec.as(PublishAck.class).orElseThrow().packetId()));
    }

    private static Stream<Evidence> deliveriesOf(List<Evidence> connection, String payload) {
        return connection.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE && e.as(Publish.class).isPresent()
                && DeliveryCheck.payloadOf(e).equals(payload));
    }

    private static Optional<Evidence> fromSubscriber(List<Evidence> connection, PacketType type, int id) {
        return acknowledgement(connection, Direction.SUITE_TO_DEVICE, type, id);
    }

    private static Optional<Evidence> fromBroker(List<Evidence> connection, PacketType type, int id) {
        return acknowledgement(connection, Direction.DEVICE_TO_SUITE, type, id);
    }

    private static Optional<Evidence> acknowledgement(List<Evidence> connection, Direction direction, PacketType type, int id) {
        return connection.stream().filter(e -> e.direction() == direction
                && e.as(PublishAck.class).filter(a -> a.type() == type && a.packetId() == id).isPresent()).findFirst();
    }

    private static int idOf(Evidence e) {
        return e.as(Publish.class).map(Publish::packetId).orElseGet(() -> e.as(PublishAck.class).orElseThrow().packetId());
    }

    private static String names(List<Evidence> connection) {
        return String.join(", ", connection.stream().map(Evidence::connection).distinct().toList());
    }
}
