package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.checks.QosOneFlow;
import org.iomt.patch.checks.SuiteExchanges.Exchange;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The device's part, as the sender of QoS 2 readings, in the exchange on one connection: a new message under a packet
 * identifier that no unfinished message holds (it is held until PUBCOMP, or a PUBREC of 0x80 or more), sent with DUP
 * clear; a PUBREL under the identifier of each PUBREC of the suite below 0x80, with fixed-header flags 0010 and (MQTT
 * 5.0) a reason code defined for a PUBREL.
 */
public final class Qos2SenderCheck implements Check {

    private enum Rule { UNUSED_IDENTIFIER, DUP_CLEAR, RELEASED, RELEASE_FLAGS, RELEASE_REASON_CODE }

    /** The reason codes MQTT 5.0 defines for a PUBREL (§3.6.2.1): success and packet identifier not found. */
    private static final Set<Integer> PUBREL_REASON_CODES = Set.of(0x00, 0x92);
    /** The fixed-header flags a PUBREL must carry. */
    private static final int PUBREL_FLAGS = 0b0010;

    private final String requirement;
    private final Rule rule;
    private final Duration answerTime;

    private Qos2SenderCheck(String requirement, Rule rule, Duration answerTime) {
        this.requirement = requirement;
        this.rule = rule;
        this.answerTime = answerTime;
    }

    /** A new QoS 2 message takes a packet identifier that no unfinished message of the session holds. */
    public static Qos2SenderCheck unusedIdentifier(String requirement) {
        return new Qos2SenderCheck(requirement, Rule.UNUSED_IDENTIFIER, Duration.ZERO);
    }

    /** The first transmission of a QoS 2 message has DUP clear (a resend of an unrecorded message is not judged). */
    public static Qos2SenderCheck dupClear(String requirement) {
        return new Qos2SenderCheck(requirement, Rule.DUP_CLEAR, Duration.ZERO);
    }

    /**
     * Every PUBREC of the suite below 0x80 is answered with a PUBREL under its packet identifier on its connection; a
     * PUBREC whose connection the suite closed less than {@code answerTime} after sending it, or sent less than that
     * before the evidence ends on a connection still open, is not judged.
     */
    public static Qos2SenderCheck released(String requirement, Duration answerTime) {
        return new Qos2SenderCheck(requirement, Rule.RELEASED, answerTime);
    }

    /** Every PUBREL of the device carries the fixed-header flags 0010. */
    public static Qos2SenderCheck releaseFlags(String requirement) {
        return new Qos2SenderCheck(requirement, Rule.RELEASE_FLAGS, Duration.ZERO);
    }

    /** MQTT 5.0: every PUBREL of the device carries a reason code defined for a PUBREL. */
    public static Qos2SenderCheck releaseReasonCode(String requirement) {
        return new Qos2SenderCheck(requirement, Rule.RELEASE_REASON_CODE, Duration.ZERO);
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        return switch (rule) {
            case UNUSED_IDENTIFIER -> unusedIdentifiers(evidence);
            case DUP_CLEAR -> dupClear(evidence);
            case RELEASED -> released(evidence);
            case RELEASE_FLAGS, RELEASE_REASON_CODE -> releases(evidence);
        };
    }

