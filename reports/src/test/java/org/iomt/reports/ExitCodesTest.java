package org.iomt.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.iomt.reports.record.Level;
import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.ScenarioResult;
import org.iomt.reports.record.Verdict;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("small")
class ExitCodesTest {

    @Test
    void allApplicableMustRowsPassingIsZero() {
        assertEquals(0, ExitCodes.of(RunRecords.ofRows(
                RunRecords.row("a:1", Level.MUST, Verdict.PASS),
                RunRecords.row("a:2", Level.MUST, Verdict.NOT_APPLICABLE),
                RunRecords.row("a:3", Level.SHOULD, Verdict.FAIL),
                RunRecords.row("a:4", Level.MAY, Verdict.INCONCLUSIVE))));
    }

    @Test
    void aMustFailIsOneEvenWithInconclusiveRows() {
        assertEquals(1, ExitCodes.of(RunRecords.ofRows(
                RunRecords.row("a:1", Level.MUST, Verdict.INCONCLUSIVE),
                RunRecords.row("a:2", Level.MUST, Verdict.FAIL))));
    }

    @Test
    void anErrorAnywhereIsThreeAndOutranksFail() {
        assertEquals(3, ExitCodes.of(RunRecords.everyVerdict()));
        assertEquals(3, ExitCodes.of(RunRecords.ofRows(
                RunRecords.row("a:1", Level.MUST, Verdict.FAIL),
                RunRecords.row("a:2", Level.SHOULD, Verdict.ERROR))));
    }

    @Test
    void aScenarioErrorOutsideEveryRequirementIsThree() {
        RunRecord passing = RunRecords.ofRows(RunRecords.row("a:1", Level.MUST, Verdict.PASS));
        List<ScenarioResult> scenarios = new ArrayList<>(passing.scenarios());
        scenarios.add(RunRecords.scenario("hooks:1", "Before all", "Setup", List.of(), Verdict.ERROR,
                "embedded broker did not start", List.of()));
        assertEquals(3, ExitCodes.of(RunRecords.record(scenarios, passing.requirements())));
    }

    @Test
    void anInconclusiveMustRowWithoutFailIsFour() {
        assertEquals(4, ExitCodes.of(RunRecords.ofRows(
                RunRecords.row("a:1", Level.MUST, Verdict.PASS),
                RunRecords.row("a:2", Level.MUST, Verdict.INCONCLUSIVE))));
    }

    @Test
    void nothingApplicableIsFour() {
        assertEquals(4, ExitCodes.of(RunRecords.ofRows(RunRecords.row("a:1", Level.MUST, Verdict.NOT_APPLICABLE))));
        assertEquals(4, ExitCodes.of(RunRecords.ofRows()));
    }

    @Test
    void shouldAndMayRowsNeverFailTheProduct() {
        assertEquals(0, ExitCodes.of(RunRecords.ofRows(
                RunRecords.row("a:1", Level.MUST, Verdict.PASS),
                RunRecords.row("a:2", Level.SHOULD, Verdict.FAIL))));
    }

    @Test
    void verdictsMapToCodes() {
        assertEquals(ExitCodes.CERTIFIED, ExitCodes.of(Verdict.PASS));
        assertEquals(ExitCodes.FAIL, ExitCodes.of(Verdict.FAIL));
        assertEquals(ExitCodes.ERROR, ExitCodes.of(Verdict.ERROR));
        assertEquals(ExitCodes.INCONCLUSIVE, ExitCodes.of(Verdict.INCONCLUSIVE));
        assertEquals(ExitCodes.INCONCLUSIVE, ExitCodes.of(Verdict.NOT_APPLICABLE));
        assertEquals(2, ExitCodes.BAD_INPUT);
    }
}
