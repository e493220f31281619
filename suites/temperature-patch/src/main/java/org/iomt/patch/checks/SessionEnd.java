package org.iomt.patch.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.Publish;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The end of a device's session as recorded: the command the suite sent to end it, the DISCONNECT packets the device
 * sent, and how each connection ended.
 */
public final class SessionEnd {

    private SessionEnd() {
    }

    /** The suite's PUBLISH of the end-of-session command, if it went out. */
    public static Optional<Evidence> command(List<Evidence> evidence, byte[] payload) {
        return evidence.stream().filter(e -> e.direction() == Direction.SUITE_TO_DEVICE)
                .filter(e -> e.as(Publish.class).map(p -> Arrays.equals(p.payload(), payload)).orElse(false)).findFirst();
    }

    /** Whether the end-of-session command went out and the connection it went out on has ended since. */
    public static boolean over(List<Evidence> evidence, byte[] payload) {
        return command(evidence, payload).flatMap(c -> end(evidence, c)).isPresent();
    }

    /** Every DISCONNECT the device sent. */
    static List<Evidence> disconnects(List<Evidence> evidence) {
        return evidence.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE && e.as(Disconnect.class).isPresent())
                .toList();
    }

    /** A DISCONNECT of the device and the record of how its connection ended after it. */
    record Ended(Evidence disconnect, Evidence end) {

        /** Both entries, for a verdict's judged evidence. */
        List<Evidence> entries() {
            return List.of(disconnect, end);
        }
    }

    /**
     * Every DISCONNECT of the device whose connection has ended since; one whose connection had not ended when the
     * evidence was frozen is left out, since the time after it was not all watched.
     */
    static List<Ended> endedDisconnects(List<Evidence> evidence) {
        return disconnects(evidence).stream().flatMap(d -> end(evidence, d).map(e -> new Ended(d, e)).stream()).toList();
    }

    /** The verdict when no DISCONNECT of the device has an ended connection to judge. */
    static Outcome noneEnded(List<Evidence> evidence) {
        return Outcome.inconclusive("no connection on which the device sent DISCONNECT ended during the observation",
                disconnects(evidence));
    }

    /** The record of how the connection of the given entry ended, after it, if it has. */
    static Optional<Evidence> end(List<Evidence> evidence, Evidence on) {
        return evidence.stream().filter(e -> e.seq() > on.seq() && e.connection().equals(on.connection())
                && e.as(ConnectionEnded.class).isPresent()).findFirst();
    }
}
