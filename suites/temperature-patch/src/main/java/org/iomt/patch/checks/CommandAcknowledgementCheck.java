package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.patch.checks.SuiteExchanges.Exchange;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * How the device answers the messages the suite's broker sent it (its commands): as their QoS requires (nothing
 * for QoS 0, PUBACK for QoS 1, PUBREC for QoS 2), under the packet identifier of the message answered, and (MQTT 5.0)
 * with a reason code the specification defines for the answer, and answers to messages of the same QoS in the order the
 * messages came. The answer to a message is a PUBACK or PUBREC the device sent after it on the same connection: the
 * first that carries its packet identifier, else the first that answers no earlier message.
 */
public final class CommandAcknowledgementCheck implements Check {

    private enum Rule { ANSWERED_PER_QOS, SAME_IDENTIFIER, DEFINED_REASON_CODE, IN_ORDER }

    /** The reason codes MQTT 5.0 defines for a PUBACK (§3.4.2.1) and a PUBREC (§3.5.2.1): the same table. */
    private static final Set<Integer> ACKNOWLEDGEMENT_REASON_CODES = Set.of(0x00, 0x10, 0x80, 0x83, 0x87, 0x90, 0x91,
            0x97, 0x99);

    private final String requirement;
    private final Rule rule;
    /** How long after a message the suite's own close of its connection still cuts the device's answer off. */
    private final java.time.Duration answerTime;
    /** The QoS of the messages judged, when the rule speaks of one QoS only. */
    private final OptionalInt qos;

    private CommandAcknowledgementCheck(String requirement, Rule rule) {
        this(requirement, rule, java.time.Duration.ZERO, OptionalInt.empty());
    }

    private CommandAcknowledgementCheck(String requirement, Rule rule, OptionalInt qos) {
        this(requirement, rule, java.time.Duration.ZERO, qos);
    }

    private CommandAcknowledgementCheck(String requirement, Rule rule, java.time.Duration answerTime, OptionalInt qos) {
        this.requirement = requirement;
        this.rule = rule;
        this.answerTime = answerTime;
        this.qos = qos;
    }

    /**
     * Every message sent to the device is answered with the packet its QoS requires, and at QoS 0 with none. A message
     * whose connection the suite itself closed less than {@code answerTime} after sending it (to interrupt a session)
     * is not judged: the device may not have had time to answer.
     */
    public static CommandAcknowledgementCheck answeredPerQos(String requirement, java.time.Duration answerTime) {
        return new CommandAcknowledgementCheck(requirement, Rule.ANSWERED_PER_QOS, answerTime, OptionalInt.empty());
    }

    /** Every answer carries the packet identifier of the message it answers. */
    public static CommandAcknowledgementCheck sameIdentifier(String requirement) {
        return new CommandAcknowledgementCheck(requirement, Rule.SAME_IDENTIFIER);
    }

    /** Every answer to a message sent at the given QoS carries the packet identifier of the message it answers. */
    public static CommandAcknowledgementCheck sameIdentifier(String requirement, int qos) {
        return new CommandAcknowledgementCheck(requirement, Rule.SAME_IDENTIFIER, OptionalInt.of(qos));
    }

    /**
     * Answers to messages sent at the given QoS (PUBACKs to QoS 1, PUBRECs to QoS 2) go out in the order their messages
     * came on the connection; judged on pairs of messages both answered under their own packet identifier.
     */
    public static CommandAcknowledgementCheck inOrder(String requirement, int qos) {
        return new CommandAcknowledgementCheck(requirement, Rule.IN_ORDER, OptionalInt.of(qos));
    }

    /** MQTT 5.0: every answer to a message sent at the given QoS carries a reason code defined for its packet type. */
    public static CommandAcknowledgementCheck definedReasonCode(String requirement, int qos) {
        return new CommandAcknowledgementCheck(requirement, Rule.DEFINED_REASON_CODE, OptionalInt.of(qos));
    }

    /** The command a request of the suite carried. */
    private static Publish publish(Exchange x) {
        return x.sent().as(Publish.class).orElseThrow();
    }

    /**
     * Whether a message sent to the device at QoS 1 or 2 still awaits its answer on a connection that is open: the
     * device may yet answer it, so a window waiting for evidence should not close yet.
     */
    public static boolean answerOutstanding(List<Evidence> log) {
        return exchanges(log).stream().anyMatch(x -> publish(x).qos() > 0 && x.answer().isEmpty() && x.ended().isEmpty());
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Exchange> exchanges = exchanges(evidence);
        if (exchanges.isEmpty()) {
            return Outcome.inconclusive("the suite sent the device no command: it did not subscribe to its claimed command "
                    + "topic during the observation window", List.of());
        }
        if (qos.isPresent()) {
            exchanges = exchanges.stream().filter(x -> publish(x).qos() == qos.getAsInt()).toList();
            if (exchanges.isEmpty()) {
                return Outcome.inconclusive("the suite sent the device no command at QoS " + qos.getAsInt()
                        + ": the device subscribed to its command topic at another QoS", List.of());
            }
        }
        return switch (rule) {
            case ANSWERED_PER_QOS -> answered(exchanges);
            case SAME_IDENTIFIER -> identifiers(exchanges);
            case DEFINED_REASON_CODE -> reasonCodes(exchanges);
            case IN_ORDER -> order(exchanges);
        };
    }

