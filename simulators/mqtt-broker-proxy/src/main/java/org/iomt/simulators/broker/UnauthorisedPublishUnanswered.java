package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.HashSet;
import java.util.Set;

/**
 * A PUBLISH the broker does not authorise goes unanswered on an open connection: the proxy withholds the broker's
 * PUBACK or PUBREC for a client's PUBLISH to the {@link UnauthorisedTopic}.
 */
final class UnauthorisedPublishUnanswered implements PacketTransform {

    private final Set<Integer> unanswered = new HashSet<>();

    @Override
    public void toBroker(Passage p) {
        p.packet(Publish.class).filter(pub -> pub.qos() > 0 && UnauthorisedTopic.is(pub.topic()))
                .ifPresent(pub -> unanswered.add(pub.packetId()));
    }

    @Override
    public void toClient(Passage p) {
        p.packet(PublishAck.class).filter(a -> (a.type() == PacketType.PUBACK || a.type() == PacketType.PUBREC)
                && unanswered.contains(a.packetId())).ifPresent(a -> {
            unanswered.remove(a.packetId());
            p.drop();
        });
    }
}
