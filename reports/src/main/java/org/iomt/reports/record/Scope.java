package org.iomt.reports.record;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The part of the requirement catalogue a run speaks for: how many rows apply to the device class, how many
 * the run judged (a PASS or a FAIL), and every other applicable row with the reason it was not judged.
 *
 * @param applicable    number of catalogue rows that bind the device class (a role it plays, a set it is held to)
 * @param judged        number of those rows whose verdict in this run is PASS or FAIL
 * @param notJudged     number of the others, {@code applicable - judged}
 * @param notJudgedRows each of the others with its reason, in catalogue order
 */
public record Scope(int applicable, int judged, int notJudged, List<NotJudgedRow> notJudgedRows) {

    public Scope {
        notJudgedRows = List.copyOf(notJudgedRows);
        if (notJudged != notJudgedRows.size() || applicable != judged + notJudged) {
            throw new IllegalArgumentException("scope counts disagree: " + applicable + " applicable, " + judged
                    + " judged, " + notJudged + " not judged, " + notJudgedRows.size() + " rows listed as not judged");
        }
    }

    /**
     * Why the run did not judge an applicable row.
     */
    public enum ReasonKind {
        /** The catalogue says why the suite does not test the row (its {@code not_tested_reason}). */
        NOT_TESTED,
        /** No scenario of the device class cites the row, and the catalogue gives no reason. */
        NO_SCENARIO,
        /** The row's scenarios ran and found it does not apply to what the profile claims. */
        NOT_APPLICABLE,
        /** The row's scenarios ran and could not decide: a precondition failed or the device did nothing in time. */
        INCONCLUSIVE,
        /** The test system failed while judging the row. */
        ERROR,
        /** The run was interrupted before any scenario citing the row ran. */
        NOT_RUN;

        /** The kind in words for people, such as "not tested". */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }

    /** Number of rows not judged per reason kind, in the order of {@link ReasonKind}, kinds with no row left out. */
    public Map<ReasonKind, Integer> notJudgedByKind() {
        Map<ReasonKind, Integer> counts = new EnumMap<>(ReasonKind.class);
        notJudgedRows.forEach(row -> counts.merge(row.kind(), 1, Integer::sum));
        return counts;
    }

    /**
     * One applicable row the run did not judge.
     *
     * @param id      {@code <set>:<id>}
     * @param summary our own one-line summary of the statement
     * @param level   MUST, SHOULD or MAY
     * @param kind    which of the few reasons it is
     * @param reason  the reason in words: the catalogue's not-tested reason, or what the run found
     */
    public record NotJudgedRow(String id, String summary, Level level, ReasonKind kind, String reason) {
    }
}
