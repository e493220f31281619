package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a device that asks for a clean start (3.1.1 CleanSession 1, 5.0 Clean Start 1) begins a new session with
 * nothing of the one before: on a connection the broker accepted after one that ended with messages of the device
 * still owed (a QoS 1 or 2 PUBLISH unacknowledged, or a QoS 2 release not completed), the device sends none of those
 * messages again and releases no identifier that got no PUBREC there; judged when it published something new there.
 */
public final class CleanStartCheck implements Check {

    private final String requirement;

    public CleanStartCheck(String requirement) {
        this.requirement = requirement;
    }

    /** A clean-start connection accepted while the device owed messages: its CONNACK, what was owed, what came after. */
    private record FreshStart(Evidence connect, Evidence connack, List<Evidence> owed, Map<Integer, Evidence> owedReleases,
                              List<Evidence> sent) {
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (FreshStart f : freshStarts(evidence)) {
            if (f.sent().stream().noneMatch(e -> e.as(Publish.class).isPresent())) {
                continue;
            }
            judged.add(f.connect());
            judged.add(f.connack());
            judged.addAll(f.sent());
            findings.addAll(carriedOver(f));
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device never published on a connection that asked for a clean start and was "
                    + "accepted after a connection ended with a QoS 1 or 2 message of the device unacknowledged or "
                    + "unreleased", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    private List<Finding> carriedOver(FreshStart f) {
        List<Finding> findings = new ArrayList<>();
        Set<Integer> receivedHere = new HashSet<>();
        for (Evidence sent : f.sent()) {
            if (sent.direction() == Direction.SUITE_TO_DEVICE) {
                sent.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBREC).ifPresent(a -> receivedHere.add(a.packetId()));
                continue;
            }
            Optional<Publish> publish = sent.as(Publish.class);
            if (publish.isPresent()) {
                Publish p = publish.get();
                f.owed().stream().filter(o -> resends(p, o.as(Publish.class).orElseThrow())).findFirst()
                        .ifPresent(o -> findings.add(Finding.of(requirement, "packet #" + sent.seq() + " on connection "
                                + sent.connection() + " sends packet #" + o.seq() + " of connection " + o.connection()
                                + " again (DUP " + p.dup() + ", packet identifier " + p.packetId() + "), although the "
                                + "device asked for a clean start in its CONNECT (packet #" + f.connect().seq() + "), "
                                + "which begins a new session without the messages of the one before", o, f.connect(), sent)));
            }
            sent.as(PublishAck.class).filter(a -> a.type() == PacketType.PUBREL && !receivedHere.contains(a.packetId()))
                    .ifPresent(rel -> {
                        Evidence owed = f.owedReleases().get(rel.packetId());
                        String earlier = owed == null ? "" : ", which the broker received as packet #" + owed.seq()
                                + " on connection " + owed.connection();
                        findings.add(Finding.of(requirement, "packet #" + sent.seq() + " on connection " + sent.connection()
                                + " releases packet identifier " + rel.packetId() + ", which got no PUBREC on that "
                                + "connection" + earlier + ", although the device asked for a clean start in its CONNECT "
                                + "(packet #" + f.connect().seq() + ")", owed == null ? new Evidence[]{f.connect(), sent}
                                : new Evidence[]{owed, f.connect(), sent}));
                    });
        }
        return findings;
    }

    /**
     * Whether a PUBLISH sends an earlier message again: DUP set under that message's packet identifier, or the same
     * topic and payload under it.
     */
    private static boolean resends(Publish p, Publish owed) {
        return p.packetId() == owed.packetId() && (p.dup() == 1
                || p.topic().equals(owed.topic()) && Arrays.equals(p.payload(), owed.payload()));
    }

    private static List<FreshStart> freshStarts(List<Evidence> evidence) {
        Map<Integer, Evidence> unacknowledged = new LinkedHashMap<>();
        Map<Integer, Evidence> unreleased = new LinkedHashMap<>();
        Map<String, Evidence> connects = new HashMap<>();
        List<FreshStart> starts = new ArrayList<>();
        FreshStart current = null;
        for (Evidence e : evidence) {
            if (current != null && e.connection().equals(current.connack().connection())
                    && e.direction() != Direction.TRANSPORT) {
                current.sent().add(e);
            }
            if (e.direction() == Direction.DEVICE_TO_SUITE) {
                e.as(Connect.class).ifPresent(c -> connects.put(e.connection(), e));
                e.as(Publish.class).filter(p -> p.qos() > 0).ifPresent(p -> unacknowledged.put(p.packetId(), e));
            } else if (e.direction() == Direction.SUITE_TO_DEVICE) {
                Optional<PublishAck> ack = e.as(PublishAck.class);
                ack.filter(a -> a.type() == PacketType.PUBACK || a.type() == PacketType.PUBREC)
                        .ifPresent(a -> unacknowledged.remove(a.packetId()));
                ack.filter(a -> a.type() == PacketType.PUBREC && a.reasonCode() < 0x80)
                        .ifPresent(a -> unreleased.put(a.packetId(), e));
                ack.filter(a -> a.type() == PacketType.PUBCOMP).ifPresent(a -> unreleased.remove(a.packetId()));
                Evidence connect = connects.get(e.connection());
                boolean accepted = e.as(Connack.class).filter(c -> c.reasonCode() == 0).isPresent();
                if (accepted) {
                    current = null;
                }
                if (accepted && connect != null && connect.as(Connect.class).orElseThrow().cleanStart()) {
                    if (!unacknowledged.isEmpty() || !unreleased.isEmpty()) {
                        current = new FreshStart(connect, e, List.copyOf(unacknowledged.values()), Map.copyOf(unreleased),
                                new ArrayList<>());
                        starts.add(current);
                    }
                    unacknowledged.clear();
                    unreleased.clear();
                }
            }
        }
        return starts;
    }
}
