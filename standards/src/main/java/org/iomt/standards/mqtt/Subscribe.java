package org.iomt.standards.mqtt;

import java.util.List;

/** SUBSCRIBE (MQTT 3.1.1 §3.8, MQTT 5.0 §3.8); the fixed-header flags should be 0b0010. */
public record Subscribe(int flags, int packetId, MqttProperties properties, List<Subscription> subscriptions) implements MqttPacket {

    public Subscribe {
        properties = properties == null ? MqttProperties.EMPTY : properties;
        subscriptions = List.copyOf(subscriptions);
    }

    /** A SUBSCRIBE with the right flags and no properties. */
    public static Subscribe of(int packetId, Subscription... subscriptions) {
        return new Subscribe(0b0010, packetId, MqttProperties.EMPTY, List.of(subscriptions));
    }

    @Override
    public PacketType type() {
        return PacketType.SUBSCRIBE;
    }
}
