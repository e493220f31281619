package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttPropertyId;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * MQTT 5.0: while the device has as many QoS 1 and 2 PUBLISHes unacknowledged as its broker's Receive Maximum (its send
 * quota is zero), it still sends its other packets when they fall due. What falls due for certain is a PINGREQ: on each
 * connection whose CONNACK announced a Receive Maximum, the check takes each span in which the quota stayed zero for
 * longer than the Keep Alive in force there (the CONNACK's Server Keep Alive, else the one the device declared), and
 * finds every stretch of it without a packet from the device that is longer than that Keep Alive plus a margin for
 * scheduling jitter. A span ends with the broker's acknowledgement that frees the quota, or with the end of the
 * connection or of the watch. The check sees that a PINGREQ due while the quota was zero did not go out, not why: a
 * device that never pings fails it as well.
 *
 * @param requirement the row cited
 * @param margin      scheduling jitter allowed on top of the Keep Alive
 */
public record ZeroQuotaKeepAliveCheck(String requirement, Duration margin) implements Check {

    @Override
    public Outcome judge(List<Evidence> evidence) {
        Map<String, Evidence> connacks = ConnackAnnouncements.announcing(evidence, MqttPropertyId.RECEIVE_MAXIMUM);
        if (connacks.isEmpty()) {
            return Outcome.inconclusive("the suite's broker announced a Receive Maximum on no connection of the device "
                    + "(it does so from the device's second accepted connection on)", List.of());
        }
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Map.Entry<String, Evidence> entry : connacks.entrySet()) {
            judgeConnection(evidence, entry.getKey(), entry.getValue(), findings, judged);
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("on no connection announcing a Receive Maximum did the device's send quota stay "
                    + "zero for longer than its Keep Alive, so no PINGREQ fell due while it was", List.copyOf(connacks.values()));
        }
        return Outcome.judged(findings, judged);
    }

    private void judgeConnection(List<Evidence> evidence, String connection, Evidence connack, List<Finding> findings,
                                 List<Evidence> judged) {
        int keepAlive = keepAlive(evidence, connection, connack);
        if (keepAlive == 0) {
            return; // no PINGREQ ever falls due
        }
        long allowed = Duration.ofSeconds(keepAlive).plus(margin).toNanos();
        for (ZeroQuotaSpans.Span zero : ZeroQuotaSpans.on(evidence, connection, connack)) {
            List<Evidence> span = new ArrayList<>(List.of(zero.start()));
            span.addAll(zero.within(evidence, Direction.DEVICE_TO_SUITE));
            span.add(zero.end());
            judgeSpan(connection, keepAlive, allowed, span, findings, judged);
        }
    }

    /** Judges one span of zero quota, from the PUBLISH that used it up to what ended it, if it outlasted the Keep Alive. */
    private void judgeSpan(String connection, int keepAlive, long allowed, List<Evidence> span, List<Finding> findings,
                           List<Evidence> judged) {
        Evidence first = span.get(0);
        if (span.get(span.size() - 1).nanos() - first.nanos() <= allowed) {
            return; // over before a PINGREQ fell due
        }
        judged.addAll(span);
        for (int i = 1; i < span.size(); i++) {
            Evidence from = span.get(i - 1);
            Evidence to = span.get(i);
            if (to.nanos() - from.nanos() > allowed) {
                findings.add(Finding.of(requirement, String.format("connection %s: %.1f s passed between packets #%d and #%d "
                        + "without a packet from the device while its send quota was zero (the PUBLISH #%d used it up); "
                        + "its Keep Alive there is %d s", connection, (to.nanos() - from.nanos()) / 1e9, from.seq(),
                        to.seq(), first.seq(), keepAlive), from, to));
            }
        }
    }

    /** The Keep Alive in force on the connection: the CONNACK's Server Keep Alive, else the one the device declared. */
    private static int keepAlive(List<Evidence> evidence, String connection, Evidence connack) {
        int declared = evidence.stream().filter(e -> e.connection().equals(connection)
                && e.direction() == Direction.DEVICE_TO_SUITE).flatMap(e -> e.as(Connect.class).stream())
                .findFirst().map(Connect::keepAlive).orElse(0);
        return connack.as(Connack.class).orElseThrow().properties().first(MqttPropertyId.SERVER_KEEP_ALIVE)
                .map(p -> (Integer) p.value()).orElse(declared);
    }
}