    private Outcome answered(List<Exchange> exchanges) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        List<Evidence> cutOff = new ArrayList<>();
        for (Exchange x : exchanges) {
            Evidence sent = x.sent();
            int qos = publish(x).qos();
            if (qos > 0 && x.answer().isEmpty() && x.cutOff(answerTime)) {
                cutOff.add(sent);
                continue;
            }
            judged.add(sent);
            x.answer().ifPresent(judged::add);
            PacketType expected = qos == 1 ? PacketType.PUBACK : PacketType.PUBREC;
            Optional<PacketType> got = x.answer().flatMap(a -> a.as(PublishAck.class)).map(PublishAck::type);
            if (qos == 0 && got.isPresent()) {
                findings.add(Finding.of(requirement, "packet #" + x.answer().get().seq() + ": the device answered the QoS 0 "
                        + "command (packet #" + sent.seq() + ") with " + got.get() + ", expected no answer", sent, x.answer().get()));
            } else if (qos > 0 && got.isEmpty()) {
                findings.add(Finding.of(requirement, "packet #" + sent.seq() + ": the device sent no " + expected + " for the "
                        + "QoS " + qos + " command (packet identifier " + publish(x).packetId() + ") before "
                        + (x.ended().isPresent() ? "its connection ended" : "the observation window closed"), sent));
            } else if (qos > 0 && got.get() != expected) {
                findings.add(Finding.of(requirement, "packet #" + x.answer().get().seq() + ": the device answered the QoS "
                        + qos + " command (packet #" + sent.seq() + ") with " + got.get() + ", expected " + expected,
                        sent, x.answer().get()));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the suite closed the connection of every command less than "
                    + answerTime.toMillis() + " ms after sending it, before the device answered it ("
                    + cutOff.stream().map(e -> "packet #" + e.seq() + " on " + e.connection()).toList() + ")", cutOff);
        }
        return Outcome.judged(findings, judged);
    }


    private Outcome identifiers(List<Exchange> exchanges) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Exchange x : exchanges) {
            if (publish(x).qos() == 0 || x.answer().isEmpty()) {
                continue;
            }
            Evidence answer = x.answer().get();
            judged.add(x.sent());
            judged.add(answer);
            PublishAck ack = answer.as(PublishAck.class).orElseThrow();
            if (ack.packetId() != publish(x).packetId()) {
                findings.add(Finding.of(requirement, "packet #" + answer.seq() + ": " + ack.type() + " carries packet identifier "
                        + ack.packetId() + ", the command it answers (packet #" + x.sent().seq() + ") has "
                        + publish(x).packetId(), x.sent(), answer));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device answered no command sent at QoS 1 or 2", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    private Outcome order(List<Exchange> exchanges) {
        List<Exchange> answered = exchanges.stream().filter(x -> publish(x).qos() > 0 && x.answer().isPresent()
                && x.answer().get().as(PublishAck.class).orElseThrow().packetId() == publish(x).packetId()).toList();
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (int i = 0; i < answered.size(); i++) {
            for (int j = i + 1; j < answered.size(); j++) {
                Exchange first = answered.get(i);
                Exchange second = answered.get(j);
                if (!first.sent().connection().equals(second.sent().connection())
                        || publish(first).qos() != publish(second).qos()) {
                    continue;
                }
                judged.addAll(List.of(first.sent(), second.sent(), first.answer().get(), second.answer().get()));
                if (second.answer().get().seq() < first.answer().get().seq()) {
                    findings.add(Finding.of(requirement, String.format("connection %s: the device answered the command of "
                            + "packet #%d (packet identifier %d) with packet #%d before the one of packet #%d (packet "
                            + "identifier %d) that came first, with packet #%d", first.sent().connection(),
                            second.sent().seq(), publish(second).packetId(), second.answer().get().seq(), first.sent().seq(),
                            publish(first).packetId(), first.answer().get().seq()), first.sent(), second.sent(),
                            second.answer().get(), first.answer().get()));
                }
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device did not answer two commands of the same QoS on one connection, each under "
                    + "its packet identifier, so no order of answers shows", List.of());
        }
        return Outcome.judged(findings, judged.stream().distinct().sorted(java.util.Comparator.comparingLong(Evidence::seq)).toList());
    }

    private Outcome reasonCodes(List<Exchange> exchanges) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Exchange x : exchanges) {
            if (x.answer().isEmpty()) {
                continue;
            }
            Evidence answer = x.answer().get();
            judged.add(x.sent());
            judged.add(answer);
            PublishAck ack = answer.as(PublishAck.class).orElseThrow();
            if (!ACKNOWLEDGEMENT_REASON_CODES.contains(ack.reasonCode())) {
                findings.add(Finding.of(requirement, String.format("packet #%d: %s on connection %s carries reason code 0x%02X, "
                        + "which MQTT 5.0 does not define for a %s (it answers the command, packet #%d)", answer.seq(),
                        ack.type(), answer.connection(), ack.reasonCode(), ack.type(), x.sent().seq()), x.sent(), answer));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device answered no command sent at QoS 1 or 2", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    private static List<Exchange> exchanges(List<Evidence> log) {
        return SuiteExchanges.pair(log, e -> e.as(Publish.class).map(Publish::packetId), e -> e.as(PublishAck.class)
                .filter(a -> a.type() == PacketType.PUBACK || a.type() == PacketType.PUBREC).map(PublishAck::packetId));
    }
}
