package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.HashSet;
import java.util.Set;

/**
 * A PUBREL the broker sends again when a session resumes (for a packet identifier the client has not answered with a
 * PUBREC on this connection) comes after the QoS 2 PUBLISH it released, sent once more with DUP 1; the client's
 * PUBREC for that copy does not reach the broker, which has moved on to awaiting the PUBCOMP.
 */
final class PublishResentWithRelease implements PacketTransform {

    private final Qos2DeliveriesByClient deliveries;
    private final Set<Integer> received = new HashSet<>();
    private final Set<Integer> copied = new HashSet<>();
    private String clientId = "";

    PublishResentWithRelease(Qos2DeliveriesByClient deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public void toBroker(Passage p) {
        p.packet(Connect.class).ifPresent(c -> clientId = c.clientId());
        p.packet(PublishAck.class).filter(a -> a.type() == PacketType.PUBREC).ifPresent(a -> {
            if (copied.remove(a.packetId())) {
                p.drop();
            } else {
                received.add(a.packetId());
            }
        });
    }

    @Override
    public void toClient(Passage p) {
        p.packet(Publish.class).filter(pub -> pub.qos() == 2).ifPresent(pub -> deliveries.record(clientId, pub));
        p.packet(PublishAck.class).filter(a -> a.type() == PacketType.PUBREL && !received.contains(a.packetId()))
                .ifPresent(release -> deliveries.find(clientId, release.packetId()).ifPresent(pub -> {
                    copied.add(release.packetId());
                    p.replace(pub.withDup(true));
                    p.alsoForward(release);
                }));
    }
}
