package org.iomt.standards.mqtt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decodes one whole MQTT control packet, leniently: reserved bits, odd protocol names and levels, out-of-range
 * QoS in CONNECT and similar faults are kept in the model for checks to judge. It throws only when the frame
 * cannot be decoded: a bad fixed header, a remaining length that disagrees with the frame, a field running past
 * the end, malformed strings, unknown property identifiers, PUBLISH with both QoS bits set, or stray trailing bytes.
 */
public final class MqttDecoder {

    private MqttDecoder() {
    }

    /**
     * Decodes {@code frame} (fixed header included) as a packet of {@code version}. For CONNECT the version
     * argument is ignored: the protocol level inside the packet decides whether properties are present (level 5).
     */
    public static MqttPacket decode(byte[] frame, MqttVersion version) throws MalformedPacketException {
        Objects.requireNonNull(frame, "frame");
        if (frame.length < 2) {
            throw malformed(frame.length, "frame of " + frame.length + " byte(s) is shorter than a fixed header");
        }
        int code = (frame[0] & 0xFF) >> 4;
        int flags = frame[0] & 0x0F;
        PacketType type = PacketType.of(code)
                .orElseThrow(() -> malformed(0, "packet type " + code + " is reserved"));
        int lengthBytes = VariableByteInteger.length(frame, 1, frame.length);
        if (lengthBytes < 0) {
            throw malformed(frame.length, "remaining length runs past the end of the frame");
        }
        int remaining = VariableByteInteger.decode(frame, 1, frame.length);
        int start = 1 + lengthBytes;
        if (remaining != frame.length - start) {
            throw malformed(1, "remaining length is " + remaining + " but " + (frame.length - start)
                    + " byte(s) follow the fixed header");
        }
        if (type == PacketType.CONNECT) {
            return decodeConnect(new PacketReader(frame, start, frame.length, MqttVersion.V3_1_1), frame, flags);
        }
        Objects.requireNonNull(version, "version");
        boolean five = version == MqttVersion.V5_0;
        if (type == PacketType.AUTH && !five) {
            throw malformed(0, "packet type 15 (AUTH) is reserved in MQTT 3.1.1");
        }
        PacketReader in = new PacketReader(frame, start, frame.length, version);
        MqttPacket packet = switch (type) {
            case CONNECT -> throw new IllegalStateException("handled above");
            case CONNACK -> decodeConnack(in, flags, five);
            case PUBLISH -> decodePublish(in, flags, five);
            case PUBACK, PUBREC, PUBREL, PUBCOMP -> decodePublishAck(in, type, flags, five);
            case SUBSCRIBE -> decodeSubscribe(in, flags, five);
            case SUBACK -> new Suback(flags, in.u16("packet identifier"), five ? in.properties("SUBACK") : MqttProperties.EMPTY, codes(in));
            case UNSUBSCRIBE -> decodeUnsubscribe(in, flags, five);
            case UNSUBACK -> decodeUnsuback(in, flags, five);
            case PINGREQ -> new PingReq(flags);
            case PINGRESP -> new PingResp(flags);
            case DISCONNECT -> {
                int[] reason = {0};
                MqttProperties props = reasonAndProperties(in, five, reason, "DISCONNECT");
                yield new Disconnect(flags, reason[0], props);
            }
            case AUTH -> {
                int[] reason = {0};
                MqttProperties props = reasonAndProperties(in, true, reason, "AUTH");
                yield new Auth(flags, reason[0], props);
            }
        };
        in.expectEnd(type.name());
        return packet;
    }

    private static Connect decodeConnect(PacketReader in, byte[] frame, int flags) throws MalformedPacketException {
        int nameAt = in.position();
        byte[] rawName = in.binary("protocol name");
        int level = in.u8("protocol level");
        MqttVersion rules = level == 5 ? MqttVersion.V5_0 : MqttVersion.V3_1_1;
        in.version(rules);
        String name = PacketReader.checkedString(rawName, nameAt + 2, "protocol name", rules);
        int cf = in.u8("connect flags");
        boolean willFlag = (cf & 0x04) != 0;
        boolean usernameFlag = (cf & 0x80) != 0;
        boolean passwordFlag = (cf & 0x40) != 0;
        int keepAlive = in.u16("keep alive");
        boolean five = level == 5;
        MqttProperties props = five ? in.properties("CONNECT") : MqttProperties.EMPTY;
        String clientId = in.utf8("client identifier");
        MqttProperties willProps = MqttProperties.EMPTY;
        String willTopic = null;
        byte[] willPayload = null;
        if (willFlag) {
            willProps = five ? in.properties("will") : MqttProperties.EMPTY;
            willTopic = in.utf8("will topic");
            willPayload = in.binary("will payload");
        }
        String username = usernameFlag ? in.utf8("user name") : null;
        byte[] password = passwordFlag ? in.binary("password") : null;
        in.expectEnd("CONNECT");
        return new Connect(flags, name, level, (cf & 0x01) != 0, (cf & 0x02) != 0, willFlag, (cf >> 3) & 3,
                (cf & 0x20) != 0, usernameFlag, passwordFlag, keepAlive, props, clientId, willProps,
                willTopic, willPayload, username, password);
    }

