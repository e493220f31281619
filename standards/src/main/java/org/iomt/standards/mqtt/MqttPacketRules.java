package org.iomt.standards.mqtt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;
import static org.iomt.standards.mqtt.MqttPropertyId.*;

/**
 * The rules a decoded packet can still break, which {@link MqttDecoder} keeps in the model instead of throwing:
 * fixed-header flags (MQTT 3.1.1 §2.2.2, MQTT 5.0 §2.1.3), CONNECT's reserved flag and Will QoS, a packet identifier of
 * zero where one is needed (3.1.1 §2.3.1, 5.0 §2.2.1), and 5.0 properties a packet may not carry or carries twice
 * (5.0 §2.2.2.2). Each broken rule is one line.
 */
public final class MqttPacketRules {

    /** The packets (and "WILL" for the will properties) each property may appear in, after MQTT 5.0 §2.2.2.2. */
    private static final Map<MqttPropertyId, Set<String>> ALLOWED = Map.ofEntries(
            entry(PAYLOAD_FORMAT_INDICATOR, Set.of("PUBLISH", "WILL")),
            entry(MESSAGE_EXPIRY_INTERVAL, Set.of("PUBLISH", "WILL")),
            entry(CONTENT_TYPE, Set.of("PUBLISH", "WILL")),
            entry(RESPONSE_TOPIC, Set.of("PUBLISH", "WILL")),
            entry(CORRELATION_DATA, Set.of("PUBLISH", "WILL")),
            entry(SUBSCRIPTION_IDENTIFIER, Set.of("PUBLISH", "SUBSCRIBE")),
            entry(SESSION_EXPIRY_INTERVAL, Set.of("CONNECT", "CONNACK", "DISCONNECT")),
            entry(ASSIGNED_CLIENT_IDENTIFIER, Set.of("CONNACK")),
            entry(SERVER_KEEP_ALIVE, Set.of("CONNACK")),
            entry(AUTHENTICATION_METHOD, Set.of("CONNECT", "CONNACK", "AUTH")),
            entry(AUTHENTICATION_DATA, Set.of("CONNECT", "CONNACK", "AUTH")),
            entry(REQUEST_PROBLEM_INFORMATION, Set.of("CONNECT")),
            entry(WILL_DELAY_INTERVAL, Set.of("WILL")),
            entry(REQUEST_RESPONSE_INFORMATION, Set.of("CONNECT")),
            entry(RESPONSE_INFORMATION, Set.of("CONNACK")),
            entry(SERVER_REFERENCE, Set.of("CONNACK", "DISCONNECT")),
            entry(REASON_STRING, Set.of("CONNACK", "PUBACK", "PUBREC", "PUBREL", "PUBCOMP", "SUBACK", "UNSUBACK",
                    "DISCONNECT", "AUTH")),
            entry(RECEIVE_MAXIMUM, Set.of("CONNECT", "CONNACK")),
            entry(TOPIC_ALIAS_MAXIMUM, Set.of("CONNECT", "CONNACK")),
            entry(TOPIC_ALIAS, Set.of("PUBLISH")),
            entry(MAXIMUM_QOS, Set.of("CONNACK")),
            entry(RETAIN_AVAILABLE, Set.of("CONNACK")),
            entry(USER_PROPERTY, Set.of("CONNECT", "CONNACK", "PUBLISH", "WILL", "PUBACK", "PUBREC", "PUBREL", "PUBCOMP",
                    "SUBSCRIBE", "SUBACK", "UNSUBSCRIBE", "UNSUBACK", "DISCONNECT", "AUTH")),
            entry(MAXIMUM_PACKET_SIZE, Set.of("CONNECT", "CONNACK")),
            entry(WILDCARD_SUBSCRIPTION_AVAILABLE, Set.of("CONNACK")),
            entry(SUBSCRIPTION_IDENTIFIER_AVAILABLE, Set.of("CONNACK")),
            entry(SHARED_SUBSCRIPTION_AVAILABLE, Set.of("CONNACK")));

    private MqttPacketRules() {
    }

    /** Every rule the packet breaks as a packet of {@code version}; empty when it breaks none of these. */
    public static List<String> violations(MqttPacket packet, MqttVersion version) {
        List<String> broken = new ArrayList<>();
        int required = switch (packet.type()) {
            case PUBREL, SUBSCRIBE, UNSUBSCRIBE -> 0b0010;
            default -> 0;
        };
        if (packet.type() != PacketType.PUBLISH && packet.flags() != required) {
            broken.add(packet.type() + " header flags must be " + bits(required) + ", not " + bits(packet.flags()));
        }
        if (packet instanceof Connect c) {
            connect(c, broken);
        } else if (packet instanceof Publish p && p.qos() > 0 && p.packetId() == 0) {
            broken.add("a PUBLISH at QoS " + p.qos() + " needs a non-zero packet identifier");
        } else if (packet instanceof Subscribe s && s.packetId() == 0) {
            broken.add("a SUBSCRIBE needs a non-zero packet identifier");
        } else if (packet instanceof Unsubscribe u && u.packetId() == 0) {
            broken.add("an UNSUBSCRIBE needs a non-zero packet identifier");
        }
        if (version == MqttVersion.V5_0 || packet instanceof Connect c && c.protocolLevel() == 5) {
            broken.addAll(propertyViolations(packet));
        }
        return broken;
    }

    /**
     * The MQTT 5.0 property rules the packet breaks: a property its type (or, for CONNECT, the will) may not carry, or a
     * property that may appear once appearing again.
     */
    public static List<String> propertyViolations(MqttPacket packet) {
        List<String> broken = new ArrayList<>();
        properties(packet.type().name(), MqttPackets.properties(packet), broken);
        if (packet instanceof Connect c) {
            properties("WILL", c.willProperties(), broken);
        }
        return broken;
    }

    private static void connect(Connect c, List<String> broken) {
        if (c.reservedFlag()) {
            broken.add("the reserved flag of CONNECT must be 0");
        }
        if (c.willQos() == 3 || !c.willFlag() && (c.willQos() != 0 || c.willRetain())) {
            broken.add("Will QoS " + c.willQos() + " and Will Retain " + c.willRetain() + " do not fit Will Flag " + c.willFlag());
        }
    }

    private static void properties(String where, MqttProperties properties, List<String> broken) {
        Set<MqttPropertyId> seen = EnumSet.noneOf(MqttPropertyId.class);
        Set<MqttPropertyId> repeated = new HashSet<>();
        for (MqttProperty p : properties.list()) {
            if (!ALLOWED.get(p.id()).contains(where)) {
                broken.add(p.id() + " is not a property of " + where);
            }
            boolean repeatable = p.id() == USER_PROPERTY || p.id() == SUBSCRIPTION_IDENTIFIER && where.equals("PUBLISH");
            if (!seen.add(p.id()) && !repeatable && repeated.add(p.id())) {
                broken.add(where + " carries " + p.id() + " more than once");
            }
        }
    }

    private static String bits(int flags) {
        String b = Integer.toBinaryString(flags);
        return "0".repeat(4 - b.length()) + b;
    }
}
