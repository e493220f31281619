package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.HashSet;
import java.util.Set;

/**
 * A QoS 0 delivery from the broker reaches the client at QoS 1, with a packet identifier the proxy picks from the
 * top of the range down (the broker counts up from 1); the client's PUBACK for it is swallowed, since the broker
 * expects none.
 */
final class QosUpgraded implements PacketTransform {

    private static final int HIGHEST_PACKET_ID = 65_535;

    private final Set<Integer> owed = new HashSet<>();
    private int next = HIGHEST_PACKET_ID;

    @Override
    public void toClient(Passage p) {
        p.packet(Publish.class).filter(pub -> pub.qos() == 0).ifPresent(pub ->
                p.replace(new Publish(pub.flags() | 0b0010, pub.topic(), pickId(), pub.properties(), pub.payload())));
    }

    @Override
    public void toBroker(Passage p) {
        p.packet(PublishAck.class).filter(ack -> ack.type() == PacketType.PUBACK && owed.remove(ack.packetId()))
                .ifPresent(ack -> p.drop());
    }

    private int pickId() {
        while (owed.contains(next)) {
            next = next == 1 ? HIGHEST_PACKET_ID : next - 1;
        }
        int id = next;
        owed.add(id);
        next = next == 1 ? HIGHEST_PACKET_ID : next - 1;
        return id;
    }
}
