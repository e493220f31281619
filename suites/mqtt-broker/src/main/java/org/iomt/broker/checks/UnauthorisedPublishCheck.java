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
import java.util.List;
import java.util.Optional;

/**
 * A QoS 1 PUBLISH the broker does not authorise is answered as any QoS 1 PUBLISH is, with a PUBACK for its packet
 * identifier, or by closing the connection; silence on a connection that stays open is judged only beside a later
 * PUBLISH on an authorised topic that the broker acknowledged.
 */
public final class UnauthorisedPublishCheck {

    private UnauthorisedPublishCheck() {
    }

    /**
     * @param unauthorised the client's PUBLISH to the topic the broker does not authorise it to publish to
     * @param control      the client's later QoS 1 PUBLISH to a topic it may publish to, if the connection was open to send it
     * @param connection   every entry of the client's connection, in order
     * @param bound        how long the suite waited for each answer
     */
    public static Outcome answered(String requirement, Evidence unauthorised, Optional<Evidence> control,
                                   List<Evidence> connection, Duration bound) {
        int id = unauthorised.as(Publish.class).orElseThrow().packetId();
        String name = unauthorised.connection();
        Optional<Evidence> ack = acknowledgement(connection, id, unauthorised.seq());
        if (ack.isPresent()) {
            return Outcome.judged(List.of(), List.of(unauthorised, ack.get()));
        }
        Optional<Evidence> closed = connection.stream().filter(e -> e.seq() > unauthorised.seq()
                && e.as(ConnectionEnded.class).filter(c -> !c.causedBySuite()).isPresent()).findFirst();
        if (closed.isPresent()) {
            return Outcome.judged(List.of(), List.of(unauthorised, closed.get()));
        }
        Optional<Evidence> controlAck = control.flatMap(c -> acknowledgement(connection, c.as(Publish.class).orElseThrow().packetId(),
                c.seq()));
        if (controlAck.isEmpty()) {
            return Outcome.inconclusive("the broker answered neither the PUBLISH to the unauthorised topic (packet identifier "
                    + id + ") nor a later PUBLISH to an authorised topic on connection " + name + " within " + bound.toMillis()
                    + " ms, and kept the connection open, so its silence shows nothing", connection);
        }
        List<Evidence> judged = List.of(unauthorised, control.get(), controlAck.get());
        return Outcome.judged(List.of(new Finding(requirement, "expected a PUBACK for packet identifier " + id + " (a PUBLISH "
                + "the broker does not authorise) or the close of connection " + name + "; neither came within "
                + bound.toMillis() + " ms, while a later PUBLISH to an authorised topic was acknowledged", judged)), judged);
    }

    private static Optional<Evidence> acknowledgement(List<Evidence> connection, int id, long after) {
        return connection.stream().filter(e -> e.seq() > after && e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBACK && a.packetId() == id).isPresent()).findFirst();
    }
}
