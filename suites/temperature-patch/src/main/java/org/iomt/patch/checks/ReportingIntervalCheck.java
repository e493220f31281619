package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.ObservationClosed;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.checks.MqttEvidence;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Readings arrive at the claimed interval: every gap between two consecutive readings, as received, lies within
 * the relative tolerance of the claim, and no longer silence follows the last reading before the observation
 * window closed (a device that stops reporting is not passed on the readings it sent before). Readings that arrive
 * together (closer than the tolerance allows) on a reconnection, sooner than the shortest interval claimed after
 * the suite accepted that connection, are the backlog of the outage before it (the suite itself refuses, drops or presents bad
 * certificates to the device in the window): the gap between them says nothing of the interval and is not judged.
 * Nor is a gap in which the suite sent an acknowledgement it had held back for longer than the interval under an MQTT
 * 5.0 Receive Maximum (the device rightly waited for it), nor the catching-up gap after the reading that followed, nor
 * the gaps between readings that arrive together soon after that acknowledgement (the backlog the hold built up), nor
 * the silence at the end of the window while the suite still held one back. Nor is a gap too long across a connection
 * the suite ended, or made the device end, on purpose (a Keep Alive it enforced, a refusal, a certificate the device
 * must refuse): the device could not report until it had connected again. Readings whose every gap is excused so
 * leave the rule inconclusive.
 */
public record ReportingIntervalCheck(String requirement, Duration interval, double tolerance) implements Check {

