package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.HashSet;
import java.util.Set;

/**
 * The broker's PUBREC for a client's QoS 2 PUBLISH reaches the client as a PUBACK with the same id, reason and
 * properties; the proxy sends the PUBREL the broker waits for itself and swallows the broker's PUBCOMP.
 */
final class Qos2AnsweredWithPuback implements PacketTransform {

    /** The first reason code that reports a failure (MQTT 5.0 §2.4); a failed PUBREC ends the flow. */
    private static final int FAILURE = 0x80;

    private final Set<Integer> sentAtQos2 = new HashSet<>();
    private final Set<Integer> completing = new HashSet<>();

    @Override
    public void toBroker(Passage p) {
        p.packet(Publish.class).filter(pub -> pub.qos() == 2).ifPresent(pub -> sentAtQos2.add(pub.packetId()));
    }

    @Override
    public void toClient(Passage p) {
        p.packet(PublishAck.class).ifPresent(ack -> {
            if (ack.type() == PacketType.PUBREC && sentAtQos2.remove(ack.packetId())) {
                p.replace(new PublishAck(PacketType.PUBACK, 0, ack.packetId(), ack.reasonCode(), ack.properties()));
                if (ack.reasonCode() < FAILURE) {
                    p.answer(PublishAck.pubrel(ack.packetId()));
                    completing.add(ack.packetId());
                }
            } else if (ack.type() == PacketType.PUBCOMP && completing.remove(ack.packetId())) {
                p.drop();
            }
        });
    }
}
