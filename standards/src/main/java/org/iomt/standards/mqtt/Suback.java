package org.iomt.standards.mqtt;

import java.util.List;

/** SUBACK (MQTT 3.1.1 §3.9, MQTT 5.0 §3.9): one return or reason code per requested subscription. */
public record Suback(int flags, int packetId, MqttProperties properties, List<Integer> reasonCodes) implements MqttPacket {

    public Suback {
        properties = properties == null ? MqttProperties.EMPTY : properties;
        reasonCodes = List.copyOf(reasonCodes);
    }

    public static Suback of(int packetId, Integer... reasonCodes) {
        return new Suback(0, packetId, MqttProperties.EMPTY, List.of(reasonCodes));
    }

    @Override
    public PacketType type() {
        return PacketType.SUBACK;
    }
}
