package org.iomt.reports.record;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one certification run judged: the source of every report.
 *
 * @param schema           version of this record's shape
 * @param runId            unique id of the run
 * @param suiteVersion     version of the suite that ran
 * @param catalogueVersion digest of the requirement catalogue the run used
 * @param product          the product under test
 * @param profile          the profile the run used
 * @param startedAt        when the run started
 * @param finishedAt       when the run ended
 * @param verdict          overall verdict over the applicable MUST requirements
 * @param scenarios        every scenario, applicable or not
 * @param requirements     every requirement cited by a scenario of the run
 * @param scope            the catalogue rows that apply to the device class: how many the run judged, and why not the rest
 * @param interrupted      how the run was stopped before its end, with the scenarios it did not run; null when it ran
 *                         to its end
 */
public record RunRecord(
        String schema,
        String runId,
        String suiteVersion,
        String catalogueVersion,
        ProductIdentity product,
        ProfileSummary profile,
        Instant startedAt,
        Instant finishedAt,
        Verdict verdict,
        List<ScenarioResult> scenarios,
        List<RequirementResult> requirements,
        Scope scope,
        Interruption interrupted) {

    public static final String SCHEMA = "iomt-run/1";

    public RunRecord {
        scenarios = List.copyOf(scenarios);
        requirements = List.copyOf(requirements);
        Objects.requireNonNull(scope, "scope");
    }

    /** The record of a run that ran to its end. */
    public RunRecord(String schema, String runId, String suiteVersion, String catalogueVersion, ProductIdentity product,
                     ProfileSummary profile, Instant startedAt, Instant finishedAt, Verdict verdict,
                     List<ScenarioResult> scenarios, List<RequirementResult> requirements, Scope scope) {
        this(schema, runId, suiteVersion, catalogueVersion, product, profile, startedAt, finishedAt, verdict, scenarios,
                requirements, scope, null);
    }

    /** Number of scenarios per verdict, with every verdict present. */
    public Map<Verdict, Integer> scenarioTotals() {
        return totals(scenarios.stream().map(ScenarioResult::verdict).toList());
    }

    /** Number of requirements per verdict, with every verdict present. */
    public Map<Verdict, Integer> requirementTotals() {
        return totals(requirements.stream().map(RequirementResult::verdict).toList());
    }

    /** SHOULD and MAY requirements that did not pass: reported as warnings, never failing the product. */
    public List<RequirementResult> warnings() {
        return requirements.stream()
                .filter(r -> r.level() != Level.MUST)
                .filter(r -> r.verdict() == Verdict.FAIL || r.verdict() == Verdict.INCONCLUSIVE)
                .toList();
    }

    /** True when the run ran to its end and every applicable MUST requirement passed. */
    public boolean certified() {
        return verdict == Verdict.PASS && interrupted == null;
    }

    /**
     * The overall verdict of a run: ERROR if the test system failed anywhere; otherwise the worst verdict of
     * the applicable MUST requirements; INCONCLUSIVE when no MUST requirement applied at all.
     */
    public static Verdict overallOf(List<RequirementResult> requirements) {
        if (requirements.stream().anyMatch(r -> r.verdict() == Verdict.ERROR)) {
            return Verdict.ERROR;
        }
        Verdict worst = Verdict.worstOf(requirements.stream()
                .filter(r -> r.level() == Level.MUST)
                .map(RequirementResult::verdict)
                .toList());
        return worst == Verdict.NOT_APPLICABLE ? Verdict.INCONCLUSIVE : worst;
    }

    private static Map<Verdict, Integer> totals(List<Verdict> verdicts) {
        Map<Verdict, Integer> totals = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            totals.put(v, 0);
        }
        verdicts.forEach(v -> totals.merge(v, 1, Integer::sum));
        return totals;
    }
}
