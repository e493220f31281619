package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MQTT 5.0: whether the device takes the broker's messages that carry the highest Topic Alias it announced in its
 * CONNECT: the suite's broker sends it a command with that alias and the topic name, then one with the alias alone,
 * on the same connection; the device must answer each as its QoS asks (PUBACK, PUBREC; at QoS 0 it goes on with the
 * connection) without a DISCONNECT and without closing the connection first. A DISCONNECT on them fails the rule; a
 * missing answer or a closed connection fails it only beside a control, a command sent without an alias that the
 * device did answer.
 */
public final class AliasedCommandCheck implements Check {

    private final String requirement;
    /** How long the device is given to answer before silence counts, on a connection the suite ended. */
    private final Duration answerTime;

    public AliasedCommandCheck(String requirement, Duration answerTime) {
        this.requirement = requirement;
        this.answerTime = answerTime;
    }

    @Override
    public String requirement() {
        return requirement;
    }

    /** The messages the suite's broker sent the device with a Topic Alias, on the first connection it sent any. */
    static List<Evidence> aliasedMessages(List<Evidence> evidence) {
        List<Evidence> sent = evidence.stream().filter(e -> e.direction() == Direction.SUITE_TO_DEVICE
                && e.as(Publish.class).map(p -> p.properties().first(MqttPropertyId.TOPIC_ALIAS).isPresent()).orElse(false))
                .toList();
        return sent.isEmpty() ? sent : sent.stream().filter(e -> e.connection().equals(sent.get(0).connection())).toList();
    }

