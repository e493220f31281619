package org.iomt.standards.mqtt;

/** PINGRESP (MQTT 3.1.1 §3.13, MQTT 5.0 §3.13): header only. */
public record PingResp(int flags) implements MqttPacket {
    @Override
    public PacketType type() {
        return PacketType.PINGRESP;
    }
}