    private static Connack decodeConnack(PacketReader in, int flags, boolean five) throws MalformedPacketException {
        int ackFlags = in.u8("connect acknowledge flags");
        int reason = in.u8(five ? "reason code" : "return code");
        MqttProperties props = five && in.hasMore() ? in.properties("CONNACK") : MqttProperties.EMPTY;
        return new Connack(flags, (ackFlags & 1) != 0, reason, props);
    }

    private static Publish decodePublish(PacketReader in, int flags, boolean five) throws MalformedPacketException {
        if ((flags & 0x06) == 0x06) {
            throw new MalformedPacketException("MQTT-3.3.1-4", 0, "PUBLISH has both QoS bits set (QoS 3)");
        }
        String topic = in.utf8("topic name");
        int packetId = (flags & 0x06) != 0 ? in.u16("packet identifier") : 0;
        MqttProperties props = five ? in.properties("PUBLISH") : MqttProperties.EMPTY;
        return new Publish(flags, topic, packetId, props, in.rest());
    }

    private static PublishAck decodePublishAck(PacketReader in, PacketType type, int flags, boolean five)
            throws MalformedPacketException {
        int packetId = in.u16("packet identifier");
        int[] reason = {0};
        MqttProperties props = reasonAndProperties(in, five, reason, type.name());
        return new PublishAck(type, flags, packetId, reason[0], props);
    }

    /** The 5.0 short forms: nothing left means reason 0; one byte means a reason without properties. */
    private static MqttProperties reasonAndProperties(PacketReader in, boolean five, int[] reason, String where)
            throws MalformedPacketException {
        if (!five || !in.hasMore()) {
            return MqttProperties.EMPTY;
        }
        reason[0] = in.u8("reason code");
        return in.hasMore() ? in.properties(where) : MqttProperties.EMPTY;
    }

    private static Subscribe decodeSubscribe(PacketReader in, int flags, boolean five) throws MalformedPacketException {
        int packetId = in.u16("packet identifier");
        MqttProperties props = five ? in.properties("SUBSCRIBE") : MqttProperties.EMPTY;
        List<Subscription> subs = new ArrayList<>();
        while (in.hasMore()) {
            String filter = in.utf8("topic filter");
            subs.add(new Subscription(filter, in.u8("subscription options")));
        }
        return new Subscribe(flags, packetId, props, subs);
    }

    private static Unsubscribe decodeUnsubscribe(PacketReader in, int flags, boolean five) throws MalformedPacketException {
        int packetId = in.u16("packet identifier");
        MqttProperties props = five ? in.properties("UNSUBSCRIBE") : MqttProperties.EMPTY;
        List<String> filters = new ArrayList<>();
        while (in.hasMore()) {
            filters.add(in.utf8("topic filter"));
        }
        return new Unsubscribe(flags, packetId, props, filters);
    }

    private static Unsuback decodeUnsuback(PacketReader in, int flags, boolean five) throws MalformedPacketException {
        int packetId = in.u16("packet identifier");
        if (!five) {
            return new Unsuback(flags, packetId, MqttProperties.EMPTY, List.of());
        }
        MqttProperties props = in.properties("UNSUBACK");
        return new Unsuback(flags, packetId, props, codes(in));
    }

    private static List<Integer> codes(PacketReader in) throws MalformedPacketException {
        List<Integer> codes = new ArrayList<>();
        while (in.hasMore()) {
            codes.add(in.u8("reason code"));
        }
        return codes;
    }

    private static MalformedPacketException malformed(int offset, String what) {
        return new MalformedPacketException(MalformedPacketException.MALFORMED, offset, what);
    }
}
