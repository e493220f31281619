package org.iomt.suites.checks;

import org.iomt.standards.mqtt.Connect;
import org.iomt.suites.model.Direction;
import org.iomt.suites.model.Evidence;
import org.iomt.suites.model.Finding;
import org.iomt.suites.model.Outcome;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Once connected with a non-zero Keep Alive, the device never lets more than Keep Alive seconds pass between two
 * packets it sends. Measured on the suite's monotonic clock, with a small margin for scheduling jitter.
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
            closedForSilence(evidence, entry.getKey()).ifPresent(close -> findings.add(Finding.of(requirement,
                    "connection " + entry.getKey() + " was closed because the device sent nothing for one and a half "
                            + "times its Keep Alive of " + keepAlive + " s", close)));
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("no connection with a non-zero Keep Alive was observed", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    private static java.util.Optional<Evidence> closedForSilence(List<Evidence> evidence, String connection) {
        return evidence.stream()
                .filter(e -> e.direction() == Direction.TRANSPORT && e.connection().equals(connection))
                .filter(e -> e.decoded().contains("Keep Alive"))
                .findFirst();
    }
}
