package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the broker's PUBACK, PUBREC, PUBREL and PUBCOMP relate to the PUBLISH they belong to, on each connection: the
 * packet identifier they carry, and the packet that answers a client's PUBLISH at its QoS.
 */
public final class PublishAnswerCheck {

    private PublishAnswerCheck() {
    }

    /**
     * Every acknowledgement of the given types the broker sent carries the identifier of the PUBLISH its flow began
     * with: a PUBACK, PUBREC or PUBCOMP that of a client's PUBLISH at QoS 1 or 2 sent before it, a PUBREL that of a
     * QoS 2 PUBLISH the broker sent before it.
     */
    public static Outcome identifiersOfTheirPublish(String requirement, List<Evidence> entries, Set<PacketType> types) {
        Map<String, Set<Integer>> clientIds = new HashMap<>();
        Map<String, Set<Integer>> brokerIds = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence e : entries) {
            String c = e.connection();
            e.as(Publish.class).filter(p -> p.qos() > 0).ifPresent(p -> (e.direction() == Direction.SUITE_TO_DEVICE
                    ? clientIds : brokerIds).computeIfAbsent(c, k -> new HashSet<>()).add(p.packetId()));
            if (e.direction() != Direction.DEVICE_TO_SUITE) {
                continue;
            }
            e.as(PublishAck.class).filter(a -> types.contains(a.type())).ifPresent(a -> {
                judged.add(e);
                boolean release = a.type() == PacketType.PUBREL;
                Set<Integer> known = (release ? brokerIds : clientIds).getOrDefault(c, Set.of());
                if (!known.contains(a.packetId())) {
                    findings.add(Finding.of(requirement, "expected the " + a.type() + " the broker sent on connection " + c
                            + " to carry the packet identifier of " + (release ? "a QoS 2 PUBLISH it sent" : "a PUBLISH the "
                            + "client sent at QoS 1 or 2") + " before it " + known + "; it carried " + a.packetId(), e));
                }
            });
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the broker sent no " + types + " on connections " + SentFrame.connections(entries),
                    entries);
        }
        return Outcome.judged(findings, judged);
    }

    /**
     * The broker answered each PUBLISH the client sent at QoS 1 with a PUBACK and each at QoS 2 with a PUBREC: the
     * first acknowledgement carrying its packet identifier that came after it is of that type. A PUBLISH left without
     * any answer fails only beside a later PUBLISH of the same connection that the broker did answer.
     */
    public static Outcome answeredAtItsQos(String requirement, List<Evidence> entries) {
        Map<String, Map<Integer, Evidence>> awaiting = new HashMap<>();
        Map<String, Evidence> lastAnswered = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence e : entries) {
            String c = e.connection();
            if (e.direction() == Direction.SUITE_TO_DEVICE) {
                e.as(Publish.class).filter(p -> p.qos() == 1 || p.qos() == 2)
                        .ifPresent(p -> awaiting.computeIfAbsent(c, k -> new HashMap<>()).put(p.packetId(), e));
                continue;
            }
            e.as(PublishAck.class).filter(a -> a.type() != PacketType.PUBREL).ifPresent(a -> {
                Evidence publish = awaiting.getOrDefault(c, Map.of()).remove(a.packetId());
                if (publish == null) {
                    return;
                }
                Publish p = publish.as(Publish.class).orElseThrow();
                judged.add(e);
                lastAnswered.merge(c, publish, (x, y) -> x.seq() > y.seq() ? x : y);
                PacketType due = p.qos() == 1 ? PacketType.PUBACK : PacketType.PUBREC;
                if (a.type() != due) {
                    findings.add(Finding.of(requirement, "expected a " + due + " for the QoS " + p.qos() + " PUBLISH "
                            + a.packetId() + " the client sent on connection " + c + "; the broker answered with a "
                            + a.type(), publish, e));
                }
            });
        }
        awaiting.forEach((c, left) -> left.values().forEach(publish -> {
            Evidence later = lastAnswered.get(c);
            if (later != null && later.seq() > publish.seq()) {
                judged.add(publish);
                findings.add(Finding.of(requirement, "expected an answer to " + publish.decoded() + " on connection " + c
                        + "; none came, though the broker answered the later " + later.decoded(), publish, later));
            }
        }));
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the broker answered no PUBLISH the client sent at QoS 1 or 2 on connections "
                    + SentFrame.connections(entries), entries);
        }
        return Outcome.judged(findings, judged);
    }
}
