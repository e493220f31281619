package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.time.Duration;
import java.util.List;

/**
 * The broker answered a PUBLISH of QoS 1 or 2 with the acknowledgement its flow prescribes, for the PUBLISH's packet
 * identifier; a PUBCOMP is judged only once a PUBREC opened the flow that it completes.
 */
public final class PublishFlowCheck {

    private PublishFlowCheck() {
    }

    /**
     * @param publish    the PUBLISH the suite sent
     * @param connection every entry of the connection, in order
     * @param answer     PUBACK, PUBREC or PUBCOMP
     * @param bound      how long the suite waited
     */
    public static Outcome acknowledged(String requirement, Evidence publish, List<Evidence> connection, PacketType answer,
                                       Duration bound) {
        int id = publish.as(Publish.class).orElseThrow().packetId();
        if (answer == PacketType.PUBCOMP && connection.stream().noneMatch(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBREC && a.packetId() == id).isPresent())) {
            return Outcome.inconclusive("the broker sent no PUBREC for packet identifier " + id
                    + ", so the flow never reached the PUBREL that a PUBCOMP answers", connection);
        }
        return AnswerCheck.judge(requirement, publish, connection, PublishAck.class,
                a -> a.type() == answer && a.packetId() == id, "a " + answer + " for packet identifier " + id, bound);
    }
}
