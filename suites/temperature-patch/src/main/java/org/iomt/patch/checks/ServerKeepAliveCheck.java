package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttPropertyId;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * MQTT 5.0: when the broker's CONNACK sets a Server Keep Alive, the device keeps that one instead of its own. It
 * shows only where the Server Keep Alive is the shorter: there the device never lets more than it (plus a margin for
 * scheduling jitter) pass between two packets it sends, nor between its last packet and the end of the watch. A
 * connection counts once it was watched for longer than that after the CONNACK, long enough for the device's own
 * Keep Alive to have let it sit silent.
 *
 * @param requirement the row cited
 * @param margin      scheduling jitter allowed on top of the Server Keep Alive
 * @param declared    the Keep Alive (s) the profile claims the device declares
 */
public record ServerKeepAliveCheck(String requirement, Duration margin, int declared) implements Check {

    /** The least declared Keep Alive below which the suite can set a shorter, non-zero Server Keep Alive. */
    public static final int LEAST_SHORTENED = 2;

    @Override
    public Outcome judge(List<Evidence> evidence) {
        if (declared < LEAST_SHORTENED) {
            return Outcome.notApplicable("the profile claims a Keep Alive of " + declared + " s; the suite sets a Server "
                    + "Keep Alive only below a Keep Alive of " + LEAST_SHORTENED + " s or more, where keeping the device's "
                    + "own would show", List.of());
        }
        Map<String, Evidence> connacks = ConnackAnnouncements.announcing(evidence, MqttPropertyId.SERVER_KEEP_ALIVE);
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        List<String> shortened = new ArrayList<>();
        for (Map.Entry<String, Evidence> entry : connacks.entrySet()) {
            String connection = entry.getKey();
            Evidence connack = entry.getValue();
            int server = ConnackAnnouncements.value(connack, MqttPropertyId.SERVER_KEEP_ALIVE);
            List<Evidence> frames = evidence.stream().filter(e -> e.connection().equals(connection)
                    && e.direction() == Direction.DEVICE_TO_SUITE).toList();
            int own = frames.stream().flatMap(e -> e.as(Connect.class).stream()).findFirst().map(Connect::keepAlive).orElse(0);
            if (server == 0 || own != 0 && server >= own) {
                continue; // not shorter: keeping the device's own Keep Alive would not show
            }
            shortened.add(connection);
            long allowed = Duration.ofSeconds(server).plus(margin).toNanos();
            Optional<Evidence> end = ConnackAnnouncements.end(evidence, connection);
            if (end.isEmpty() || end.get().nanos() - connack.nanos() <= allowed) {
                continue; // too short a watch for silence to show
            }
            judged.add(connack);
            judged.addAll(frames);
            Evidence previous = connack;
            for (Evidence frame : frames) {
                if (frame.seq() > connack.seq()) {
                    gap(connection, server, own, previous, frame, allowed).ifPresent(findings::add);
                    previous = frame;
                }
            }
            gap(connection, server, own, previous, end.get(), allowed).ifPresent(findings::add);
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive(shortened.isEmpty()
                    ? "no CONNACK of the suite's broker set a Server Keep Alive shorter than the device's Keep Alive (it "
                            + "sets one from the device's second accepted connection on)"
                    : "no connection whose CONNACK set a shorter Server Keep Alive (" + String.join(", ", shortened)
                            + ") was watched for longer than it", List.copyOf(connacks.values()));
        }
        return Outcome.judged(findings, judged);
    }

    private Optional<Finding> gap(String connection, int server, int own, Evidence from, Evidence to, long allowed) {
        if (to.nanos() - from.nanos() <= allowed) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(requirement, String.format("connection %s: %.1f s passed between packets #%d and "
                + "#%d without a packet from the device; the CONNACK set Server Keep Alive %d s in place of the device's "
                + "%d s", connection, (to.nanos() - from.nanos()) / 1e9, from.seq(), to.seq(), server, own), from, to));
    }
}
