package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a device does when the broker refuses its CONNECT (any CONNACK with a non-zero return code in 3.1.1, or a
 * reason code of 0x80 or above in 5.0): it sends nothing more on that connection, and it opens its next connection
 * no sooner than the back-off it claims, measured from the suite's CONNACK to the suite's accepting the next
 * connection (which, with the network delays both ways, is never shorter than what the device waited).
 */
public final class RefusedConnectCheck implements Check {

    private final String requirement;
    private final Optional<Duration> backoff;

    private RefusedConnectCheck(String requirement, Optional<Duration> backoff) {
        this.requirement = requirement;
        this.backoff = backoff;
    }

    /** After a refused CONNECT the device sends nothing more on that connection. */
    public static RefusedConnectCheck silentAfterRefusal(String requirement) {
        return new RefusedConnectCheck(requirement, Optional.empty());
    }

    /** After a refused CONNECT the device waits at least {@code minimum} before it opens another connection. */
    public static RefusedConnectCheck backsOff(String requirement, Duration minimum) {
        return new RefusedConnectCheck(requirement, Optional.of(minimum));
    }

    /** Whether the broker refused some CONNECT in this evidence. */
    public static boolean anyRefusal(List<Evidence> log) {
        return !refusals(log).isEmpty();
    }

    /** Whether after every refusal in this evidence the device has opened another connection. */
    public static boolean reconnectedAfterEveryRefusal(List<Evidence> log) {
        return refusals(log).stream().allMatch(r -> nextConnection(log, r).isPresent());
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Evidence> refusals = refusals(evidence);
        if (refusals.isEmpty()) {
            return Outcome.inconclusive("the suite's broker refused no CONNECT of the device", List.of());
        }
        return backoff.isPresent() ? backoffs(evidence, refusals, backoff.get()) : silence(evidence, refusals);
    }

    private Outcome silence(List<Evidence> evidence, List<Evidence> refusals) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>(refusals);
        for (Evidence refusal : refusals) {
            evidence.stream().filter(e -> e.seq() > refusal.seq() && e.connection().equals(refusal.connection())
                            && e.direction() == Direction.DEVICE_TO_SUITE)
                    .forEach(e -> {
                        judged.add(e);
                        findings.add(Finding.of(requirement, "packet #" + e.seq() + ": " + e.decoded() + " sent on connection "
                                + e.connection() + " after the broker refused its CONNECT (packet #" + refusal.seq()
                                + ", code 0x" + Integer.toHexString(code(refusal)) + ")", refusal, e));
                    });
        }
        return Outcome.judged(findings, judged);
    }

    private Outcome backoffs(List<Evidence> evidence, List<Evidence> refusals, Duration minimum) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence refusal : refusals) {
            Optional<Evidence> next = nextConnection(evidence, refusal);
            if (next.isEmpty()) {
                continue;
            }
            judged.add(refusal);
            judged.add(next.get());
            long waited = next.get().nanos() - refusal.nanos();
            if (waited < minimum.toNanos()) {
                findings.add(Finding.of(requirement, String.format("connection %s opened %.2f s after the broker refused the "
                                + "CONNECT on connection %s (packet #%d); the profile claims a back-off of at least %.2f s",
                        next.get().connection(), waited / 1e9, refusal.connection(), refusal.seq(), minimum.toMillis() / 1000.0),
                        refusal, next.get()));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device did not connect again after its CONNECT was refused", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    /** The CONNACKs that refused a CONNECT. */
    private static List<Evidence> refusals(List<Evidence> log) {
        return log.stream().filter(e -> e.direction() == Direction.SUITE_TO_DEVICE && e.as(Connack.class).isPresent()
                && code(e) != 0).toList();
    }

    private static int code(Evidence connack) {
        return connack.as(Connack.class).orElseThrow().reasonCode();
    }

    /** The first entry of the first connection that began after the refusal: when the device connected again. */
    private static Optional<Evidence> nextConnection(List<Evidence> log, Evidence refusal) {
        java.util.Set<String> earlier = new java.util.HashSet<>();
        for (Evidence e : log) {
            if (e.seq() <= refusal.seq()) {
                earlier.add(e.connection());
            } else if (!earlier.contains(e.connection()) && e.connection().matches("c\\d+")) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
