package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.model.MalformedProbe;

import java.util.List;
import java.util.Optional;

/**
 * Whether the device closed the connection on which the suite's broker sent it a given malformed packet, within
 * {@link MalformedProbe#CLOSE_BOUND}: the broker answers nothing there after the probe, and closes the connection
 * itself once the bound has passed, which shows the device still holding it.
 */
public final class MalformedProbeCheck implements Check {

    private final String requirement;
    private final MalformedProbe probe;

    public MalformedProbeCheck(String requirement, MalformedProbe probe) {
        this.requirement = requirement;
        this.probe = probe;
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        Optional<Evidence> sent = evidence.stream().filter(e -> e.direction() == Direction.SUITE_TO_DEVICE
                && e.as(MalformedProbe.class).filter(p -> p == probe).isPresent()).findFirst();
        if (sent.isEmpty()) {
            return Outcome.inconclusive("the suite's broker sent the device no " + probe.description()
                    + ": the device opened no connection for it after the observation window", List.of());
        }
        Evidence probeSent = sent.get();
        Optional<Evidence> ended = evidence.stream().filter(e -> e.seq() > probeSent.seq()
                && e.connection().equals(probeSent.connection()) && e.as(ConnectionEnded.class).isPresent()).findFirst();
        if (ended.isEmpty()) {
            return Outcome.inconclusive("connection " + probeSent.connection() + " had not ended when the suite stopped "
                    + "watching it, after packet #" + probeSent.seq() + " (" + probe.description() + ")", List.of(probeSent));
        }
        Evidence end = ended.get();
        ConnectionEnded how = end.as(ConnectionEnded.class).orElseThrow();
        long millis = (end.nanos() - probeSent.nanos()) / 1_000_000;
        long bound = MalformedProbe.CLOSE_BOUND.toMillis();
        if (how.causedBySuite() && millis < bound) {
            return Outcome.inconclusive("the suite ended connection " + probeSent.connection() + " " + millis + " ms after "
                    + "packet #" + probeSent.seq() + " (" + probe.description() + "), before the device's " + bound
                    + " ms were up: " + how.description(), List.of(probeSent, end));
        }
        if (how.causedBySuite() || millis > bound) {
            long sentAfter = evidence.stream().filter(e -> e.seq() > probeSent.seq() && e.seq() < end.seq()
                    && e.connection().equals(probeSent.connection()) && e.direction() == Direction.DEVICE_TO_SUITE).count();
            return Outcome.judged(List.of(Finding.of(requirement, "the device still held connection "
                    + probeSent.connection() + " " + millis + " ms after the suite's broker sent it " + probe.description()
                    + " (packet #" + probeSent.seq() + "), and sent " + sentAfter + " packets on it since; it closes such a "
                    + "connection, here within " + bound + " ms (#" + end.seq() + ": " + how.description() + ")",
                    probeSent, end)), List.of(probeSent, end));
        }
        return Outcome.judged(List.of(), List.of(probeSent, end));
    }
}
