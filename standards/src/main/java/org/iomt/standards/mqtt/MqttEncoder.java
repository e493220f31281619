package org.iomt.standards.mqtt;

import java.util.Objects;

/**
 * Encodes a packet model exactly as given, faults included: flags, reserved bits, levels and QoS values are
 * written raw. Only values that cannot be put on the wire at all (a remaining length or variable byte integer
 * over 268,435,455) are refused with {@link IllegalArgumentException}.
 */
public final class MqttEncoder {

    private MqttEncoder() {
    }

    /**
     * Encodes {@code packet} with the fixed header. For CONNECT the version argument is ignored: properties are
     * written when the packet's protocol level is 5.
     */
    public static byte[] encode(MqttPacket packet, MqttVersion version) {
        Objects.requireNonNull(packet, "packet");
        boolean five = version == MqttVersion.V5_0;
        if (!(packet instanceof Connect)) {
            Objects.requireNonNull(version, "version");
        }
        PacketWriter body = new PacketWriter();
        if (packet instanceof Connect c) {
            connect(body, c);
        } else if (packet instanceof Connack c) {
            body.u8(c.sessionPresent() ? 1 : 0).u8(c.reasonCode());
            if (five) {
                body.properties(c.properties());
            }
        } else if (packet instanceof Publish p) {
            body.utf8(p.topic());
            if (p.qos() > 0) {
                body.u16(p.packetId());
            }
            if (five) {
                body.properties(p.properties());
            }
            body.bytes(p.payload());
        } else if (packet instanceof PublishAck a) {
            body.u16(a.packetId());
            reasonAndProperties(body, five, a.reasonCode(), a.properties());
        } else if (packet instanceof Subscribe s) {
            body.u16(s.packetId());
            if (five) {
                body.properties(s.properties());
            }
            for (Subscription sub : s.subscriptions()) {
                body.utf8(sub.topicFilter()).u8(sub.options());
            }
        } else if (packet instanceof Suback s) {
            body.u16(s.packetId());
            if (five) {
                body.properties(s.properties());
            }
            s.reasonCodes().forEach(body::u8);
        } else if (packet instanceof Unsubscribe u) {
            body.u16(u.packetId());
            if (five) {
                body.properties(u.properties());
            }
            u.topicFilters().forEach(body::utf8);
        } else if (packet instanceof Unsuback u) {
            body.u16(u.packetId());
            if (five) {
                body.properties(u.properties());
                u.reasonCodes().forEach(body::u8);
            }
        } else if (packet instanceof Disconnect d) {
            reasonAndProperties(body, five, d.reasonCode(), d.properties());
        } else if (packet instanceof Auth a) {
            reasonAndProperties(body, true, a.reasonCode(), a.properties());
        }
        // PINGREQ and PINGRESP have no body
        byte[] b = body.toByteArray();
        return new PacketWriter()
                .u8((packet.type().code() << 4) | (packet.flags() & 0x0F))
                .vbi(b.length)
                .bytes(b)
                .toByteArray();
    }

    private static void connect(PacketWriter body, Connect c) {
        boolean five = c.protocolLevel() == 5;
        body.utf8(c.protocolName()).u8(c.protocolLevel()).u8(c.connectFlags()).u16(c.keepAlive());
        if (five) {
            body.properties(c.properties());
        }
        body.utf8(c.clientId());
        if (c.willFlag()) {
            if (five) {
                body.properties(c.willProperties());
            }
            if (c.willTopic() != null) {
                body.utf8(c.willTopic());
            }
            if (c.willPayload() != null) {
                body.binary(c.willPayload());
            }
        }
        if (c.usernameFlag() && c.username() != null) {
            body.utf8(c.username());
        }
        if (c.passwordFlag() && c.password() != null) {
            body.binary(c.password());
        }
    }

    /** MQTT 5.0 short forms: omit both when reason 0 and no properties, omit properties when there are none. */
    private static void reasonAndProperties(PacketWriter body, boolean five, int reason, MqttProperties props) {
        if (!five || (reason == 0 && props.isEmpty())) {
            return;
        }
        body.u8(reason);
        if (!props.isEmpty()) {
            body.properties(props);
        }
    }
}
