package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.PublishAck;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reason code of every CONNACK, PUBACK, PUBREC, PUBREL, PUBCOMP or DISCONNECT an MQTT 5.0 broker sent is one that
 * the specification defines for a server sending that packet (MQTT 5.0 §3.2.2.2, §3.4.2.1, §3.5.2.1, §3.6.2.1, §3.7.2.1,
 * §3.14.2.1); every verdict cites the packets judged.
 */
public final class ReasonCodeCheck {

    private static final Set<Integer> CONNACK = Set.of(0x00, 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89,
            0x8A, 0x8C, 0x90, 0x95, 0x97, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9F);
    private static final Set<Integer> PUBACK = Set.of(0x00, 0x10, 0x80, 0x83, 0x87, 0x90, 0x91, 0x97, 0x99);
    /** PUBREC shares the PUBACK table; PUBREL and PUBCOMP have success and "packet identifier not found" only. */
    private static final Set<Integer> RELEASE = Set.of(0x00, 0x92);
    /** Those of the table a server may send: 0x04 (disconnect with will) is the client's alone. */
    private static final Set<Integer> DISCONNECT = Set.of(0x00, 0x80, 0x81, 0x82, 0x83, 0x87, 0x89, 0x8B, 0x8D, 0x8E,
            0x8F, 0x90, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F, 0xA0, 0xA1, 0xA2);

    private ReasonCodeCheck() {
    }

    /**
     * @param type   CONNACK, PUBACK, PUBREC, PUBREL, PUBCOMP or DISCONNECT
     * @param frames every entry of the connections judged, in order; the broker's packets of the type among them are
     *               judged, and none at all leaves the rule unjudged
     */
    public static Outcome judge(String requirement, PacketType type, List<Evidence> frames) {
        List<Evidence> sent = frames.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && reasonCode(type, e).isPresent()).toList();
        if (sent.isEmpty() && type == PacketType.PUBREL && !SentFrame.deliveredAtQos2(frames)) {
            return Outcome.notApplicable(SentFlagsCheck.NO_QOS2_DELIVERY + connections(frames) + ", so it had no PUBREL "
                    + "to send", frames);
        }
        if (sent.isEmpty()) {
            return Outcome.inconclusive("the broker sent no " + type + " on connection(s) " + connections(frames)
                    + ", so no reason code of one could be judged", frames);
        }
        Set<Integer> defined = defined(type);
        List<Finding> findings = sent.stream().filter(e -> !defined.contains(reasonCode(type, e).orElseThrow()))
                .map(e -> new Finding(requirement, "expected a reason code defined for a server's " + type + " on connection "
                        + e.connection() + "; the broker sent 0x" + Integer.toHexString(reasonCode(type, e).orElseThrow())
                        + " (" + e.decoded() + ")", List.of(e))).toList();
        return Outcome.judged(findings, sent);
    }

    private static Set<Integer> defined(PacketType type) {
        return switch (type) {
            case CONNACK -> CONNACK;
            case PUBACK, PUBREC -> PUBACK;
            case PUBREL, PUBCOMP -> RELEASE;
            case DISCONNECT -> DISCONNECT;
            default -> throw new IllegalArgumentException("no reason code table for " + type);
        };
    }

    private static Optional<Integer> reasonCode(PacketType type, Evidence e) {
        return e.as(MqttPacket.class).filter(p -> p.type() == type).map(p -> {
            if (p instanceof Connack c) {
                return c.reasonCode();
            }
            if (p instanceof PublishAck a) {
                return a.reasonCode();
            }
            return ((Disconnect) p).reasonCode();
        });
    }

    private static String connections(List<Evidence> frames) {
        String names = frames.stream().map(Evidence::connection).distinct().collect(Collectors.joining(", "));
        return names.isEmpty() ? "(none opened)" : names;
    }
}
