package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttPackets;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.StringPair;

import java.util.EnumSet;
import java.util.Set;

/**
 * Adds a Reason String or a User Property as long as the client's Maximum Packet Size to every CONNACK, SUBACK,
 * UNSUBACK, PUBACK, PUBREC, PUBREL, PUBCOMP and DISCONNECT the broker sends an MQTT 5.0 client that announced one, so that each
 * of those answers is larger than the client accepts.
 */
final class OversizeAnswerProperty implements PacketTransform {

    private static final Set<PacketType> ANSWERS = EnumSet.of(PacketType.CONNACK, PacketType.SUBACK, PacketType.UNSUBACK,
            PacketType.PUBACK, PacketType.PUBREC, PacketType.PUBREL, PacketType.PUBCOMP, PacketType.DISCONNECT);

    private final MqttPropertyId property;
    private int maximum;

    /** {@code property} is {@link MqttPropertyId#REASON_STRING} or {@link MqttPropertyId#USER_PROPERTY}. */
    OversizeAnswerProperty(MqttPropertyId property) {
        this.property = property;
    }

    @Override
    public void toBroker(Passage p) {
        p.packet(Connect.class).ifPresent(c -> maximum = c.properties().first(MqttPropertyId.MAXIMUM_PACKET_SIZE)
                .map(MqttProperty::intValue).orElse(0));
    }

    @Override
    public void toClient(Passage p) {
        if (maximum == 0) {
            return;
        }
        p.packet(MqttPacket.class).filter(a -> ANSWERS.contains(a.type()))
                .ifPresent(a -> p.replace(MqttPackets.withProperties(a, grown(MqttPackets.properties(a)))));
    }

    private MqttProperties grown(MqttProperties properties) {
        String filler = "x".repeat(maximum);
        return properties.with(property, property == MqttPropertyId.USER_PROPERTY ? new StringPair("note", filler) : filler);
    }
}
