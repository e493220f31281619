package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.ObservationClosed;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.checks.MqttEvidence;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttPropertyId;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Once connected with a non-zero Keep Alive, the device never lets more than Keep Alive seconds pass between two
 * packets it sends, nor between its last packet and the end of the observation window on a connection still open. Measured on the suite's monotonic clock, with a small margin for scheduling jitter.
 * The suite's closing a connection for silence counts too, unless its CONNACK set a Server Keep Alive (MQTT 5.0): the
 * broker then timed that one, which {@link ServerKeepAliveCheck} judges.
 */
public record KeepAliveCheck(String requirement, Duration margin) implements Check {

    @Override
    public Outcome judge(List<Evidence> evidence) {
        Map<String, List<Evidence>> byConnection = MqttEvidence.deviceFramesByConnection(evidence);
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Map.Entry<String, List<Evidence>> entry : byConnection.entrySet()) {
            List<Evidence> frames = entry.getValue();
            Evidence connectFrame = frames.get(0);
            if (connectFrame.as(Connect.class).isEmpty()) {
                continue;
            }
            int keepAlive = MqttEvidence.connect(connectFrame).keepAlive();
            if (keepAlive == 0) {
                continue; // Keep Alive switched off: nothing to keep
            }
            long allowed = Duration.ofSeconds(keepAlive).plus(margin).toNanos();
            judged.addAll(frames);
            Evidence previous = null;
            for (Evidence frame : frames) {
                if (previous != null && frame.nanos() - previous.nanos() > allowed) {
                    findings.add(Finding.of(requirement, String.format(
                            "connection %s: %.1f s passed between packets #%d and #%d, Keep Alive is %d s",
                            entry.getKey(), (frame.nanos() - previous.nanos()) / 1e9, previous.seq(), frame.seq(), keepAlive),
                            previous, frame));
                }
                previous = frame;
            }
            boolean serverTimed = ConnackAnnouncements.announcing(evidence, MqttPropertyId.SERVER_KEEP_ALIVE)
                    .containsKey(entry.getKey());
            closedForSilence(evidence, entry.getKey()).filter(close -> !serverTimed).ifPresent(close -> findings.add(Finding.of(requirement,
                    "connection " + entry.getKey() + " was closed because the device sent nothing for one and a half "
                            + "times its Keep Alive of " + keepAlive + " s", close)));
            Evidence last = previous;
            silentUntilWindowClosed(evidence, entry.getKey()).filter(end -> end.nanos() - last.nanos() > allowed)
                    .ifPresent(end -> findings.add(Finding.of(requirement, String.format(
                            "connection %s: nothing sent for %.1f s after packet #%d until the observation window closed, "
                                    + "Keep Alive is %d s", entry.getKey(), (end.nanos() - last.nanos()) / 1e9, last.seq(), keepAlive),
                            last, end)));
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("no connection with a non-zero Keep Alive was observed", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    /** The window's end, when the connection was still open then. */
    private static java.util.Optional<Evidence> silentUntilWindowClosed(List<Evidence> evidence, String connection) {
        java.util.Optional<Evidence> end = evidence.stream().filter(e -> e.as(ObservationClosed.class).isPresent()).findFirst();
        boolean endedBefore = evidence.stream().anyMatch(e -> e.connection().equals(connection)
                && e.as(ConnectionEnded.class).isPresent() && end.map(w -> e.seq() < w.seq()).orElse(true));
        return endedBefore ? java.util.Optional.empty() : end;
    }

    private static java.util.Optional<Evidence> closedForSilence(List<Evidence> evidence, String connection) {
        return evidence.stream().filter(e -> e.connection().equals(connection))
                .filter(e -> e.as(ConnectionEnded.class).map(ConnectionEnded::keepAliveExpired).orElse(false))
                .findFirst();
    }
}