    /** The connection of entries that belong to none, such as what the observation plans. */
    private static final String NO_CONNECTION = "-";

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Evidence> readings = MqttEvidence.readings(evidence);
        if (readings.isEmpty()) {
            return Outcome.inconclusive("no reading was observed", List.of());
        }
        double claimed = interval.toNanos();
        Map<String, Long> reconnections = reconnections(evidence);
        List<Long> heldAcknowledgements = heldAcknowledgements(evidence);
        List<Long> endedBySuite = endedBySuite(evidence);
        List<Finding> findings = new ArrayList<>();
        int judged = 0;
        for (int i = 1; i < readings.size(); i++) {
            Evidence before = readings.get(i - 1);
            Evidence after = readings.get(i);
            double gap = after.nanos() - before.nanos();
            long earlier = i >= 2 ? readings.get(i - 2).nanos() : Long.MIN_VALUE;
            boolean held = heldAcknowledgements.stream().anyMatch(t -> t > before.nanos() && t <= after.nanos()
                    || t > earlier && t <= before.nanos() && gap < claimed);
            if (held) {
                continue;
            }
            Long opened = reconnections.get(after.connection());
            boolean together = gap < claimed * tolerance;
            boolean backlog = together && (opened != null && after.nanos() - opened < claimed * (1 - tolerance)
                    || heldAcknowledgements.stream().anyMatch(t -> t <= before.nanos() && after.nanos() - t < claimed * (1 - tolerance)));
            boolean late = gap > claimed * (1 + tolerance);
            boolean outage = late && endedBySuite.stream().anyMatch(t -> t > before.nanos() && t < after.nanos());
            if (backlog || outage) {
                continue;
            }
            judged++;
            if (Math.abs(gap - claimed) > claimed * tolerance) {
                findings.add(Finding.of(requirement, String.format(
                        "%.2f s between readings #%d and #%d, the profile claims %.2f s ± %.0f %%",
                        gap / 1e9, before.seq(), after.seq(), claimed / 1e9, tolerance * 100), before, after));
            }
        }
        Evidence last = readings.get(readings.size() - 1);
        Optional<Evidence> closed = evidence.stream().filter(e -> e.as(ObservationClosed.class).isPresent()).findFirst();
        if (closed.isPresent() && closed.get().nanos() - last.nanos() > claimed * (1 + tolerance)
                && heldAcknowledgements.stream().noneMatch(t -> t > last.nanos()) && !heldBackAtClose(evidence, last)) {
            findings.add(Finding.of(requirement, String.format("no reading for %.2f s after reading #%d, until the observation "
                    + "window closed; the profile claims one every %.2f s", (closed.get().nanos() - last.nanos()) / 1e9,
                    last.seq(), claimed / 1e9), last, closed.get()));
        } else if (readings.size() < 2) {
            return Outcome.inconclusive("only one reading was observed", readings);
        } else if (judged == 0 && findings.isEmpty()) {
            return Outcome.inconclusive("no gap between two of the " + readings.size() + " readings could be judged: each "
                    + "is the backlog of a reconnection, spans one after the suite ended the connection, or an acknowledgement "
                    + "the suite held back", readings);
        }
        return Outcome.judged(findings, readings);
    }

    /**
     * Whether the readings so far hold a gap the rule judges (one that is no backlog, no outage the suite caused and
     * no held acknowledgement): while none is, a window that waits for evidence should stay open, as long as its bound
     * allows, rather than leave the rule inconclusive.
     */
    public static boolean someGapJudged(List<Evidence> log, Duration interval, double tolerance) {
        return new ReportingIntervalCheck("-", interval, tolerance).judge(log).inconclusiveReason() == null;
    }

    /** When a connection of the device's ended that the suite ended, or made the device end, on purpose. */
    private static List<Long> endedBySuite(List<Evidence> evidence) {
        return evidence.stream().filter(e -> e.as(ConnectionEnded.class).map(ConnectionEnded::causedBySuite).orElse(false))
                .map(Evidence::nanos).toList();
    }

    /**
     * Whether the device, when the window closed, had as many QoS 1 and 2 PUBLISHes unacknowledged on the connection of
     * its last reading as that connection's CONNACK allowed (its Receive Maximum), that connection still open: then the
     * suite was holding an acknowledgement back and the device rightly sent nothing more.
     */
    private static boolean heldBackAtClose(List<Evidence> evidence, Evidence last) {
        Evidence connack = ConnackAnnouncements.announcing(evidence, MqttPropertyId.RECEIVE_MAXIMUM).get(last.connection());
        if (connack == null || ConnackAnnouncements.end(evidence, last.connection())
                .filter(end -> end.as(ObservationClosed.class).isEmpty()).isPresent()) {
            return false;
        }
        Set<Integer> unacknowledged = new HashSet<>();
        for (Evidence e : evidence) {
            if (!e.connection().equals(last.connection())) {
                continue;
            }
            if (e.direction() == Direction.DEVICE_TO_SUITE) {
                e.as(Publish.class).filter(p -> p.qos() > 0).ifPresent(p -> unacknowledged.add(p.packetId()));
            } else if (e.direction() == Direction.SUITE_TO_DEVICE) {
                e.as(PublishAck.class).ifPresent(a -> unacknowledged.remove(a.packetId()));
            }
        }
        return unacknowledged.size() >= ConnackAnnouncements.value(connack, MqttPropertyId.RECEIVE_MAXIMUM);
    }

    /**
     * When the suite sent an acknowledgement it had held for longer than the interval, on a connection whose CONNACK
     * announced a Receive Maximum.
     */
    private List<Long> heldAcknowledgements(List<Evidence> evidence) {
        Map<String, Evidence> announcing = ConnackAnnouncements.announcing(evidence,
                MqttPropertyId.RECEIVE_MAXIMUM);
        Map<String, Long> sent = new HashMap<>();
        List<Long> held = new ArrayList<>();
        for (Evidence e : evidence) {
            if (!announcing.containsKey(e.connection())) {
                continue;
            }
            String key = e.connection() + "/";
            if (e.direction() == Direction.DEVICE_TO_SUITE) {
                e.as(Publish.class).filter(p -> p.qos() > 0)
                        .ifPresent(p -> sent.putIfAbsent(key + p.packetId(), e.nanos()));
            } else if (e.direction() == Direction.SUITE_TO_DEVICE) {
                e.as(PublishAck.class).map(a -> sent.remove(key + a.packetId()))
                        .filter(since -> e.nanos() - since >= interval.toNanos()).ifPresent(since -> held.add(e.nanos()));
            }
        }
        return held;
    }

    /**
     * When the device could first publish on each connection after the first: the time of the CONNACK the suite sent on
     * it, else of its first entry (a TLS handshake before it can take more than a second on a loaded machine).
     */
    private static Map<String, Long> reconnections(List<Evidence> evidence) {
        Map<String, Long> opened = new LinkedHashMap<>();
        evidence.stream().filter(e -> !NO_CONNECTION.equals(e.connection()))
                .forEach(e -> opened.putIfAbsent(e.connection(), e.nanos()));
        opened.keySet().stream().findFirst().ifPresent(opened::remove);
        evidence.stream().filter(e -> e.direction() == Direction.SUITE_TO_DEVICE && e.as(Connack.class).isPresent())
                .filter(e -> opened.containsKey(e.connection())).forEach(e -> opened.put(e.connection(), e.nanos()));
        return opened;
    }
}
