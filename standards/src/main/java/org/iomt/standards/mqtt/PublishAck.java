package org.iomt.standards.mqtt;

import java.util.Objects;

/**
 * PUBACK, PUBREC, PUBREL or PUBCOMP (MQTT 3.1.1 §3.4-3.7, MQTT 5.0 §3.4-3.7). In 5.0 the reason code and
 * properties may be left off the wire when the reason is 0 and there are no properties; the encoder does so.
 */
public record PublishAck(PacketType type, int flags, int packetId, int reasonCode, MqttProperties properties) implements MqttPacket {

    public PublishAck {
        Objects.requireNonNull(type, "type");
        if (type != PacketType.PUBACK && type != PacketType.PUBREC && type != PacketType.PUBREL && type != PacketType.PUBCOMP) {
            throw new IllegalArgumentException("not a publish acknowledgement: " + type);
        }
        properties = properties == null ? MqttProperties.EMPTY : properties;
    }

    public static PublishAck puback(int packetId) {
        return new PublishAck(PacketType.PUBACK, 0, packetId, 0, MqttProperties.EMPTY);
    }

    public static PublishAck pubrec(int packetId) {
        return new PublishAck(PacketType.PUBREC, 0, packetId, 0, MqttProperties.EMPTY);
    }

    /** PUBREL with its required fixed-header flags 0b0010. */
    public static PublishAck pubrel(int packetId) {
        return new PublishAck(PacketType.PUBREL, 0b0010, packetId, 0, MqttProperties.EMPTY);
    }

    public static PublishAck pubcomp(int packetId) {
        return new PublishAck(PacketType.PUBCOMP, 0, packetId, 0, MqttProperties.EMPTY);
    }

    public PublishAck withFlags(int newFlags) {
        return new PublishAck(type, newFlags, packetId, reasonCode, properties);
    }

    public PublishAck withReason(int code, MqttProperties props) {
        return new PublishAck(type, flags, packetId, code, props);
    }
}
