package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A product claim about the body-temperature record of every reading. A reading the claim cannot be judged on
 * (a value that is not a number, for the range) is left to the rule it breaks; with none left, the check is
 * inconclusive.
 */
public final class TemperatureCheck implements Check {

    private final String requirement;
    private final String claimedName;
    private final Predicate<TemperatureReadings.Temperature> judgeable;
    private final Function<TemperatureReadings.Temperature, Optional<String>> rule;

    private TemperatureCheck(String requirement, String claimedName, Predicate<TemperatureReadings.Temperature> judgeable,
                             Function<TemperatureReadings.Temperature, Optional<String>> rule) {
        this.requirement = requirement;
        this.claimedName = claimedName;
        this.judgeable = judgeable;
        this.rule = rule;
    }

    /** The temperature is in the claimed unit. */
    public static TemperatureCheck unit(String requirement, String claimedName, String claimedUnit) {
        return new TemperatureCheck(requirement, claimedName, t -> true, t -> {
            String unit = t.record().unit().orElse("(none)");
            return unit.equals(claimedUnit) ? Optional.empty()
                    : Optional.of("temperature unit is \"" + unit + "\", the profile claims \"" + claimedUnit + "\"");
        });
    }

    /** The temperature lies within the plausible body range, given in Cel and converted for K. */
    public static TemperatureCheck plausibleRange(String requirement, String claimedName, String claimedUnit, double minCel, double maxCel) {
        double offset = "K".equals(claimedUnit) ? 273.15 : 0;
        return new TemperatureCheck(requirement, claimedName, t -> t.record().value().isPresent(), t -> {
            double v = t.record().value().orElseThrow();
            return v >= minCel + offset && v <= maxCel + offset ? Optional.empty()
                    : Optional.of(String.format("temperature %.2f %s is outside the plausible body range %.1f to %.1f",
                    v, claimedUnit, minCel + offset, maxCel + offset));
        });
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<TemperatureReadings.Temperature> temperatures = TemperatureReadings.of(evidence, claimedName).stream()
                .filter(judgeable).toList();
        if (temperatures.isEmpty()) {
            return Outcome.inconclusive("no SenML reading with a temperature record this claim can be judged on", List.of());
        }
        List<Finding> findings = new ArrayList<>();
        for (TemperatureReadings.Temperature t : temperatures) {
            rule.apply(t).ifPresent(problem -> findings.add(Finding.of(requirement,
                    "packet #" + t.evidence().seq() + ": " + problem, t.evidence())));
        }
        return Outcome.judged(findings, temperatures.stream().map(TemperatureReadings.Temperature::evidence).toList());
    }
}
