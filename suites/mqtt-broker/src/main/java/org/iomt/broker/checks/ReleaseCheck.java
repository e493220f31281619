package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The broker, sending a message at QoS 2, answers the subscriber's PUBREC with a PUBREL carrying the packet
 * identifier of that PUBLISH; judged only once the broker sent the message at QoS 2 and the subscriber sent its PUBREC,
 * and not applicable when the broker granted the subscription less than QoS 2.
 */
public final class ReleaseCheck {

    private ReleaseCheck() {
    }

    /**
     * @param connection every entry of the subscriber's connection, in order
     * @param payload    the message whose flow is judged
     * @param bound      how long the suite waited for the PUBREL
     */
    public static Outcome releasedUnderItsIdentifier(String requirement, List<Evidence> connection, String payload, Duration bound) {
        Optional<Outcome> belowGrant = FirstDeliveryCheck.grantedBelow(connection, 2);
        if (belowGrant.isPresent()) {
            return belowGrant.get();
        }
        Optional<Evidence> delivery = connection.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Publish.class).isPresent() && DeliveryCheck.payloadOf(e).equals(payload)).findFirst();
        String name = String.join(", ", connection.stream().map(Evidence::connection).distinct().toList());
        if (delivery.isEmpty()) {
            return Outcome.inconclusive("connection " + name + " never received \"" + payload + "\", so no QoS 2 flow "
                    + "of the broker's could be judged", connection);
        }
        Publish publish = delivery.get().as(Publish.class).orElseThrow();
        if (publish.qos() != 2) {
            return Outcome.inconclusive("the broker sent \"" + payload + "\" at QoS " + publish.qos() + " on connection "
                    + name + " (the grant may lower it), so it opened no QoS 2 flow", List.of(delivery.get()));
        }
        int id = publish.packetId();
        Optional<Evidence> pubrec = after(connection, delivery.get()).stream().filter(e -> e.direction() == Direction.SUITE_TO_DEVICE
                && e.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBREC && a.packetId() == id).isPresent()).findFirst();
        if (pubrec.isEmpty()) {
            return Outcome.inconclusive("the subscriber sent no PUBREC for packet identifier " + id + " on connection " + name
                    + ", so the broker owed no PUBREL", List.of(delivery.get()));
        }
        List<Evidence> later = after(connection, pubrec.get());
        Optional<Evidence> pubrel = later.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBREL).isPresent()).findFirst();
        if (pubrel.isPresent() && pubrel.get().as(PublishAck.class).orElseThrow().packetId() == id) {
            return Outcome.judged(List.of(), List.of(delivery.get(), pubrec.get(), pubrel.get()));
        }
        String saw = pubrel.map(e -> "the next PUBREL on connection " + name + " carried packet identifier "
                + e.as(PublishAck.class).orElseThrow().packetId()).orElse("no PUBREL came on connection " + name + " within "
                + bound.toMillis() + " ms" + ConnackCheck.ended(later));
        List<Evidence> cited = pubrel.map(e -> List.of(delivery.get(), pubrec.get(), e)).orElse(List.of(delivery.get(), pubrec.get()));
        return Outcome.judged(List.of(new Finding(requirement, "expected a PUBREL for packet identifier " + id + " of \""
                + payload + "\" after the subscriber's PUBREC; " + saw, cited)), cited);
    }

    private static List<Evidence> after(List<Evidence> connection, Evidence mark) {
        return connection.stream().filter(e -> e.seq() > mark.seq()).toList();
    }
}
