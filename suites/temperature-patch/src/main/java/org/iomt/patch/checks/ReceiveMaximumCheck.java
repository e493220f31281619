package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * MQTT 5.0: on a connection whose CONNACK announced a Receive Maximum, the device never has more QoS 1 and QoS 2
 * PUBLISHes unacknowledged than that. A PUBLISH is unacknowledged on its connection from when the device sends it
 * until the broker's PUBACK (or PUBCOMP, or a PUBREC refusing it). The rule is put to the test only when the device
 * had that many unacknowledged for a whole reporting interval, so that a new reading fell due while it could not send
 * it; otherwise there is nothing to judge.
 *
 * @param requirement the row cited
 * @param interval    the claimed reporting interval
 * @param qosClaimed  the QoS the profile claims for the readings; at QoS 0 the Receive Maximum counts nothing
 */
public record ReceiveMaximumCheck(String requirement, Duration interval, int qosClaimed) implements Check {

    @Override
    public Outcome judge(List<Evidence> evidence) {
        if (qosClaimed == 0) {
            return Outcome.notApplicable("the profile claims readings at QoS 0, which the Receive Maximum does not count",
                    List.of());
        }
        Map<String, Evidence> connacks = ConnackAnnouncements.announcing(evidence, MqttPropertyId.RECEIVE_MAXIMUM);
        if (connacks.isEmpty()) {
            return Outcome.inconclusive("the suite's broker announced a Receive Maximum on no connection of the device "
                    + "(it does so from the device's second accepted connection on)", List.of());
        }
        List<Finding> findings = new ArrayList<>();
        List<Evidence> tested = new ArrayList<>();
        for (Map.Entry<String, Evidence> entry : connacks.entrySet()) {
            judgeConnection(evidence, entry.getKey(), entry.getValue(), findings, tested);
        }
        if (findings.isEmpty() && tested.isEmpty()) {
            return Outcome.inconclusive(String.format("on no connection announcing a Receive Maximum (%s) did the device "
                    + "have that many PUBLISHes unacknowledged for a whole reporting interval of %.1f s, so it never had a "
                    + "reading to hold back", String.join(", ", connacks.keySet()), interval.toMillis() / 1000.0),
                    List.copyOf(connacks.values()));
        }
        return Outcome.judged(findings, tested);
    }

    private void judgeConnection(List<Evidence> evidence, String connection, Evidence connack, List<Finding> findings,
                                 List<Evidence> tested) {
        int maximum = ConnackAnnouncements.value(connack, MqttPropertyId.RECEIVE_MAXIMUM);
        Set<Integer> unacknowledged = new LinkedHashSet<>();
        Evidence fullSince = null;
        for (Evidence e : evidence) {
            if (!e.connection().equals(connection) || e.seq() < connack.seq()) {
                continue;
            }
            if (e.direction() == Direction.DEVICE_TO_SUITE) {
                Publish p = e.as(Publish.class).orElse(null);
                if (p == null || p.qos() == 0 || unacknowledged.contains(p.packetId())) {
                    continue;
                }
                if (unacknowledged.size() >= maximum) {
                    findings.add(Finding.of(requirement, "packet #" + e.seq() + ": PUBLISH id=" + p.packetId() + " sent on "
                            + "connection " + connection + " while " + unacknowledged.size() + " were unacknowledged "
                            + unacknowledged + "; its CONNACK (packet #" + connack.seq() + ") announced Receive Maximum "
                            + maximum, connack, e));
                }
                unacknowledged.add(p.packetId());
                if (unacknowledged.size() == maximum) {
                    fullSince = e;
                }
            } else if (e.direction() == Direction.SUITE_TO_DEVICE && ends(e)) {
                int id = e.as(PublishAck.class).orElseThrow().packetId();
                if (unacknowledged.remove(id) && fullSince != null && unacknowledged.size() < maximum) {
                    if (e.nanos() - fullSince.nanos() >= interval.toNanos()) {
                        tested.addAll(List.of(connack, fullSince, e));
                    }
                    fullSince = null;
                }
            }
        }
        Evidence held = fullSince;
        if (held != null) {
            ConnackAnnouncements.end(evidence, connection).filter(end -> end.nanos() - held.nanos() >= interval.toNanos())
                    .ifPresent(end -> tested.addAll(List.of(connack, held, end)));
        }
    }

    /** Whether a packet of the broker ends a QoS 1 or 2 flow of the device: PUBACK, PUBCOMP, or a refusing PUBREC. */
    private static boolean ends(Evidence e) {
        return e.as(PublishAck.class).map(a -> a.type() == PacketType.PUBACK || a.type() == PacketType.PUBCOMP
                || a.type() == PacketType.PUBREC && a.reasonCode() >= 0x80).orElse(false);
    }
}
