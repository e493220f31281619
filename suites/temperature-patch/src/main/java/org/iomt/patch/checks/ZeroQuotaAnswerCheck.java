package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MQTT 5.0: while the device's send quota is zero (see {@link ZeroQuotaSpans}), it still answers what the broker sends
 * it: a QoS 1 or 2 message (a command) the broker sent inside such a span is answered before the span ends. Its answer
 * is paired with it as {@link SuiteExchanges} pairs them; whether the answer is of the right kind and under the right
 * packet identifier is for the rules on answers to judge. A span the suite itself ended by closing the connection is
 * not held against the device.
 */
public record ZeroQuotaAnswerCheck(String requirement) implements Check {

    @Override
    public Outcome judge(List<Evidence> evidence) {
        Map<String, Evidence> connacks = ConnackAnnouncements.announcing(evidence, MqttPropertyId.RECEIVE_MAXIMUM);
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        Map<Evidence, Optional<Evidence>> answers = SuiteExchanges.pair(evidence,
                e -> e.as(Publish.class).filter(p -> p.qos() > 0).map(Publish::packetId),
                e -> e.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBACK || a.type() == PacketType.PUBREC)
                        .map(PublishAck::packetId)).stream()
                .collect(java.util.stream.Collectors.toMap(SuiteExchanges.Exchange::sent, SuiteExchanges.Exchange::answer));
        for (Map.Entry<String, Evidence> entry : connacks.entrySet()) {
            for (ZeroQuotaSpans.Span span : ZeroQuotaSpans.on(evidence, entry.getKey(), entry.getValue())) {
                boolean cutBySuite = span.end().as(ConnectionEnded.class).map(ConnectionEnded::causedBySuite).orElse(false);
                for (Evidence sent : span.within(evidence, Direction.SUITE_TO_DEVICE)) {
                    Optional<Publish> command = sent.as(Publish.class).filter(p -> p.qos() > 0);
                    if (command.isEmpty()) {
                        continue;
                    }
                    PacketType expected = command.get().qos() == 1 ? PacketType.PUBACK : PacketType.PUBREC;
                    Optional<Evidence> answer = answers.getOrDefault(sent, Optional.empty())
                            .filter(a -> a.seq() < span.end().seq());
                    if (answer.isEmpty() && cutBySuite) {
                        continue;
                    }
                    judged.add(span.start());
                    judged.add(sent);
                    answer.ifPresent(judged::add);
                    if (answer.isEmpty()) {
                        judged.add(span.end());
                        findings.add(Finding.of(requirement, String.format("connection %s: the device sent no %s for the "
                                + "QoS %d command of packet #%d (packet identifier %d), sent while its send quota was zero "
                                + "(the PUBLISH #%d used it up), before packet #%d ended that", sent.connection(), expected,
                                command.get().qos(), sent.seq(), command.get().packetId(), span.start().seq(),
                                span.end().seq()), span.start(), sent, span.end()));
                    }
                }
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the suite's broker sent the device no command while its send quota was zero "
                    + (connacks.isEmpty() ? "(it announced a Receive Maximum on no connection)"
                    : "on the connections announcing a Receive Maximum (" + String.join(", ", connacks.keySet()) + ")"),
                    List.copyOf(connacks.values()));
        }
        return Outcome.judged(findings, judged.stream().distinct().sorted(java.util.Comparator.comparingLong(Evidence::seq))
                .toList());
    }
}
