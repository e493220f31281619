package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Subscribe;

import java.util.HashSet;
import java.util.Set;

/**
 * A member of a Shared Subscription that comes back to its session never gets the delivery its lost connection left
 * unfinished: on a connection that resumes the session of a client identifier that joined a {@code $share/}
 * subscription, the proxy drops every PUBLISH the broker sends again (DUP 1) and finishes its flow with the broker
 * itself (PUBACK; or PUBREC, then PUBCOMP for the broker's PUBREL).
 */
final class SharedResendWithheld implements PacketTransform {

    private final SharedMembersByClient shared;
    private final Set<Integer> released = new HashSet<>();
    private Connect connect;

    SharedResendWithheld(SharedMembersByClient shared) {
        this.shared = shared;
    }

    @Override
    public void toBroker(Passage p) {
        p.packet(Connect.class).ifPresent(c -> connect = c);
        p.packet(Subscribe.class).ifPresent(s -> shared.subscribed(connect, s));
    }

    @Override
    public void toClient(Passage p) {
        if (connect == null || connect.cleanStart() || !shared.isMember(connect)) {
            return;
        }
        p.packet(Publish.class).filter(pub -> pub.dup() == 1 && pub.qos() > 0).ifPresent(pub -> {
            p.drop();
            if (pub.qos() == 1) {
                p.answer(PublishAck.puback(pub.packetId()));
            } else {
                released.add(pub.packetId());
                p.answer(PublishAck.pubrec(pub.packetId()));
            }
        });
        p.packet(PublishAck.class).filter(a -> a.type() == PacketType.PUBREL && released.contains(a.packetId())).ifPresent(a -> {
            released.remove(a.packetId());
            p.drop();
            p.answer(PublishAck.pubcomp(a.packetId()));
        });
    }
}
