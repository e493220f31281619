package org.iomt.standards.mqtt;

/**
 * DISCONNECT (MQTT 3.1.1 §3.14, MQTT 5.0 §3.14). In 3.1.1 it is header only (reason 0, no properties); in 5.0
 * the reason code and properties may be left off, and the encoder uses the shortest form that keeps the values.
 */
public record Disconnect(int flags, int reasonCode, MqttProperties properties) implements MqttPacket {

    public Disconnect {
        properties = properties == null ? MqttProperties.EMPTY : properties;
    }

    /** A normal disconnection: flags 0, reason 0, no properties. */
    public static Disconnect normal() {
        return new Disconnect(0, 0, MqttProperties.EMPTY);
    }

    @Override
    public PacketType type() {
        return PacketType.DISCONNECT;
    }
}
