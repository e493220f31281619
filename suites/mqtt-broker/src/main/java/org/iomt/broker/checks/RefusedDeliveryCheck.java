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
 * A message the subscriber answered with a PUBACK of reason code 0x80 or above counts as acknowledged: the broker
 * does not send it again when the session resumes. The absence is judged only beside a control message, published
 * after the subscriber came back, that reached it.
 */
public final class RefusedDeliveryCheck {

    /** The lowest reason code that reports a failure (MQTT 5.0 §2.4). */
    private static final int FAILURE = 0x80;

    /**
     * The subscriber's two connections and the messages of the scenario.
     *
     * @param before  every entry of the connection on which the subscriber refused the message, in order
     * @param resumed every entry of the connection that resumed the session, in order
     * @param payload the message the subscriber refused
     * @param control the message published after the subscriber came back
     */
    public record Flow(List<Evidence> before, List<Evidence> resumed, String payload, String control) {
    }

    private RefusedDeliveryCheck() {
    }

    public static Outcome notSentAgain(String requirement, Flow flow) {
        String first = names(flow.before());
        Optional<Evidence> delivery = deliveriesOf(flow.before(), flow.payload()).findFirst();
        if (delivery.isEmpty()) {
            return Outcome.inconclusive("connection " + first + " never received \"" + flow.payload() + "\", so the "
                    + "subscriber refused nothing", flow.before());
        }
        Publish publish = delivery.get().as(Publish.class).orElseThrow();
        if (publish.qos() == 0) {
            return Outcome.inconclusive("the broker sent \"" + flow.payload() + "\" at QoS 0 on connection " + first
                    + ", so no acknowledgement was owed", List.of(delivery.get()));
        }
        Optional<Evidence> refusal = flow.before().stream().filter(e -> e.direction() == Direction.SUITE_TO_DEVICE
                && e.as(PublishAck.class).filter(a -> (a.type() == PacketType.PUBACK || a.type() == PacketType.PUBREC)
                && a.packetId() == publish.packetId() && a.reasonCode() >= FAILURE).isPresent()).findFirst();
        if (refusal.isEmpty()) {
            return Outcome.inconclusive("the subscriber sent no acknowledgement of reason code 0x80 or above for \""
                    + flow.payload() + "\" on connection " + first, List.of(delivery.get()));
        }
        Optional<Evidence> control = deliveriesOf(flow.resumed(), flow.control()).findFirst();
        if (control.isEmpty()) {
            return Outcome.inconclusive("the control message \"" + flow.control() + "\", published after the subscriber "
                    + "came back, never reached connection " + names(flow.resumed()) + ", so what the broker did not send "
                    + "there cannot be judged", flow.resumed());
        }
        List<Evidence> again = deliveriesOf(flow.resumed(), flow.payload()).toList();
        if (again.isEmpty()) {
            return Outcome.judged(List.of(), List.of(delivery.get(), refusal.get(), control.get()));
        }
        List<Evidence> cited = Stream.concat(Stream.of(delivery.get(), refusal.get()), again.stream()).toList();
        return Outcome.judged(List.of(new Finding(requirement, "expected \"" + flow.payload() + "\", which the subscriber "
                + "answered with reason code 0x" + Integer.toHexString(refusal.get().as(PublishAck.class).orElseThrow()
                .reasonCode()) + " on connection " + first + ", to count as acknowledged; the broker sent it again on "
                + "connection " + names(flow.resumed()) + " when the session resumed", cited)), cited);
    }

    private static Stream<Evidence> deliveriesOf(List<Evidence> connection, String payload) {
        return connection.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE && e.as(Publish.class).isPresent()
                && DeliveryCheck.payloadOf(e).equals(payload));
    }

    private static String names(List<Evidence> connection) {
        return String.join(", ", connection.stream().map(Evidence::connection).distinct().toList());
    }
}
