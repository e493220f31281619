package org.iomt.reports.record;

import java.util.List;

/**
 * One scenario as judged in a run.
 *
 * @param id         stable identifier (feature file and line), also used for evidence file names
 * @param name       the scenario title
 * @param feature    the feature title
 * @param uri        the feature file, relative to the suite's home
 * @param line       line of the scenario in its feature file
 * @param tags       every Gherkin tag, including {@code @req:} and {@code @pics:}
 * @param requirements requirement ids ({@code <set>:<id>}) the scenario cites
 * @param verdict    the scenario's verdict
 * @param reason     why, for every verdict but PASS; null for PASS
 * @param evidence   references into the run directory, such as {@code evidence/mqtt-session.jsonl#12}
 * @param durationMillis wall time of the scenario
 */
public record ScenarioResult(
        String id,
        String name,
        String feature,
        String uri,
        int line,
        List<String> tags,
        List<String> requirements,
        Verdict verdict,
        String reason,
        List<String> evidence,
        long durationMillis) {

    public ScenarioResult {
        tags = List.copyOf(tags);
        requirements = List.copyOf(requirements);
        evidence = List.copyOf(evidence);
    }
}
