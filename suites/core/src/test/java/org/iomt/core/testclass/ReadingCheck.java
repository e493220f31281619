package org.iomt.core.testclass;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;

import java.util.List;

/** Every reading is a human body temperature in degrees Celsius (between 30 and 45). */
public record ReadingCheck(String requirement) implements Check {

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Evidence> readings = evidence.stream().filter(e -> e.as(Double.class).isPresent()).toList();
        if (readings.isEmpty()) {
            return Outcome.inconclusive("the thermometer recorded no reading", List.of());
        }
        List<Finding> findings = readings.stream().filter(e -> e.as(Double.class).orElseThrow() < 30 || e.as(Double.class).orElseThrow() > 45)
                .map(e -> Finding.of(requirement, "expected a body temperature in Celsius (30 to 45), saw " + e.decoded(), e)).toList();
        return Outcome.judged(findings, readings);
    }
}
