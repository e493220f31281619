package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every reading states when it was measured, and the device's clock agrees with the suite's within the tolerance.
 * A reading cannot arrive before it is measured, so one stated later than its reception (beyond the tolerance)
 * shows a clock that runs ahead. A reading may arrive late without any clock error (a device that held it back
 * while it was offline, a slow network), so a clock that runs behind shows only when even the reading received
 * soonest after its stated time is older than the tolerance.
 */
public final class ClockCheck implements Check {

    private final String requirement;
    private final String claimedName;
    private final Duration tolerance;

    public ClockCheck(String requirement, String claimedName, Duration tolerance) {
        this.requirement = requirement;
        this.claimedName = claimedName;
        this.tolerance = tolerance;
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<TemperatureReadings.Temperature> temperatures = TemperatureReadings.of(evidence, claimedName);
        if (temperatures.isEmpty()) {
            return Outcome.inconclusive("no SenML reading with a temperature record whose time can be judged", List.of());
        }
        List<Finding> findings = new ArrayList<>();
        List<TemperatureReadings.Temperature> timed = new ArrayList<>();
        for (TemperatureReadings.Temperature t : temperatures) {
            if (!t.timeStated()) {
                findings.add(Finding.of(requirement, "packet #" + t.evidence().seq() + ": the reading states no time "
                        + "(neither bt nor t), so when it was measured is unknown", t.evidence()));
            } else if (lag(t).compareTo(tolerance.negated()) < 0) {
                findings.add(Finding.of(requirement, String.format("packet #%d: reading time %s is %.1f s after its "
                        + "reception at %s by the suite's clock (tolerance %d s): the device's clock runs ahead",
                        t.evidence().seq(), t.record().time(), -seconds(lag(t)), t.evidence().time(), tolerance.toSeconds()),
                        t.evidence()));
            } else {
                timed.add(t);
            }
        }
        timed.stream().min(Comparator.comparing(ClockCheck::lag)).filter(soonest -> lag(soonest).compareTo(tolerance) > 0)
                .ifPresent(soonest -> findings.add(Finding.of(requirement, String.format("packet #%d: even the reading "
                        + "received soonest after its stated time (%s) was %.1f s old at its reception at %s by the suite's "
                        + "clock, and every other was older (tolerance %d s): the device's clock runs behind",
                        soonest.evidence().seq(), soonest.record().time(), seconds(lag(soonest)), soonest.evidence().time(),
                        tolerance.toSeconds()), soonest.evidence())));
        return Outcome.judged(findings, temperatures.stream().map(TemperatureReadings.Temperature::evidence).toList());
    }

    /** How long after its stated time the reading was received; negative when it is stated after its reception. */
    private static Duration lag(TemperatureReadings.Temperature t) {
        return Duration.between(t.record().time(), t.evidence().time());
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
