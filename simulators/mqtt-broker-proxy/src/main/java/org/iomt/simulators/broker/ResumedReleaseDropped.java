package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.PublishAck;

import java.util.HashSet;
import java.util.Set;

/**
 * A PUBREL the broker sends for a packet identifier the client has not answered with a PUBREC on this connection
 * (one sent again when a session resumes) never reaches the client.
 */
final class ResumedReleaseDropped implements PacketTransform {

    private final Set<Integer> received = new HashSet<>();

    @Override
    public void toBroker(Passage p) {
        p.packet(PublishAck.class).filter(a -> a.type() == PacketType.PUBREC).ifPresent(a -> received.add(a.packetId()));
    }

    @Override
    public void toClient(Passage p) {
        p.packet(PublishAck.class).filter(a -> a.type() == PacketType.PUBREL && !received.contains(a.packetId()))
                .ifPresent(a -> p.drop());
    }
}
