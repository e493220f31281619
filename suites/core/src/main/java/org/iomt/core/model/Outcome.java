package org.iomt.core.model;

import java.util.List;

/**
 * The result of a check: the findings against its requirement, the evidence it judged, or the reason it could
 * not judge. A check returns an outcome; the glue turns it into a verdict.
 *
 * @param findings            violations found; empty when the check held
 * @param judged              the evidence the check looked at
 * @param inconclusiveReason  set when the evidence was not enough to judge; never together with findings
 * @param notApplicableReason set when the condition the rule speaks of did not occur in what the device did (a rule
 *                            for CONNECTs without a will, and every CONNECT carried one); never with findings
 */
public record Outcome(List<Finding> findings, List<Evidence> judged, String inconclusiveReason, String notApplicableReason) {

    public Outcome {
        findings = List.copyOf(findings);
        judged = List.copyOf(judged);
    }

    public static Outcome judged(List<Finding> findings, List<Evidence> judged) {
        return new Outcome(findings, judged, null, null);
    }

    public static Outcome inconclusive(String reason, List<Evidence> judged) {
        return new Outcome(List.of(), judged, reason, null);
    }

    /** The rule's condition never arose in the evidence, which shows what the device did instead. */
    public static Outcome notApplicable(String reason, List<Evidence> judged) {
        return new Outcome(List.of(), judged, null, reason);
    }

    public boolean passed() {
        return findings.isEmpty() && inconclusiveReason == null && notApplicableReason == null;
    }
}
