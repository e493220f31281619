package org.iomt.suites.actors;

import org.iomt.suites.checks.Check;
import org.iomt.suites.checks.MqttEvidence;
import org.iomt.suites.model.Direction;
import org.iomt.suites.model.Evidence;
import org.iomt.suites.model.EvidenceLog;
import org.iomt.suites.model.Inconclusive;
import org.iomt.suites.model.ObservationClosed;
import org.iomt.suites.model.Outcome;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The suite's watch over one reporting device during a run: it waits, bounded, for the device's first packet and
 * then for an observation window (enough readings, and at least two Keep Alive periods), freezes what it saw,
 * and lets every scenario judge that same evidence.
 */
public final class ReportingDeviceObservation {

    private final EvidenceLog log;
    private final ObservationPlan plan;
    private final String whereToConnect;
    private Optional<Evidence> firstPacket;
    private List<Evidence> frozen;

    public ReportingDeviceObservation(EvidenceLog log, ObservationPlan plan, String whereToConnect) {
        this.log = log;
        this.plan = plan;
        this.whereToConnect = whereToConnect;
    }

    /**
     * Waits (once per run, bounded by the profile) for the device to connect and send its first packet, which
     * should be a CONNECT; whether it was is for a check to judge.
     */
    public synchronized void awaitConnection() {
        if (firstPacket == null) {
            firstPacket = waitFor(entries -> firstPacketIn(entries).isPresent(), plan.connectTimeout())
                    .flatMap(ReportingDeviceObservation::firstPacketIn);
            if (firstPacket.isEmpty()) {
                log.append(Direction.TRANSPORT, "-", new byte[0], "no device packet within "
                        + plan.connectTimeout().toSeconds() + " s at " + whereToConnect, null);
            }
        }
        if (firstPacket.isEmpty()) {
            throw new Inconclusive("the device did not connect within " + plan.connectTimeout().toSeconds()
                    + " s to " + whereToConnect);
        }
    }

    /** The frozen observation: after the window closed, every scenario judges the same evidence. */
    public synchronized List<Evidence> observed() {
        awaitConnection();
        if (frozen == null) {
            long start = firstPacket.get().nanos();
            long bound = start + plan.windowBound().toNanos();
            long minimum = start + plan.keepAlive().multipliedBy(2).toNanos();
            waitFor(entries -> readingCount(entries) >= plan.readings() && System.nanoTime() >= minimum,
                    Duration.ofNanos(Math.max(0, bound - System.nanoTime())));
            int readings = readingCount(log.snapshot());
            log.append(Direction.TRANSPORT, "-", new byte[0], "observation window closed after " + readings + " readings",
                    new ObservationClosed(readings));
            frozen = log.snapshot();
        }
        return frozen;
    }

    public Outcome judge(Check check) {
        return check.judge(observed());
    }

    private Optional<List<Evidence>> waitFor(java.util.function.Predicate<List<Evidence>> condition, Duration bound) {
        try {
            return log.awaitUntil(condition, bound) ? Optional.of(log.snapshot()) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Inconclusive("the run was interrupted while waiting for the device");
        }
    }

    private static Optional<Evidence> firstPacketIn(List<Evidence> entries) {
        return entries.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE).findFirst();
    }

    private static int readingCount(List<Evidence> entries) {
        return MqttEvidence.readings(entries).size();
    }
}
