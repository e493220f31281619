package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.HashSet;
import java.util.Set;

/**
 * A client's QoS 2 PUBLISH sent again with DUP 1 while its first copy still awaits the client's PUBREL reaches the
 * broker as a new message, without DUP and under a packet identifier the proxy picks from the top of the range down;
 * the proxy answers the client's repeat with a PUBREC itself, releases the new message at the broker and swallows
 * the broker's PUBREC and PUBCOMP for it.
 */
final class Qos2DuplicateDelivered implements PacketTransform {

    private static final int HIGHEST_PACKET_ID = 65_535;

    /** Packet identifiers of the client's QoS 2 PUBLISHes not yet released by a PUBREL. */
    private final Set<Integer> unreleased = new HashSet<>();
    /** Packet identifiers of the proxy's own flows with the broker. */
    private final Set<Integer> own = new HashSet<>();
    private int next = HIGHEST_PACKET_ID;

    @Override
    public void toBroker(Passage p) {
        p.packet(Publish.class).filter(pub -> pub.qos() == 2).ifPresent(pub -> {
            if (pub.dup() == 1 && unreleased.contains(pub.packetId())) {
                int id = next--;
                own.add(id);
                p.replace(new Publish(pub.flags() & ~0b1000, pub.topic(), id, pub.properties(), pub.payload()));
                p.answer(PublishAck.pubrec(pub.packetId()));
            } else {
                unreleased.add(pub.packetId());
            }
        });
        p.packet(PublishAck.class).filter(a -> a.type() == PacketType.PUBREL).ifPresent(a -> unreleased.remove(a.packetId()));
    }

    @Override
    public void toClient(Passage p) {
        p.packet(PublishAck.class).filter(a -> own.contains(a.packetId())).ifPresent(a -> {
            p.drop();
            if (a.type() == PacketType.PUBREC) {
                p.answer(PublishAck.pubrel(a.packetId()));
            } else if (a.type() == PacketType.PUBCOMP) {
                own.remove(a.packetId());
            }
        });
    }
}
