package org.iomt.reports;

import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.ScenarioResult;
import org.iomt.reports.record.Verdict;

/**
 * The process exit codes of {@code iomt}, and the code a finished run ends with. An interrupted run ends with
 * {@link #INTERRUPTED} whatever it judged; otherwise, when several apply the most severe wins: {@link #ERROR} over
 * {@link #FAIL} over {@link #INCONCLUSIVE} over {@link #CERTIFIED}.
 */
public final class ExitCodes {

    /** Every applicable MUST requirement passed: the product is certified for its profile. */
    public static final int CERTIFIED = 0;
    /** At least one applicable MUST requirement failed. */
    public static final int FAIL = 1;
    /** Bad input: a profile, an argument or a file the run could not use. Never derived from a run record. */
    public static final int BAD_INPUT = 2;
    /** The test system itself failed somewhere (an ERROR verdict). */
    public static final int ERROR = 3;
    /** Not certified without a FAIL: some applicable MUST requirement is INCONCLUSIVE, or none applied. */
    public static final int INCONCLUSIVE = 4;
    /** The environment stopped the run before any scenario: a port in use, a peer unreachable or missing. */
    public static final int ENVIRONMENT = 5;
    /** The run was stopped by a signal (SIGTERM, SIGINT) before its end; its record says what it judged until then. */
    public static final int INTERRUPTED = 6;

    private ExitCodes() {
    }

    /**
     * The exit code for a run: {@link #INTERRUPTED} when it was stopped before its end. Else it judges the worst of
     * the recorded overall verdict, the verdict {@link RunRecord#overallOf} gives for the requirement rows, and ERROR
     * if any scenario ended in ERROR (a test-system failure outside every requirement still must not pass unnoticed).
     */
    public static int of(RunRecord r) {
        if (r.interrupted() != null) {
            return INTERRUPTED;
        }
        Verdict overall = RunRecord.overallOf(r.requirements());
        if (r.verdict() != null) {
            overall = overall.worse(r.verdict());
        }
        if (r.scenarios().stream().map(ScenarioResult::verdict).anyMatch(v -> v == Verdict.ERROR)) {
            overall = Verdict.ERROR;
        }
        return of(overall);
    }

    /** The exit code for an overall verdict. NOT_APPLICABLE (nothing applied) is not a certification. */
    public static int of(Verdict overall) {
        return switch (overall) {
            case PASS -> CERTIFIED;
            case FAIL -> FAIL;
            case ERROR -> ERROR;
            case INCONCLUSIVE, NOT_APPLICABLE -> INCONCLUSIVE;
        };
    }
}
