package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;

import java.util.ArrayList;
import java.util.List;

/**
 * A requirement whose statement bundles several obligations, each judged by a check of its own: it fails on the
 * findings of any of them, and holds only when every one of them could be judged.
 *
 * @param requirement the bundled requirement, which every part's findings cite
 * @param parts       the checks of its obligations, each citing the same requirement
 */
public record AllOfCheck(String requirement, List<Check> parts) implements Check {

    public AllOfCheck {
        parts = List.copyOf(parts);
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        List<String> unjudged = new ArrayList<>();
        for (Check part : parts) {
            Outcome o = part.judge(evidence);
            findings.addAll(o.findings());
            judged.addAll(o.judged().stream().filter(e -> !judged.contains(e)).toList());
            if (o.inconclusiveReason() != null) {
                unjudged.add(o.inconclusiveReason());
            } else if (o.notApplicableReason() != null) {
                unjudged.add(o.notApplicableReason());
            }
        }
        if (findings.isEmpty() && !unjudged.isEmpty()) {
            return Outcome.inconclusive("part of the statement could not be judged: " + String.join("; ", unjudged), judged);
        }
        return Outcome.judged(findings, judged);
    }
}
