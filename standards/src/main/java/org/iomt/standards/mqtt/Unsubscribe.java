package org.iomt.standards.mqtt;

import java.util.List;

/** UNSUBSCRIBE (MQTT 3.1.1 §3.10, MQTT 5.0 §3.10); the fixed-header flags should be 0b0010. */
public record Unsubscribe(int flags, int packetId, MqttProperties properties, List<String> topicFilters) implements MqttPacket {

    public Unsubscribe {
        properties = properties == null ? MqttProperties.EMPTY : properties;
        topicFilters = List.copyOf(topicFilters);
    }

    public static Unsubscribe of(int packetId, String... topicFilters) {
        return new Unsubscribe(0b0010, packetId, MqttProperties.EMPTY, List.of(topicFilters));
    }

    @Override
    public PacketType type() {
        return PacketType.UNSUBSCRIBE;
    }
}
