package org.iomt.core.catalogue;

import org.iomt.reports.record.RequirementResult;
import org.iomt.reports.record.Scope;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Counts a run's scope: of the catalogue rows that bind the device class, those the run judged (PASS or FAIL), and
 * every other one with the reason it was not judged.
 */
public final class ScopeTally {

    /** The reason given for an applicable row that no scenario of the device class cites. */
    public static final String NO_SCENARIO = "no scenario of this device class judges this row";

    private ScopeTally() {
    }

    /**
     * The scope of a run.
     *
     * @param scope        the rows that bind the device class
     * @param catalogue    every row of the catalogue, in catalogue order
     * @param requirements the requirement results of the run
     * @param notRun       the rows that scenarios cite which an interrupted run did not run, with the reason
     */
    public static Scope of(CatalogueScope scope, Collection<Requirement> catalogue, List<RequirementResult> requirements,
                           Map<String, String> notRun) {
        Map<String, RequirementResult> results = requirements.stream()
                .collect(Collectors.toMap(RequirementResult::id, Function.identity(), (a, b) -> a));
        int applicable = 0;
        int judged = 0;
        List<Scope.NotJudgedRow> notJudged = new ArrayList<>();
        for (Requirement row : catalogue) {
            if (!scope.covers(row)) {
                continue;
            }
            applicable++;
            RequirementResult result = results.get(row.key());
            if (result == null && notRun.containsKey(row.key())) {
                notJudged.add(notJudged(row, Scope.ReasonKind.NOT_RUN, notRun.get(row.key())));
                continue;
            }
            if (result == null) {
                notJudged.add(row.notTested().isPresent()
                        ? notJudged(row, Scope.ReasonKind.NOT_TESTED, row.notTestedReason())
                        : notJudged(row, Scope.ReasonKind.NO_SCENARIO, NO_SCENARIO));
                continue;
            }
            switch (result.verdict()) {
                case PASS, FAIL -> judged++;
                case NOT_APPLICABLE -> notJudged.add(notJudged(row, Scope.ReasonKind.NOT_APPLICABLE, result.reason()));
                case INCONCLUSIVE -> notJudged.add(notJudged(row, Scope.ReasonKind.INCONCLUSIVE, result.reason()));
                case ERROR -> notJudged.add(notJudged(row, Scope.ReasonKind.ERROR, result.reason()));
            }
        }
        return new Scope(applicable, judged, notJudged.size(), notJudged);
    }

    private static Scope.NotJudgedRow notJudged(Requirement row, Scope.ReasonKind kind, String reason) {
        return new Scope.NotJudgedRow(row.key(), row.summary(), row.level(), kind, reason);
    }
}
