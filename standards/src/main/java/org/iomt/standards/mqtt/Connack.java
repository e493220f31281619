package org.iomt.standards.mqtt;

/**
 * CONNACK (MQTT 3.1.1 §3.2, MQTT 5.0 §3.2). {@code reasonCode} is the 3.1.1 return code or the 5.0 reason code.
 * The reserved bits of the acknowledge flags byte are not kept.
 */
public record Connack(int flags, boolean sessionPresent, int reasonCode, MqttProperties properties) implements MqttPacket {

    public Connack {
        properties = properties == null ? MqttProperties.EMPTY : properties;
    }

    /** A CONNACK with no properties. */
    public static Connack of(boolean sessionPresent, int reasonCode) {
        return new Connack(0, sessionPresent, reasonCode, MqttProperties.EMPTY);
    }

    @Override
    public PacketType type() {
        return PacketType.CONNACK;
    }
}
