package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Topics;
import org.iomt.standards.mqtt.Unsubscribe;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An UNSUBSCRIBE abandons the QoS 1 deliveries already under way for its filters: the proxy acknowledges to the
 * broker every QoS 1 PUBLISH the client has not acknowledged yet whose topic an unsubscribed filter matches, so the
 * broker never sends it again, and swallows the client's own PUBACK for it should one come.
 */
final class UnsubscribeDropsInFlight implements PacketTransform {

    /** The topic of each QoS 1 PUBLISH delivered to the client and not yet acknowledged, by packet identifier. */
    private final Map<Integer, String> unacknowledged = new LinkedHashMap<>();
    /** Packet identifiers the proxy acknowledged on the client's behalf, whose PUBACK from the client is swallowed. */
    private final Set<Integer> abandoned = new HashSet<>();

    @Override
    public void toClient(Passage p) {
        p.packet(Publish.class).filter(pub -> pub.qos() == 1).ifPresent(pub -> unacknowledged.put(pub.packetId(), pub.topic()));
    }

    @Override
    public void toBroker(Passage p) {
        p.packet(PublishAck.class).filter(ack -> ack.type() == PacketType.PUBACK).ifPresent(ack -> {
            unacknowledged.remove(ack.packetId());
            if (abandoned.remove(ack.packetId())) {
                p.drop();
            }
        });
        p.packet(Unsubscribe.class).ifPresent(u -> unacknowledged.entrySet().removeIf(e -> {
            boolean matched = u.topicFilters().stream().anyMatch(f -> Topics.matches(f, e.getValue()));
            if (matched) {
                p.alsoForward(PublishAck.puback(e.getKey()));
                abandoned.add(e.getKey());
            }
            return matched;
        }));
    }
}
