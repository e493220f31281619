package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * MQTT 5.0: a message the broker answered with a PUBACK or PUBREC carrying a failure reason code (0x80 or above) is
 * acknowledged, and the device never sends it again, on that connection or on a resumed session. A repeat is a later
 * PUBLISH with the same topic and payload (a reading's payload is unique to it), whatever its identifier and DUP flag.
 * Judged once the session resumed after the refusal and the device published on the resumed connection.
 */
public record RefusedMessageCheck(String requirement) implements Check {

    /** A PUBLISH of the device and the suite's answer to it with a failure reason code. */
    private record Refusal(Evidence publish, Evidence answer) {
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Refusal> refusals = refusals(evidence);
        if (refusals.isEmpty()) {
            return Outcome.inconclusive("the suite answered no PUBLISH of the device with a failure reason code", List.of());
        }
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Refusal refusal : refusals) {
            Evidence publish = refusal.publish();
            Evidence answer = refusal.answer();
            Optional<Evidence> resumed = publishedOnResumedSession(evidence, answer.seq());
            if (resumed.isEmpty()) {
                continue;
            }
            judged.addAll(List.of(publish, answer, resumed.get()));
            Publish refused = publish.as(Publish.class).orElseThrow();
            evidence.stream().filter(e -> e.seq() > answer.seq() && e.direction() == Direction.DEVICE_TO_SUITE)
                    .filter(e -> e.as(Publish.class).filter(p -> p.topic().equals(refused.topic())
                            && Arrays.equals(p.payload(), refused.payload())).isPresent())
                    .forEach(again -> findings.add(Finding.of(requirement, String.format("packet #%d on %s sends again the "
                            + "message of packet #%d, which the suite had answered with %s reason code 0x%02X (packet #%d) "
                            + "and so counts as acknowledged", again.seq(), again.connection(), publish.seq(),
                            answer.as(PublishAck.class).orElseThrow().type(), answer.as(PublishAck.class).orElseThrow().reasonCode(),
                            answer.seq()), publish, answer, again)));
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("no session of the device resumed, with a PUBLISH on it, after the suite refused "
                    + "packet #" + refusals.get(0).publish().seq(),
                    List.of(refusals.get(0).publish(), refusals.get(0).answer()));
        }
        return Outcome.judged(findings, judged);
    }

    /** Each device PUBLISH answered with a failure reason code, paired with that answer. */
    private static List<Refusal> refusals(List<Evidence> evidence) {
        List<Refusal> refusals = new ArrayList<>();
        for (Evidence e : evidence) {
            Optional<PublishAck> ack = e.as(PublishAck.class).filter(a -> e.direction() == Direction.SUITE_TO_DEVICE
                    && (a.type() == PacketType.PUBACK || a.type() == PacketType.PUBREC) && a.reasonCode() >= 0x80);
            if (ack.isEmpty()) {
                continue;
            }
            int id = ack.get().packetId();
            evidence.stream().filter(p -> p.seq() < e.seq() && p.connection().equals(e.connection())
                            && p.direction() == Direction.DEVICE_TO_SUITE
                            && p.as(Publish.class).filter(x -> x.qos() > 0 && x.packetId() == id).isPresent())
                    .reduce((first, second) -> second).ifPresent(p -> refusals.add(new Refusal(p, e)));
        }
        return refusals;
    }

    /** The first QoS 1 or 2 PUBLISH of the device on a connection resumed (Session Present 1) after the given packet. */
    private static Optional<Evidence> publishedOnResumedSession(List<Evidence> evidence, long after) {
        List<String> resumed = evidence.stream().filter(e -> e.seq() > after && e.direction() == Direction.SUITE_TO_DEVICE
                && e.as(Connack.class).filter(Connack::sessionPresent).isPresent()).map(Evidence::connection).toList();
        return evidence.stream().filter(e -> e.seq() > after && resumed.contains(e.connection())
                && e.direction() == Direction.DEVICE_TO_SUITE && e.as(Publish.class).filter(p -> p.qos() > 0).isPresent())
                .findFirst();
    }
}
