package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.checks.MqttEvidence;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a device that held session state (a message unacknowledged when its connection ended) and then met Session
 * Present 0 discarded that state: on the connection it went on with, it sent none of those messages again, judged when
 * it published something new there.
 */
public final class DiscardedSessionCheck implements Check {

    private final String requirement;

    public DiscardedSessionCheck(String requirement) {
        this.requirement = requirement;
    }

    /** A connection on which the device had to discard its state: the CONNACK, the owed messages, what it sent after. */
    private record Discard(Evidence connack, List<Evidence> owed, List<Evidence> sent) {
    }

    /** Whether the device has published on some connection where it had to discard its session state. */
    public static boolean continuedAfterLostSession(List<Evidence> evidence) {
        return discards(evidence).stream().anyMatch(d -> !d.sent().isEmpty());
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Discard d : discards(evidence)) {
            if (d.sent().isEmpty()) {
                continue;
            }
            judged.add(d.connack());
            judged.addAll(d.sent());
            for (Evidence sent : d.sent()) {
                Publish p = MqttEvidence.publish(sent);
                Optional<Evidence> repeated = d.owed().stream().filter(o -> sameMessage(MqttEvidence.publish(o), p)).findFirst();
                repeated.ifPresent(o -> findings.add(Finding.of(requirement, "packet #" + sent.seq() + " on connection "
                        + sent.connection() + " sends packet #" + o.seq() + " again, although the broker answered the "
                        + "device's CONNECT with Session Present 0 (packet #" + d.connack().seq() + "), so its session "
                        + "state was to be discarded", o, d.connack(), sent)));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device never went on publishing on a connection whose CONNACK said Session "
                    + "Present 0 while a message of its was unacknowledged", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    private static List<Discard> discards(List<Evidence> evidence) {
        Map<Integer, Evidence> unacknowledged = new LinkedHashMap<>();
        List<Discard> discards = new ArrayList<>();
        Discard current = null;
        for (Evidence e : evidence) {
            if (e.direction() == Direction.DEVICE_TO_SUITE) {
                Optional<Publish> publish = e.as(Publish.class);
                if (current != null && publish.isPresent() && e.connection().equals(current.connack().connection())) {
                    current.sent().add(e);
                } else {
                    publish.filter(p -> p.qos() > 0).ifPresent(p -> unacknowledged.put(p.packetId(), e));
                }
            } else if (e.direction() == Direction.SUITE_TO_DEVICE) {
                e.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBACK || a.type() == PacketType.PUBREC)
                        .ifPresent(a -> unacknowledged.remove(a.packetId()));
                Optional<Connack> connack = e.as(Connack.class).filter(c -> c.reasonCode() == 0);
                if (connack.isPresent()) {
                    current = null;
                    if (!connack.get().sessionPresent() && !unacknowledged.isEmpty()) {
                        current = new Discard(e, List.copyOf(unacknowledged.values()), new ArrayList<>());
                        discards.add(current);
                    }
                    if (!connack.get().sessionPresent()) {
                        unacknowledged.clear();
                    }
                }
            }
        }
        return discards;
    }

    private static boolean sameMessage(Publish a, Publish b) {
        return a.topic().equals(b.topic()) && Arrays.equals(a.payload(), b.payload());
    }
}
