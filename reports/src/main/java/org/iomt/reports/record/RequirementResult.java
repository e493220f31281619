package org.iomt.reports.record;

import java.util.List;

/**
 * One catalogue row as judged in a run: the worst verdict of the scenarios that cite it.
 *
 * @param id        {@code <set>:<id>}, for example {@code mqtt-3.1.1:MQTT-3.1.2-3}
 * @param section   where the statement is in its source
 * @param summary   our own one-line summary of the statement
 * @param level     MUST, SHOULD or MAY
 * @param role      the role the statement binds (device, server, client ...)
 * @param verdict   the worst verdict of the citing scenarios
 * @param reason    the reason of the scenario that set the verdict; null for PASS
 * @param scenarios ids of the scenarios that cite this requirement
 */
public record RequirementResult(
        String id,
        String section,
        String summary,
        Level level,
        String role,
        Verdict verdict,
        String reason,
        List<String> scenarios) {

    public RequirementResult {
        scenarios = List.copyOf(scenarios);
    }
}
