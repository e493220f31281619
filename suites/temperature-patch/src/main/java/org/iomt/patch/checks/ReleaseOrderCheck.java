package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.PublishAck;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The device, as the sender of QoS 2 readings, sends its PUBRELs in the order the suite's PUBRECs came on the
 * connection. Judged where a PUBREL went out while two or more PUBRECs (below 0x80) awaited theirs on its connection;
 * INCONCLUSIVE when that never happened.
 *
 * @param requirement the requirement the findings cite
 */
public record ReleaseOrderCheck(String requirement) implements Check {

    /**
     * Whether, on some connection, a PUBREL answered one of two or more PUBRECs awaiting theirs at once, and the device
     * has sent two PUBRELs or more in all.
     */
    public static boolean twoReceiptsReleased(List<Evidence> log) {
        long releases = log.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBREL).isPresent()).count();
        return releases >= 2 && !judgedReleases(log).isEmpty();
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (JudgedRelease r : judgedReleases(evidence)) {
            judged.add(r.receipt());
            judged.add(r.release());
            if (r.earlier().isPresent()) {
                Evidence first = r.earlier().get();
                findings.add(Finding.of(requirement, "packet #" + r.release().seq() + " on " + r.release().connection()
                        + ": PUBREL answers the PUBREC of packet #" + r.receipt().seq() + " while the PUBREC of packet #"
                        + first.seq() + ", which came first, still awaited its PUBREL", first, r.receipt(), r.release()));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device never sent a PUBREL while two PUBRECs of the suite awaited theirs on "
                    + "one connection", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    /**
     * A PUBREL sent while two or more PUBRECs awaited theirs on its connection.
     *
     * @param receipt the PUBREC it answers (by packet identifier)
     * @param release the PUBREL
     * @param earlier a PUBREC that came before that one and still awaited its PUBREL, if any
     */
    private record JudgedRelease(Evidence receipt, Evidence release, Optional<Evidence> earlier) {
    }

    private static List<JudgedRelease> judgedReleases(List<Evidence> log) {
        List<JudgedRelease> found = new ArrayList<>();
        Map<String, Map<Integer, Evidence>> awaiting = new LinkedHashMap<>();
        for (Evidence e : log) {
            Optional<PublishAck> ack = e.as(PublishAck.class);
            Map<Integer, Evidence> open = awaiting.computeIfAbsent(e.connection(), c -> new LinkedHashMap<>());
            if (e.direction() == Direction.SUITE_TO_DEVICE && ack.filter(a -> a.type() == PacketType.PUBREC && a.reasonCode() < 0x80).isPresent()) {
                open.put(ack.get().packetId(), e);
            } else if (e.direction() == Direction.DEVICE_TO_SUITE && ack.filter(a -> a.type() == PacketType.PUBREL).isPresent()) {
                int size = open.size();
                Optional<Evidence> earliest = open.values().stream().findFirst();
                Evidence receipt = open.remove(ack.get().packetId());
                if (receipt != null && size >= 2) {
                    found.add(new JudgedRelease(receipt, e, earliest.filter(x -> x != receipt)));
                }
            }
        }
        return found;
    }
}