    /** The Topic Alias Maximum of the device's latest CONNECT; 0 when it announced none or sent no CONNECT. */
    static int announcedMaximum(List<Evidence> evidence) {
        Optional<Connect> last = evidence.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE)
                .flatMap(e -> e.as(Connect.class).stream()).reduce((a, b) -> b);
        return last.flatMap(c -> c.properties().first(MqttPropertyId.TOPIC_ALIAS_MAXIMUM)).map(p -> (Integer) p.value())
                .orElse(0);
    }

    /**
     * Whether a phase that armed the aliased messages after entry {@code armedAt} can stop waiting: the device announces
     * no Topic Alias Maximum, so none will be sent, or both were sent and each answered, or their connection ended.
     */
    public static boolean over(List<Evidence> evidence, long armedAt) {
        if (announcedMaximum(evidence) == 0) {
            return true;
        }
        List<Evidence> sent = aliasedMessages(evidence).stream().filter(e -> e.seq() > armedAt).toList();
        if (sent.size() < 2) {
            return false;
        }
        return ended(evidence, sent.get(0)).isPresent() || sent.stream().allMatch(m -> answer(evidence, m).isPresent());
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Evidence> sent = aliasedMessages(evidence);
        if (sent.isEmpty() && announcedMaximum(evidence) == 0) {
            return Outcome.notApplicable("the device announced no Topic Alias Maximum above 0 in its CONNECT, so its broker "
                    + "may send it no Topic Alias", List.of());
        }
        if (sent.size() < 2) {
            return Outcome.inconclusive("the suite's broker did not send the device its two messages by Topic Alias: the "
                    + "device held no subscription to its command topic, or sent no packet, after the observation window",
                    sent);
        }
        Evidence first = sent.get(0);
        String conn = first.connection();
        List<Evidence> judged = new ArrayList<>(sent);
        Optional<Evidence> end = ended(evidence, first);
        end.ifPresent(judged::add);
        List<Evidence> unanswered = new ArrayList<>();
        long lastAnswer = first.seq();
        for (Evidence m : sent) {
            Optional<Evidence> a = answer(evidence, m);
            if (a.isPresent()) {
                judged.add(a.get());
                lastAnswer = Math.max(lastAnswer, a.get().seq());
            } else {
                unanswered.add(m);
            }
        }
        long until = unanswered.isEmpty() ? lastAnswer : end.map(Evidence::seq).orElse(Long.MAX_VALUE);
        Optional<Evidence> disconnect = evidence.stream().filter(e -> e.seq() > first.seq() && e.seq() <= until
                && e.connection().equals(conn) && e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Disconnect.class).isPresent()).findFirst();
        List<Finding> findings = new ArrayList<>();
        String which = describe(sent);
        if (disconnect.isPresent()) {
            Disconnect d = disconnect.get().as(Disconnect.class).orElseThrow();
            judged.add(disconnect.get());
            findings.add(Finding.of(requirement, String.format("the device answered %s on connection %s with DISCONNECT "
                    + "reason code 0x%02X (#%d); it takes every alias up to the Topic Alias Maximum %d it announced",
                    which, conn, d.reasonCode(), disconnect.get().seq(), alias(first)), first, disconnect.get()));
        }
        if (unanswered.isEmpty()) {
            return Outcome.judged(findings, judged);
        }
        String missing = describe(unanswered);
        Optional<Evidence> control = evidence.stream().filter(e -> e.direction() == Direction.SUITE_TO_DEVICE
                && e.as(Publish.class).map(p -> p.qos() > 0 && p.properties().first(MqttPropertyId.TOPIC_ALIAS).isEmpty())
                        .orElse(false) && answer(evidence, e).isPresent()).findFirst();
        if (control.isEmpty() && findings.isEmpty()) {
            return Outcome.inconclusive("the device did not answer " + missing + " on connection " + conn + ", but it "
                    + "answered no command the suite's broker sent without a Topic Alias either, so its silence says "
                    + "nothing of aliases", judged);
        }
        Optional<Evidence> stray = strayAnswer(evidence);
        if (stray.isPresent() && findings.isEmpty()) {
            judged.add(stray.get());
            return Outcome.inconclusive("the device did not answer " + missing + " on connection " + conn + " under its "
                    + "packet identifier, but it also answers under identifiers the suite's broker never sent (#"
                    + stray.get().seq() + ": " + stray.get().decoded() + "), so a missing answer says nothing of aliases",
                    judged);
        }
        control.ifPresent(judged::add);
        if (end.isEmpty()) {
            return findings.isEmpty() ? Outcome.inconclusive("connection " + conn + " had not ended when the suite stopped "
                    + "watching it, and the device had not answered " + missing, judged) : Outcome.judged(findings, judged);
        }
        ConnectionEnded how = end.get().as(ConnectionEnded.class).orElseThrow();
        long millis = (end.get().nanos() - unanswered.get(0).nanos()) / 1_000_000;
        if (how.causedBySuite() && millis < answerTime.toMillis() && findings.isEmpty()) {
            return Outcome.inconclusive("the suite ended connection " + conn + " " + millis + " ms after " + missing
                    + ", before the device's " + answerTime.toMillis() + " ms to answer were up: " + how.description(), judged);
        }
        if (disconnect.isEmpty()) {
            findings.add(Finding.of(requirement, "the device never answered " + missing + " on connection " + conn
                    + " before it ended " + millis + " ms later (#" + end.get().seq() + ": " + how.description()
                    + "), though it answered the command #" + control.get().seq() + " sent without an alias; it takes "
                    + "every alias up to the Topic Alias Maximum " + alias(first) + " it announced", unanswered.get(0),
                    end.get(), control.get()));
        }
        return Outcome.judged(findings, judged);
    }

    /**
     * The device's answer to a message: at QoS 1 its PUBACK, at QoS 2 its PUBREC, under the message's packet identifier
     * on the same connection; at QoS 0 any later packet of the device there.
     */
    static Optional<Evidence> answer(List<Evidence> evidence, Evidence message) {
        Publish p = message.as(Publish.class).orElseThrow();
        PacketType expected = p.qos() == 2 ? PacketType.PUBREC : PacketType.PUBACK;
        return evidence.stream().filter(e -> e.seq() > message.seq() && e.connection().equals(message.connection())
                && e.direction() == Direction.DEVICE_TO_SUITE
                && (p.qos() == 0 ? e.as(Disconnect.class).isEmpty() && e.decodedValue().isPresent()
                        : e.as(PublishAck.class).map(a -> a.type() == expected && a.packetId() == p.packetId()).orElse(false)))
                .findFirst();
    }

    /** A PUBACK or PUBREC of the device under an identifier no message the broker sent earlier on that connection had. */
    private static Optional<Evidence> strayAnswer(List<Evidence> evidence) {
        return evidence.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE && e.as(PublishAck.class)
                        .filter(a -> a.type() == PacketType.PUBACK || a.type() == PacketType.PUBREC).isPresent())
                .filter(e -> evidence.stream().noneMatch(m -> m.seq() < e.seq() && m.connection().equals(e.connection())
                        && m.direction() == Direction.SUITE_TO_DEVICE && m.as(Publish.class).filter(p -> p.qos() > 0
                        && p.packetId() == e.as(PublishAck.class).orElseThrow().packetId()).isPresent()))
                .findFirst();
    }

    private static Optional<Evidence> ended(List<Evidence> evidence, Evidence message) {
        return evidence.stream().filter(e -> e.seq() > message.seq() && e.connection().equals(message.connection())
                && e.as(ConnectionEnded.class).isPresent()).findFirst();
    }

    private static int alias(Evidence message) {
        return message.as(Publish.class).flatMap(p -> p.properties().first(MqttPropertyId.TOPIC_ALIAS))
                .map(p -> (Integer) p.value()).orElse(0);
    }

    private static String describe(List<Evidence> messages) {
        return messages.stream().map(m -> {
            Publish p = m.as(Publish.class).orElseThrow();
            return "the message #" + m.seq() + " with Topic Alias " + alias(m) + (p.topic().isEmpty() ? " alone"
                    : " and topic \"" + p.topic() + "\"");
        }).reduce((a, b) -> a + " and " + b).orElse("");
    }
}
