package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Remembers the PUBRECs of 0x80 or above with which the broker refused the client's QoS 2 PUBLISHes; a later QoS 2
 * PUBLISH of the client under a refused packet identifier is answered by the proxy with that PUBREC again, as if it
 * were the refused message, and never reaches the broker.
 */
final class RefusedQos2IdKept implements PacketTransform {

    /** The first reason code that reports a failure (MQTT 5.0 §2.4). */
    private static final int FAILURE = 0x80;

    private final Set<Integer> awaitingPubrec = new HashSet<>();
    private final Map<Integer, PublishAck> refusals = new HashMap<>();

    @Override
    public void toBroker(Passage p) {
        p.packet(Publish.class).filter(pub -> pub.qos() == 2).ifPresent(pub -> {
            PublishAck refusal = refusals.get(pub.packetId());
            if (refusal == null) {
                awaitingPubrec.add(pub.packetId());
            } else {
                p.drop();
                p.answer(refusal);
            }
        });
    }

    @Override
    public void toClient(Passage p) {
        p.packet(PublishAck.class).filter(a -> a.type() == PacketType.PUBREC && awaitingPubrec.remove(a.packetId()))
                .filter(a -> a.reasonCode() >= FAILURE).ifPresent(a -> refusals.put(a.packetId(), a));
    }
}
