package org.iomt.standards.mqtt;

/** PINGREQ (MQTT 3.1.1 §3.12, MQTT 5.0 §3.12): header only. */
public record PingReq(int flags) implements MqttPacket {
    @Override
    public PacketType type() {
        return PacketType.PINGREQ;
    }
}
