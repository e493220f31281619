package org.iomt.standards.mqtt;

/** AUTH, MQTT 5.0 only (MQTT 5.0 §3.15); reason code and properties may be left off when the reason is 0 and there are none. */
public record Auth(int flags, int reasonCode, MqttProperties properties) implements MqttPacket {

    public Auth {
        properties = properties == null ? MqttProperties.EMPTY : properties;
    }

    @Override
    public PacketType type() {
        return PacketType.AUTH;
    }
}
