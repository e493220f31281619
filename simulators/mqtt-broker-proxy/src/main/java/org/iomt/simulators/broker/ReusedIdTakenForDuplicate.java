package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.HashSet;
import java.util.Set;

/**
 * Remembers the packet identifiers whose flow the broker completed for the client (its PUBACK or PUBCOMP); a later
 * QoS 1 or 2 PUBLISH of the client under one of them is answered by the proxy (PUBACK, or PUBREC and then PUBCOMP
 * for the client's PUBREL) and never reaches the broker.
 */
final class ReusedIdTakenForDuplicate implements PacketTransform {

    private final Set<Integer> completed = new HashSet<>();
    private final Set<Integer> swallowedAtQos2 = new HashSet<>();

    @Override
    public void toClient(Passage p) {
        p.packet(PublishAck.class).filter(a -> a.type() == PacketType.PUBACK || a.type() == PacketType.PUBCOMP)
                .ifPresent(a -> completed.add(a.packetId()));
    }

    @Override
    public void toBroker(Passage p) {
        p.packet(Publish.class).filter(pub -> pub.qos() > 0 && completed.contains(pub.packetId())).ifPresent(pub -> {
            p.drop();
            if (pub.qos() == 1) {
                p.answer(PublishAck.puback(pub.packetId()));
            } else {
                swallowedAtQos2.add(pub.packetId());
                p.answer(PublishAck.pubrec(pub.packetId()));
            }
        });
        p.packet(PublishAck.class).filter(a -> a.type() == PacketType.PUBREL && swallowedAtQos2.remove(a.packetId())).ifPresent(a -> {
            p.drop();
            p.answer(PublishAck.pubcomp(a.packetId()));
        });
    }
}