    private Outcome unusedIdentifiers(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        Map<Integer, Evidence> held = new LinkedHashMap<>();
        for (Evidence e : evidence) {
            if (e.direction() == Direction.DEVICE_TO_SUITE && e.as(Connect.class).map(Connect::cleanStart).orElse(false)) {
                held.clear();
            } else if (e.direction() == Direction.SUITE_TO_DEVICE && e.as(Connack.class).filter(c -> !c.sessionPresent()).isPresent()) {
                held.clear();
            } else if (e.direction() == Direction.SUITE_TO_DEVICE) {
                e.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBCOMP
                        || a.type() == PacketType.PUBREC && a.reasonCode() >= 0x80).ifPresent(a -> held.remove(a.packetId()));
            } else if (e.direction() == Direction.DEVICE_TO_SUITE) {
                Optional<Publish> p = e.as(Publish.class).filter(x -> x.qos() == 2);
                if (p.isEmpty()) {
                    continue;
                }
                Evidence earlier = held.get(p.get().packetId());
                if (earlier != null && sameMessage(earlier.as(Publish.class).orElseThrow(), p.get())) {
                    continue; // a resend of the message that holds the identifier
                }
                judged.add(e);
                if (earlier != null) {
                    findings.add(Finding.of(requirement, "packet #" + e.seq() + " on " + e.connection() + ": a new QoS 2 "
                            + "message takes packet identifier " + p.get().packetId() + ", which the message of packet #"
                            + earlier.seq() + " still holds (no PUBCOMP for it yet)", earlier, e));
                }
                held.put(p.get().packetId(), e);
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device sent no QoS 2 PUBLISH", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    private Outcome dupClear(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (QosOneFlow.Send send : QosOneFlow.of(evidence).sends()) {
            if (send.publish().qos() != 2 || send.resends().isPresent() || send.mayResendUnrecorded()) {
                continue;
            }
            Evidence e = send.evidence();
            judged.add(e);
            if (send.publish().dup() == 1) {
                findings.add(Finding.of(requirement, "packet #" + e.seq() + " on " + e.connection() + ": first "
                        + "transmission of a QoS 2 message has DUP set, expected DUP 0", e));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device sent no new QoS 2 message", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    private Outcome released(List<Evidence> evidence) {
        List<Exchange> exchanges = SuiteExchanges.pair(evidence,
                e -> e.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBREC && a.reasonCode() < 0x80).map(PublishAck::packetId),
                e -> e.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBREL).map(PublishAck::packetId));
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        long end = evidence.isEmpty() ? 0 : evidence.get(evidence.size() - 1).nanos();
        for (Exchange x : exchanges) {
            boolean tooRecent = x.answer().isEmpty() && x.ended().isEmpty() && end - x.sent().nanos() < answerTime.toNanos();
            if (x.cutOff(answerTime) || tooRecent) {
                continue;
            }
            judged.add(x.sent());
            if (x.answer().isEmpty()) {
                findings.add(Finding.of(requirement, "packet #" + x.sent().seq() + ": the device sent no PUBREL for the "
                        + "PUBREC (packet identifier " + x.sentId() + ") on connection " + x.sent().connection() + " before "
                        + (x.ended().isPresent() ? "its connection ended" : "the observation closed"), x.sent()));
                continue;
            }
            Evidence release = x.answer().get();
            judged.add(release);
            int got = release.as(PublishAck.class).orElseThrow().packetId();
            if (got != x.sentId()) {
                findings.add(Finding.of(requirement, "packet #" + release.seq() + " on " + release.connection()
                        + ": PUBREL carries packet identifier " + got + ", the PUBREC it answers (packet #"
                        + x.sent().seq() + ") has " + x.sentId(), x.sent(), release));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the suite answered no QoS 2 PUBLISH of the device with a PUBREC below 0x80 on a "
                    + "connection that stayed open long enough for a PUBREL", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    private Outcome releases(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence e : evidence) {
            Optional<PublishAck> release = e.direction() == Direction.DEVICE_TO_SUITE
                    ? e.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBREL) : Optional.empty();
            if (release.isEmpty()) {
                continue;
            }
            judged.add(e);
            if (rule == Rule.RELEASE_FLAGS && release.get().flags() != PUBREL_FLAGS) {
                findings.add(Finding.of(requirement, String.format("packet #%d on %s: PUBREL has fixed-header flags %s, "
                        + "expected 0010", e.seq(), e.connection(), bits(release.get().flags())), e));
            } else if (rule == Rule.RELEASE_REASON_CODE && !PUBREL_REASON_CODES.contains(release.get().reasonCode())) {
                findings.add(Finding.of(requirement, String.format("packet #%d on %s: PUBREL carries reason code 0x%02X, "
                        + "which MQTT 5.0 does not define for a PUBREL", e.seq(), e.connection(), release.get().reasonCode()), e));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device sent no PUBREL", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    private static String bits(int flags) {
        String b = Integer.toBinaryString(flags & 0x0F);
        return "0".repeat(4 - b.length()) + b;
    }

    static boolean sameMessage(Publish a, Publish b) {
        return a.topic().equals(b.topic()) && Arrays.equals(a.payload(), b.payload());
    }
}
