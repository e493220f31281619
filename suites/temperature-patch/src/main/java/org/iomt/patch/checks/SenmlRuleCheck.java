package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.senml.SenmlFinding;
import org.iomt.standards.senml.SenmlRule;
import org.iomt.standards.senml.SenmlValidator;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A group of RFC 8428 rules holds for every reading's payload. A payload that does not decode breaks the group
 * holding the decoder's rule; other groups judge only the payloads that decoded.
 */
public record SenmlRuleCheck(String requirement, Set<SenmlRule> rules) implements Check {

    public SenmlRuleCheck {
        rules = EnumSet.copyOf(rules);
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Readings.Reading> readings = Readings.of(evidence);
        if (readings.isEmpty()) {
            return Outcome.inconclusive("no reading was observed", List.of());
        }
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Readings.Reading reading : readings) {
            Evidence e = reading.evidence();
            if (reading.problem().isPresent()) {
                if (rules.contains(reading.problem().get().senmlRule())) {
                    judged.add(e);
                    findings.add(Finding.of(requirement, "packet #" + e.seq() + ": payload is not a SenML JSON pack: "
                            + reading.problem().get().getMessage(), e));
                }
                continue;
            }
            judged.add(e);
            for (SenmlFinding f : SenmlValidator.validate(reading.pack().orElseThrow())) {
                if (rules.contains(f.rule())) {
                    findings.add(Finding.of(requirement, "packet #" + e.seq() + ": " + f.message(), e));
                }
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("no reading's payload decoded as SenML JSON", List.of());
        }
        return Outcome.judged(findings, judged);
    }
}
