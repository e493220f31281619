package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.patch.checks.SuiteExchanges.Exchange;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the device, as the receiver of messages at one QoS, takes a message sent under a packet identifier it has freed:
 * after it ended the flow of an earlier message under that identifier on the same connection (its PUBACK at QoS 1, its
 * PUBCOMP at QoS 2), a message under the same identifier is a new one, which it answers as its QoS requires (PUBACK,
 * PUBREC) under that identifier. What the device does with the message past its answer does not show on the wire;
 * the answer is what is judged.
 */
public final class ReusedIdentifierCheck implements Check {

    private final String requirement;
    private final int qos;
    /** How long after a message the suite's own close of its connection still cuts the device's answer off. */
    private final Duration answerTime;

    /**
     * @param qos        the QoS (1 or 2) of the messages judged
     * @param answerTime a message whose connection the suite itself closed sooner than this after sending it, before an
     *                   answer came, is not judged
     */
    public ReusedIdentifierCheck(String requirement, int qos, Duration answerTime) {
        if (qos != 1 && qos != 2) {
            throw new IllegalArgumentException("only a message at QoS 1 or 2 has a packet identifier, not QoS " + qos);
        }
        this.requirement = requirement;
        this.qos = qos;
        this.answerTime = answerTime;
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        PacketType expected = qos == 1 ? PacketType.PUBACK : PacketType.PUBREC;
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        List<Evidence> cutOff = new ArrayList<>();
        for (Exchange x : exchanges(evidence)) {
            Publish sent = x.sent().as(Publish.class).orElseThrow();
            Optional<Evidence> freed = sent.qos() == qos ? freedBefore(evidence, x.sent(), sent) : Optional.empty();
            if (freed.isEmpty()) {
                continue;
            }
            if (x.cutOff(answerTime)) {
                cutOff.add(x.sent());
                continue;
            }
            judged.add(freed.get());
            judged.add(x.sent());
            Optional<PublishAck> answer = x.answer().flatMap(a -> a.as(PublishAck.class));
            x.answer().ifPresent(judged::add);
            if (answer.isEmpty() || answer.get().packetId() != sent.packetId()) {
                findings.add(Finding.of(requirement, String.format("packet #%d: the device sent no %s under packet "
                        + "identifier %d for the QoS %d command the suite sent under it on connection %s after the "
                        + "device had freed it (packet #%d) before %s%s", x.sent().seq(), expected, sent.packetId(), qos,
                        x.sent().connection(), freed.get().seq(), x.ended().isPresent() ? "its connection ended"
                                : "the observation window closed", x.answer().map(a -> " (its next answer, packet #"
                                + a.seq() + ", carries identifier " + answer.map(PublishAck::packetId).orElse(0) + ")")
                                .orElse("")), x.sent(), freed.get()));
            } else if (answer.get().type() != expected) {
                findings.add(Finding.of(requirement, String.format("packet #%d: the device answered the QoS %d command "
                        + "the suite sent under the freed packet identifier %d (packet #%d) with %s, expected %s",
                        x.answer().get().seq(), qos, sent.packetId(), x.sent().seq(), answer.get().type(), expected),
                        x.sent(), x.answer().get()));
            }
        }
        if (judged.isEmpty() && !cutOff.isEmpty()) {
            return Outcome.inconclusive("the suite closed the connection of every command it sent under a freed packet "
                    + "identifier less than " + answerTime.toMillis() + " ms after sending it ("
                    + cutOff.stream().map(e -> "packet #" + e.seq() + " on " + e.connection()).toList() + ")", cutOff);
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the suite sent the device no QoS " + qos + " command under a packet identifier "
                    + "the device had freed: the device ended the flow of no command under its identifier", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    /**
     * The device's packet that freed the identifier of this message before the suite sent it: a PUBACK (QoS 1) or PUBCOMP
     * (QoS 2) under that identifier, on the same connection, after an earlier message of the suite under it.
     */
    private Optional<Evidence> freedBefore(List<Evidence> log, Evidence sentEntry, Publish sent) {
        PacketType ending = qos == 1 ? PacketType.PUBACK : PacketType.PUBCOMP;
        Optional<Evidence> earlier = log.stream().filter(e -> e.seq() < sentEntry.seq()
                && e.direction() == Direction.SUITE_TO_DEVICE && e.connection().equals(sentEntry.connection())
                && e.as(Publish.class).map(p -> p.qos() == qos && p.packetId() == sent.packetId()).orElse(false))
                .findFirst();
        return earlier.flatMap(first -> log.stream().filter(e -> e.seq() > first.seq() && e.seq() < sentEntry.seq()
                && e.direction() == Direction.DEVICE_TO_SUITE && e.connection().equals(sentEntry.connection())
                && e.as(PublishAck.class).map(a -> a.type() == ending && a.packetId() == sent.packetId()).orElse(false))
                .findFirst());
    }

    private static List<Exchange> exchanges(List<Evidence> log) {
        return SuiteExchanges.pair(log, e -> e.as(Publish.class).filter(p -> p.qos() > 0).map(Publish::packetId),
                e -> e.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBACK || a.type() == PacketType.PUBREC)
                        .map(PublishAck::packetId));
    }
}
