package org.iomt.broker.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.List;
import java.util.Optional;

/**
 * A PUBLISH by Topic Alias alone on a client's new connection, the alias set up only on its previous, ended one (MQTT
 * 5.0 §3.3.2.3.4): the mapping ended with that connection, so the broker must not deliver the message on the old
 * topic. It passes when the broker refused the PUBLISH (a DISCONNECT or PUBACK with a failure code, or a close) and the
 * message stayed away from a subscriber that received a later control message.
 */
public final class CarriedAliasCheck {

    /** The first reason code of a failure (MQTT 5.0 §2.4). */
    private static final int FAILURE = 0x80;

    private CarriedAliasCheck() {
    }

    /**
     * @param reconnected everything the client's new connection recorded
     * @param aliased     the PUBLISH sent there by alias alone
     * @param deliveries  what the subscriber to the old topic received
     * @param setUp       the payload of the PUBLISH that set the alias up on the previous connection
     * @param control     the payload of a message published to the topic after the aliased one
     */
    public static Outcome notCarried(String requirement, List<Evidence> reconnected, Evidence aliased, List<Evidence> deliveries,
                                     String setUp, String control) {
        String payload = DeliveryCheck.payloadOf(aliased);
        String on = " on connection " + aliased.connection();
        Optional<Evidence> delivered = DeliveryCheck.find(deliveries, payload);
        if (delivered.isPresent()) {
            return Outcome.judged(List.of(Finding.of(requirement, "expected \"" + payload + "\", published by a Topic Alias"
                    + on + " that only an earlier connection had set up, not to be delivered; connection "
                    + delivered.get().connection() + " received it on \"" + delivered.get().as(Publish.class)
                    .orElseThrow().topic() + "\", so the broker kept the alias mapping past its connection", aliased,
                    delivered.get())), List.of(aliased, delivered.get()));
        }
        if (DeliveryCheck.find(deliveries, setUp).isEmpty()) {
            return Outcome.inconclusive("\"" + setUp + "\", which set the alias up with its topic name, was not delivered to "
                    + "the subscriber either, so its silence proves nothing (" + on.trim() + ")", deliveries);
        }
        Optional<Evidence> controlDelivery = DeliveryCheck.find(deliveries, control);
        if (controlDelivery.isEmpty()) {
            return Outcome.inconclusive("the control message \"" + control + "\", published after the PUBLISH by alias" + on
                    + ", did not reach the subscriber either, so its silence proves nothing", deliveries);
        }
        List<Evidence> after = reconnected.stream().filter(e -> e.seq() > aliased.seq()).toList();
        Optional<Evidence> refusal = after.stream().filter(CarriedAliasCheck::refusal).findFirst();
        if (refusal.isPresent()) {
            return Outcome.judged(List.of(), List.of(aliased, refusal.get(), controlDelivery.get()));
        }
        Optional<Evidence> accepted = after.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(PublishAck.class).isPresent()).findFirst();
        return Outcome.inconclusive(accepted.map(a -> "the broker acknowledged the PUBLISH by an alias it holds no mapping"
                        + " for" + on + " (" + a.decoded() + ") yet delivered it nowhere the subscriber sees; whether it used "
                        + "the ended connection's mapping cannot be told")
                .orElse("the broker neither answered nor refused the PUBLISH by an alias it holds no mapping for" + on),
                accepted.map(a -> List.of(aliased, a)).orElse(List.of(aliased)));
    }

    /** A DISCONNECT or PUBACK with a failure code from the broker, or the broker ending the connection. */
    private static boolean refusal(Evidence e) {
        if (e.direction() == Direction.TRANSPORT) {
            return e.as(ConnectionEnded.class).filter(c -> !c.causedBySuite()).isPresent();
        }
        return e.direction() == Direction.DEVICE_TO_SUITE && (e.as(Disconnect.class).filter(d -> d.reasonCode() >= FAILURE)
                .isPresent() || e.as(PublishAck.class).filter(a -> a.reasonCode() >= FAILURE).isPresent());
    }
}
