package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Subscribe;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A message a member of a Shared Subscription never acknowledged goes to another member once the member's session
 * has ended: the proxy keeps what a member's connection left unacknowledged when it closed, and when the client
 * identifier connects again and the broker answers Session Present 0, publishes each kept message to the broker at
 * QoS 0 on the new connection, whose fresh session holds no subscription, so the broker hands it to the members left.
 */
final class SharedLossReoffered implements PacketTransform {

    private final SharedMembersByClient shared;
    private final Map<Integer, Publish> unacknowledged = new LinkedHashMap<>();
    private Connect connect;

    SharedLossReoffered(SharedMembersByClient shared) {
        this.shared = shared;
    }

    @Override
    public void toBroker(Passage p) {
        p.packet(Connect.class).ifPresent(c -> connect = c);
        p.packet(Subscribe.class).ifPresent(s -> shared.subscribed(connect, s));
        p.packet(PublishAck.class).filter(a -> a.type() == PacketType.PUBACK || a.type() == PacketType.PUBREC)
                .ifPresent(a -> unacknowledged.remove(a.packetId()));
    }

    @Override
    public void toClient(Passage p) {
        p.packet(Publish.class).filter(pub -> pub.qos() > 0).ifPresent(pub -> unacknowledged.put(pub.packetId(), pub));
        p.packet(Connack.class).filter(c -> c.reasonCode() == 0 && !c.sessionPresent()).ifPresent(c ->
                shared.takeUnacknowledged(connect).forEach(pub -> p.session().send(Direction.TO_BROKER,
                        Publish.of(pub.topic(), 0, false, 0, pub.payload()))));
    }

    @Override
    public void closed() {
        shared.ended(connect, unacknowledged.values());
    }
}
