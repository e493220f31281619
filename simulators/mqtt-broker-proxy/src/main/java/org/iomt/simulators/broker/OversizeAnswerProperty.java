package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.StringPair;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Unsuback;

/**
 * Adds a Reason String or a User Property as long as the client's Maximum Packet Size to every CONNACK, SUBACK,
 * UNSUBACK, PUBACK, PUBREC, PUBREL, PUBCOMP and DISCONNECT the broker sends an MQTT 5.0 client that announced one, so that each
 * of those answers is larger than the client accepts.
 */
final class OversizeAnswerProperty implements PacketTransform {

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
        p.packet(Connack.class).ifPresent(c -> p.replace(new Connack(c.flags(), c.sessionPresent(), c.reasonCode(),
                grown(c.properties()))));
        p.packet(Suback.class).ifPresent(s -> p.replace(new Suback(s.flags(), s.packetId(), grown(s.properties()),
                s.reasonCodes())));
        p.packet(Unsuback.class).ifPresent(u -> p.replace(new Unsuback(u.flags(), u.packetId(), grown(u.properties()),
                u.reasonCodes())));
        p.packet(PublishAck.class).ifPresent(a -> p.replace(new PublishAck(a.type(), a.flags(), a.packetId(), a.reasonCode(),
                grown(a.properties()))));
        p.packet(Disconnect.class).ifPresent(d -> p.replace(new Disconnect(d.flags(), d.reasonCode(), grown(d.properties()))));
    }

    private MqttProperties grown(MqttProperties properties) {
        String filler = "x".repeat(maximum);
        return properties.with(property, property == MqttPropertyId.USER_PROPERTY ? new StringPair("note", filler) : filler);
    }
}
