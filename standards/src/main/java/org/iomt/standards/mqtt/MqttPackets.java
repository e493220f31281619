package org.iomt.standards.mqtt;

import java.util.stream.Collectors;

/** One-line human descriptions of packets for logs and evidence; passwords are never printed. */
public final class MqttPackets {

    private MqttPackets() {
    }

    /** A single line such as {@code PUBLISH qos=1 dup=0 retain=0 id=7 topic="ward/a/temp" payload=92B}. */
    public static String describe(MqttPacket p) {
        StringBuilder sb = new StringBuilder(p.type().name());
        if (p instanceof Connect c) {
            sb.append(' ').append(quoteIfOdd(c.protocolName())).append(" level=").append(c.protocolLevel())
                    .append(" clean=").append(bit(c.cleanStart())).append(" keepAlive=").append(c.keepAlive())
                    .append(" clientId=").append(quote(c.clientId()))
                    .append(" flags=0x").append(hex2(c.connectFlags()));
            if (c.willFlag() || c.willTopic() != null) {
                sb.append(" will=").append(bit(c.willFlag())).append(" willQos=").append(c.willQos())
                        .append(" willRetain=").append(bit(c.willRetain()));
                if (c.willTopic() != null) {
                    sb.append(" willTopic=").append(quote(c.willTopic()));
                }
                if (c.willPayload() != null) {
                    sb.append(" willPayload=").append(c.willPayload().length).append('B');
                }
            }
            if (c.username() != null) {
                sb.append(" username=").append(quote(c.username()));
            }
            if (c.password() != null || c.passwordFlag()) {
                sb.append(" password=<redacted>");
            }
            props(sb, "willProps", c.willProperties());
        } else if (p instanceof Connack c) {
            sb.append(" sessionPresent=").append(bit(c.sessionPresent())).append(" reason=0x").append(hex2(c.reasonCode()));
        } else if (p instanceof Publish pub) {
            sb.append(" qos=").append(pub.qos()).append(" dup=").append(pub.dup()).append(" retain=").append(bit(pub.retain()));
            if (pub.qos() > 0) {
                sb.append(" id=").append(pub.packetId());
            }
            sb.append(" topic=").append(quote(pub.topic())).append(" payload=").append(pub.payload().length).append('B');
        } else if (p instanceof PublishAck a) {
            sb.append(" id=").append(a.packetId()).append(" reason=0x").append(hex2(a.reasonCode()));
        } else if (p instanceof Subscribe s) {
            sb.append(" id=").append(s.packetId()).append(" filters=").append(s.subscriptions().stream()
                    .map(x -> quote(x.topicFilter()) + " options=0x" + hex2(x.options()))
                    .collect(Collectors.joining(", ", "[", "]")));
        } else if (p instanceof Suback s) {
            sb.append(" id=").append(s.packetId()).append(" codes=").append(codes(s.reasonCodes()));
        } else if (p instanceof Unsubscribe u) {
            sb.append(" id=").append(u.packetId()).append(" filters=").append(u.topicFilters().stream()
                    .map(MqttPackets::quote).collect(Collectors.joining(", ", "[", "]")));
        } else if (p instanceof Unsuback u) {
            sb.append(" id=").append(u.packetId()).append(" codes=").append(codes(u.reasonCodes()));
        } else if (p instanceof Disconnect d) {
            sb.append(" reason=0x").append(hex2(d.reasonCode()));
        } else if (p instanceof Auth a) {
            sb.append(" reason=0x").append(hex2(a.reasonCode()));
        }
        if (p.flags() != defaultFlags(p)) {
            sb.append(" headerFlags=0x").append(Integer.toHexString(p.flags()));
        }
        props(sb, "props", properties(p));
        return sb.toString();
    }

    private static int defaultFlags(MqttPacket p) {
        return switch (p.type()) {
            case PUBREL, SUBSCRIBE, UNSUBSCRIBE -> 0b0010;
            case PUBLISH -> p.flags();
            default -> 0;
        };
    }

    /**
     * The packet with its properties replaced, for the answers a server sends (CONNACK, SUBACK, UNSUBACK, PUBACK, PUBREC,
     * PUBREL, PUBCOMP, DISCONNECT); any other packet as it is.
     */
    public static MqttPacket withProperties(MqttPacket p, MqttProperties props) {
        if (p instanceof Connack c) {
            return new Connack(c.flags(), c.sessionPresent(), c.reasonCode(), props);
        } else if (p instanceof Suback x) {
            return new Suback(x.flags(), x.packetId(), props, x.reasonCodes());
        } else if (p instanceof Unsuback x) {
            return new Unsuback(x.flags(), x.packetId(), props, x.reasonCodes());
        } else if (p instanceof PublishAck x) {
            return new PublishAck(x.type(), x.flags(), x.packetId(), x.reasonCode(), props);
        } else if (p instanceof Disconnect x) {
            return new Disconnect(x.flags(), x.reasonCode(), props);
        }
        return p;
    }

    /** The properties of a packet: those it carries, or none for a type that has no properties field. */
    public static MqttProperties properties(MqttPacket p) {
        if (p instanceof Connect c) {
            return c.properties();
        } else if (p instanceof Connack c) {
            return c.properties();
        } else if (p instanceof Publish x) {
            return x.properties();
        } else if (p instanceof PublishAck x) {
            return x.properties();
        } else if (p instanceof Subscribe x) {
            return x.properties();
        } else if (p instanceof Suback x) {
            return x.properties();
        } else if (p instanceof Unsubscribe x) {
            return x.properties();
        } else if (p instanceof Unsuback x) {
            return x.properties();
        } else if (p instanceof Disconnect x) {
            return x.properties();
        } else if (p instanceof Auth x) {
            return x.properties();
        }
        return MqttProperties.EMPTY;
    }

    private static void props(StringBuilder sb, String label, MqttProperties props) {
        if (!props.isEmpty()) {
            sb.append(' ').append(label).append('=').append(props.list());
        }
    }

    private static String codes(java.util.List<Integer> codes) {
        return codes.stream().map(c -> "0x" + hex2(c)).collect(Collectors.joining(",", "[", "]"));
    }

    private static String bit(boolean b) {
        return b ? "1" : "0";
    }

    private static String hex2(int v) {
        String h = Integer.toHexString(v).toUpperCase(java.util.Locale.ROOT);
        return h.length() < 2 ? "0" + h : h;
    }

    private static String quoteIfOdd(String s) {
        return s.chars().allMatch(ch -> ch > 0x20 && ch < 0x7F && ch != '"') ? s : quote(s);
    }

    /** Quotes and escapes control characters, quotes and backslashes so the line stays one line. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                sb.append('\\').append(ch);
            } else if (ch < 0x20 || ch == 0x7F) {
                sb.append(String.format("\\u%04X", (int) ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.append('"').toString();
    }
}
