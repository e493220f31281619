package org.iomt.standards.mqtt;

import java.util.Arrays;
import java.util.Objects;

/**
 * PUBLISH (MQTT 3.1.1 §3.3, MQTT 5.0 §3.3). DUP, QoS and RETAIN live only in {@code flags}; the packet
 * identifier is on the wire only when the QoS taken from the flags is above 0. The payload is not copied.
 */
public record Publish(int flags, String topic, int packetId, MqttProperties properties, byte[] payload) implements MqttPacket {

    public Publish {
        Objects.requireNonNull(topic, "topic");
        properties = properties == null ? MqttProperties.EMPTY : properties;
        payload = payload == null ? new byte[0] : payload;
    }

    /** A PUBLISH with DUP 0 and no properties. */
    public static Publish of(String topic, int qos, boolean retain, int packetId, byte[] payload) {
        return new Publish(((qos & 3) << 1) | (retain ? 1 : 0), topic, packetId, MqttProperties.EMPTY, payload);
    }

    @Override
    public PacketType type() {
        return PacketType.PUBLISH;
    }

    /** The DUP bit, 0 or 1. */
    public int dup() {
        return (flags >> 3) & 1;
    }

    /** The two QoS bits, 0 to 3. */
    public int qos() {
        return (flags >> 1) & 3;
    }

    /** The RETAIN bit. */
    public boolean retain() {
        return (flags & 1) != 0;
    }

    public Publish withFlags(int newFlags) {
        return new Publish(newFlags, topic, packetId, properties, payload);
    }

    public Publish withDup(boolean dup) {
        return withFlags(dup ? flags | 0x08 : flags & ~0x08);
    }

    public Publish withProperties(MqttProperties props) {
        return new Publish(flags, topic, packetId, props, payload);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Publish p && flags == p.flags && topic.equals(p.topic) && packetId == p.packetId
                && properties.equals(p.properties) && Arrays.equals(payload, p.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(flags, topic, packetId, properties, Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return MqttPackets.describe(this);
    }
}
