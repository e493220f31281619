package org.iomt.suites.model;

import java.util.List;

/**
 * The result of a check: the findings against its requirement, the evidence it judged, or the reason it could
 * not judge. A check returns an outcome; the glue turns it into a verdict.
 *
 * @param findings          violations found; empty when the check held
 * @param judged            the evidence the check looked at
 * @param inconclusiveReason set when the evidence was not enough to judge; never together with findings
 */
public record Outcome(List<Finding> findings, List<Evidence> judged, String inconclusiveReason) {

    public Outcome {
        findings = List.copyOf(findings);
        judged = List.copyOf(judged);
    }

    public static Outcome judged(List<Finding> findings, List<Evidence> judged) {
        return new Outcome(findings, judged, null);
    }

    public static Outcome inconclusive(String reason, List<Evidence> judged) {
        return new Outcome(List.of(), judged, reason);
    }

    public boolean passed() {
        return findings.isEmpty() && inconclusiveReason == null;
    }
}
