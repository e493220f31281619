package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.patch.checks.SuiteExchanges.Exchange;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.PublishAck;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How the device, as the receiver of a QoS 2 command, answers the PUBREL the suite's broker sent after its PUBREC: with
 * a PUBCOMP under the PUBREL's packet identifier and (MQTT 5.0) a reason code defined for a PUBCOMP. The answer to a
 * PUBREL is a PUBCOMP the device sent after it on the same connection: the first that carries its packet identifier,
 * else the first that answers no earlier PUBREL.
 */
public final class CommandCompletionCheck implements Check {

    private enum Rule { COMPLETED, SAME_IDENTIFIER, DEFINED_REASON_CODE }

    /** The reason codes MQTT 5.0 defines for a PUBCOMP (§3.7.2.1): success and packet identifier not found. */
    private static final Set<Integer> PUBCOMP_REASON_CODES = Set.of(0x00, 0x92);

    private final String requirement;
    private final Rule rule;
    /** How long after a PUBREL the suite's own close of its connection still cuts the device's PUBCOMP off. */
    private final Duration answerTime;

    private CommandCompletionCheck(String requirement, Rule rule, Duration answerTime) {
        this.requirement = requirement;
        this.rule = rule;
        this.answerTime = answerTime;
    }

    /**
     * Every PUBREL the suite sent is answered with a PUBCOMP under its packet identifier before its connection ended
     * or the observation window closed. A PUBREL whose connection the suite itself closed less than {@code answerTime}
     * after sending it, before a PUBCOMP came, is not judged: the device may not have had time to answer.
     */
    public static CommandCompletionCheck completed(String requirement, Duration answerTime) {
        return new CommandCompletionCheck(requirement, Rule.COMPLETED, answerTime);
    }

    /** Every PUBCOMP the device sent carries the packet identifier of the PUBREL it answers; a missing one is not judged. */
    public static CommandCompletionCheck sameIdentifier(String requirement) {
        return new CommandCompletionCheck(requirement, Rule.SAME_IDENTIFIER, Duration.ZERO);
    }

    /** MQTT 5.0: every PUBCOMP the device sent carries a reason code defined for a PUBCOMP. */
    public static CommandCompletionCheck definedReasonCode(String requirement) {
        return new CommandCompletionCheck(requirement, Rule.DEFINED_REASON_CODE, Duration.ZERO);
    }

    /** Whether a PUBREL the suite sent still awaits its PUBCOMP on a connection that is open. */
    public static boolean completionOutstanding(List<Evidence> log) {
        return exchanges(log).stream().anyMatch(x -> x.answer().isEmpty() && x.ended().isEmpty());
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Exchange> exchanges = exchanges(evidence);
        if (exchanges.isEmpty()) {
            return Outcome.inconclusive("the suite released no QoS 2 command with PUBREL: it sent none, or the device "
                    + "answered none with a PUBREC under its packet identifier", List.of());
        }
        return switch (rule) {
            case COMPLETED -> completed(exchanges);
            case SAME_IDENTIFIER -> identifiers(exchanges);
            case DEFINED_REASON_CODE -> reasonCodes(exchanges);
        };
    }

    private Outcome completed(List<Exchange> exchanges) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        List<Evidence> cutOff = new ArrayList<>();
        for (Exchange x : exchanges) {
            if (x.cutOff(answerTime)) {
                cutOff.add(x.sent());
                continue;
            }
            judged.add(x.sent());
            x.answer().ifPresent(judged::add);
            if (x.answer().isEmpty()) {
                findings.add(Finding.of(requirement, "packet #" + x.sent().seq() + ": the device sent no PUBCOMP for the "
                        + "PUBREL (packet identifier " + x.sentId() + ") on connection " + x.sent().connection()
                        + " before " + (x.ended().isPresent() ? "its connection ended" : "the observation window closed"),
                        x.sent()));
            } else {
                identifierFinding(x).ifPresent(findings::add);
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the suite closed the connection of every PUBREL it sent less than "
                    + answerTime.toMillis() + " ms after sending it, before the device answered it (" + cutOff.stream().map(e -> "packet #" + e.seq() + " on " + e.connection()).toList()
                    + ")", cutOff);
        }
        return Outcome.judged(findings, judged);
    }

    private Outcome identifiers(List<Exchange> exchanges) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Exchange x : exchanges) {
            if (x.answer().isPresent()) {
                judged.add(x.sent());
                judged.add(x.answer().get());
                identifierFinding(x).ifPresent(findings::add);
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device answered no PUBREL of the suite with a PUBCOMP", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    private Optional<Finding> identifierFinding(Exchange x) {
        Evidence completion = x.answer().orElseThrow();
        int got = completion.as(PublishAck.class).orElseThrow().packetId();
        if (got == x.sentId()) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(requirement, "packet #" + completion.seq() + ": PUBCOMP carries packet identifier "
                + got + ", the PUBREL it answers (packet #" + x.sent().seq() + ") has " + x.sentId(),
                x.sent(), completion));
    }

    private Outcome reasonCodes(List<Exchange> exchanges) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Exchange x : exchanges) {
            if (x.answer().isEmpty()) {
                continue;
            }
            Evidence completion = x.answer().get();
            judged.add(x.sent());
            judged.add(completion);
            int code = completion.as(PublishAck.class).orElseThrow().reasonCode();
            if (!PUBCOMP_REASON_CODES.contains(code)) {
                findings.add(Finding.of(requirement, String.format("packet #%d: PUBCOMP on connection %s carries reason code "
                        + "0x%02X, which MQTT 5.0 does not define for a PUBCOMP (it answers the PUBREL, packet #%d)",
                        completion.seq(), completion.connection(), code, x.sent().seq()), x.sent(), completion));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device answered no PUBREL of the suite with a PUBCOMP", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    private static List<Exchange> exchanges(List<Evidence> log) {
        return SuiteExchanges.pair(log, e -> e.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBREL)
                .map(PublishAck::packetId), e -> e.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBCOMP)
                .map(PublishAck::packetId));
    }
}
