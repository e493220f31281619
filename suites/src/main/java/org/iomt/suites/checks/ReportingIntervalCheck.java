package org.iomt.suites.checks;

import org.iomt.suites.model.Evidence;
import org.iomt.suites.model.Finding;
import org.iomt.suites.model.Outcome;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Readings arrive at the claimed interval: every gap between two consecutive readings, as received, lies within
 * the relative tolerance of the claim.
 */
public final class ReportingIntervalCheck implements Check {

    private final String requirement;
    private final Duration interval;
    private final double tolerance;

    public ReportingIntervalCheck(String requirement, Duration interval, double tolerance) {
        this.requirement = requirement;
        this.interval = interval;
        this.tolerance = tolerance;
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Evidence> readings = MqttEvidence.readings(evidence);
        if (readings.size() < 2) {
            return Outcome.inconclusive("fewer than two readings were observed (" + readings.size() + ")", readings);
        }
        double claimed = interval.toNanos();
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i < readings.size(); i++) {
            Evidence before = readings.get(i - 1);
            Evidence after = readings.get(i);
            double gap = after.nanos() - before.nanos();
            if (Math.abs(gap - claimed) > claimed * tolerance) {
                findings.add(Finding.of(requirement, String.format(
                        "%.2f s between readings #%d and #%d, the profile claims %.2f s ± %.0f %%",
                        gap / 1e9, before.seq(), after.seq(), claimed / 1e9, tolerance * 100), before, after));
            }
        }
        return Outcome.judged(findings, readings);
    }
}
