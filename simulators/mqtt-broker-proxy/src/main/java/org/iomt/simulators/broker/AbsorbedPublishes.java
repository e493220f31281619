package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Client PUBLISHes of one kind that never reach the broker: the proxy acknowledges them as a broker would (PUBACK at
 * QoS 1; PUBREC, then PUBCOMP for the client's PUBREL, at QoS 2), so the client cannot tell.
 */
final class AbsorbedPublishes implements PacketTransform {

    private final Predicate<Publish> absorbs;
    private final Set<Integer> awaitingRelease = new HashSet<>();

    AbsorbedPublishes(Predicate<Publish> absorbs) {
        this.absorbs = absorbs;
    }

    @Override
    public void toBroker(Passage p) {
        p.packet(Publish.class).filter(absorbs).ifPresent(pub -> {
            p.drop();
            if (pub.qos() == 1) {
                p.answer(PublishAck.puback(pub.packetId()));
            } else if (pub.qos() == 2) {
                p.answer(PublishAck.pubrec(pub.packetId()));
                awaitingRelease.add(pub.packetId());
            }
        });
        p.packet(PublishAck.class).filter(ack -> ack.type() == PacketType.PUBREL).ifPresent(rel -> {
            if (awaitingRelease.remove(rel.packetId())) {
                p.drop();
                p.answer(PublishAck.pubcomp(rel.packetId()));
            }
        });
    }
}
