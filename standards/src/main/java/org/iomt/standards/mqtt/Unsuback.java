package org.iomt.standards.mqtt;

import java.util.List;

/** UNSUBACK (MQTT 3.1.1 §3.11, MQTT 5.0 §3.11). In 3.1.1 there is no payload, so properties and reason codes are empty. */
public record Unsuback(int flags, int packetId, MqttProperties properties, List<Integer> reasonCodes) implements MqttPacket {

    public Unsuback {
        properties = properties == null ? MqttProperties.EMPTY : properties;
        reasonCodes = List.copyOf(reasonCodes);
    }

    public static Unsuback of(int packetId, Integer... reasonCodes) {
        return new Unsuback(0, packetId, MqttProperties.EMPTY, List.of(reasonCodes));
    }

    @Override
    public PacketType type() {
        return PacketType.UNSUBACK;
    }
}
