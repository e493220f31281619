package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The broker's QoS 1 and QoS 2 PUBLISHes, and its PUBRELs, reach the client under packet identifier 0; the client's
 * PUBACK, PUBREC and PUBCOMP for identifier 0 reach the broker under the identifier of the oldest flow of that kind
 * still open, so the broker's flows still end (a client acknowledges in order).
 */
final class PacketIdZeroOnDelivery implements PacketTransform {

    private final Deque<Integer> awaitingPuback = new ArrayDeque<>();
    private final Deque<Integer> awaitingPubrec = new ArrayDeque<>();
    private final Deque<Integer> awaitingPubcomp = new ArrayDeque<>();

    @Override
    public void toClient(Passage p) {
        p.packet(Publish.class).filter(pub -> pub.qos() > 0).ifPresent(pub -> {
            (pub.qos() == 1 ? awaitingPuback : awaitingPubrec).add(pub.packetId());
            p.replace(new Publish(pub.flags(), pub.topic(), 0, pub.properties(), pub.payload()));
        });
        p.packet(PublishAck.class).filter(a -> a.type() == PacketType.PUBREL).ifPresent(a -> {
            awaitingPubcomp.add(a.packetId());
            p.replace(new PublishAck(a.type(), a.flags(), 0, a.reasonCode(), a.properties()));
        });
    }

    @Override
    public void toBroker(Passage p) {
        p.packet(PublishAck.class).filter(a -> a.packetId() == 0).ifPresent(a -> {
            Deque<Integer> open = switch (a.type()) {
                case PUBACK -> awaitingPuback;
                case PUBREC -> awaitingPubrec;
                case PUBCOMP -> awaitingPubcomp;
                default -> new ArrayDeque<>();
            };
            if (!open.isEmpty()) {
                p.replace(new PublishAck(a.type(), a.flags(), open.poll(), a.reasonCode(), a.properties()));
            }
        });
    }
}
