package org.iomt.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.iomt.reports.record.Level;
import org.iomt.reports.record.RequirementResult;
import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.Verdict;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("small")
class SummaryTableTest {

    private final RunRecord record = RunRecords.everyVerdict();
    private final List<String> lines = SummaryTable.render(record).lines().toList();

    @Test
    void oneLinePerRequirementWithVerdictLevelAndId() {
        for (RequirementResult q : record.requirements()) {
            assertEquals(1, lines.stream().filter(l -> l.contains(q.id() + " ")).count(), q.id());
        }
        String fail = lines.stream().filter(l -> l.contains("MQTT-3.3.1-5 ")).findFirst().orElseThrow();
        assertTrue(fail.startsWith("FAIL            MUST    mqtt-3.1.1:MQTT-3.3.1-5 "), fail);
        assertTrue(fail.endsWith("..."), "long summaries are cut: " + fail);
    }

    @Test
    void linesFitTheTerminalWithoutColours() {
        for (String line : lines) {
            assertTrue(line.length() <= SummaryTable.WIDTH, line.length() + ": " + line);
            assertFalse(line.contains("\u001b"), "no ANSI escapes");
        }
    }

    @Test
    void totalsAndResultCloseTheTable() {
        assertEquals("Requirements: 1 NOT_APPLICABLE, 1 PASS, 2 INCONCLUSIVE, 3 FAIL, 1 ERROR  (8 in all)",
                lines.get(lines.size() - 5));
        assertEquals("Scenarios:    1 NOT_APPLICABLE, 1 PASS, 2 INCONCLUSIVE, 2 FAIL, 1 ERROR  (7 in all)",
                lines.get(lines.size() - 4));
        assertTrue(lines.get(lines.size() - 3).startsWith("Scope:        4 of 10 applicable rows judged, 6 not ("));
        assertTrue(lines.get(lines.size() - 2).startsWith("Warnings: 2 SHOULD/MAY requirement(s) not passing"));
        assertEquals("RESULT: NOT CERTIFIED - 1 ERROR, 2 FAIL, 1 INCONCLUSIVE of 5 applicable MUST requirements",
                lines.get(lines.size() - 1));
    }

    @Test
    void scopeLineCountsTheRowsNotJudgedByReason() {
        assertEquals("Scope:        4 of 10 applicable rows judged, 6 not (1 not tested, 1 no scenario, 1 not applicable, "
                + "2 inconclusive, 1 error)", SummaryTable.scopeLine(record.scope()));
        RunRecord all = RunRecords.ofRows(RunRecords.row("a:1", Level.MUST, Verdict.PASS));
        assertEquals("Scope:        1 of 1 applicable rows judged, 0 not", SummaryTable.scopeLine(all.scope()));
    }

    @Test
    void resultLineNamesFailuresWorstFirst() {
        RunRecord r = RunRecords.ofRows(
                RunRecords.row("a:1", Level.MUST, Verdict.INCONCLUSIVE),
                RunRecords.row("a:2", Level.MUST, Verdict.FAIL),
                RunRecords.row("a:3", Level.MUST, Verdict.FAIL),
                RunRecords.row("a:4", Level.MUST, Verdict.PASS),
                RunRecords.row("a:5", Level.SHOULD, Verdict.FAIL),
                RunRecords.row("a:6", Level.MUST, Verdict.NOT_APPLICABLE));
        assertEquals("RESULT: NOT CERTIFIED - 2 FAIL, 1 INCONCLUSIVE of 4 applicable MUST requirements",
                SummaryTable.resultLine(r));
    }

    @Test
    void resultLineForACertifiedProduct() {
        RunRecord r = RunRecords.ofRows(
                RunRecords.row("a:1", Level.MUST, Verdict.PASS),
                RunRecords.row("a:2", Level.SHOULD, Verdict.FAIL));
        assertEquals("RESULT: CERTIFIED - 1 PASS of 1 applicable MUST requirement", SummaryTable.resultLine(r));
    }

    @Test
    void resultLineWhenNothingApplied() {
        RunRecord r = RunRecords.ofRows(RunRecords.row("a:1", Level.MUST, Verdict.NOT_APPLICABLE));
        assertEquals("RESULT: NOT CERTIFIED - no applicable MUST requirements", SummaryTable.resultLine(r));
    }
}
