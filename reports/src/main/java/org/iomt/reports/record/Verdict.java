package org.iomt.reports.record;

import java.util.Collection;

/**
 * The outcome of a scenario or a requirement. Ordered from best to worst, so that combining two verdicts
 * keeps the worse one: within a scenario a verdict only gets worse.
 */
public enum Verdict {
    /** The profile does not claim the feature; still reported. */
    NOT_APPLICABLE,
    /** Every check of the scenario held. */
    PASS,
    /** A precondition was not met or the device did nothing in time: never a proven violation. */
    INCONCLUSIVE,
    /** A check proved a violation of the cited requirement. */
    FAIL,
    /** The test system itself failed. */
    ERROR;

    public Verdict worse(Verdict other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** The worst of the given verdicts, or NOT_APPLICABLE when there are none. */
    public static Verdict worstOf(Collection<Verdict> verdicts) {
        Verdict worst = NOT_APPLICABLE;
        for (Verdict v : verdicts) {
            worst = worst.worse(v);
        }
        return worst;
    }
}
