package org.iomt.core.catalogue;

import org.iomt.reports.record.Level;
import org.iomt.reports.record.RequirementResult;
import org.iomt.reports.record.Scope;
import org.iomt.reports.record.Verdict;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run's scope on a small catalogue: which rows apply, which were judged, and why the others were not. */
@Tag("small")
class ScopeTallyTest {

    private static final CatalogueScope CLIENT = new CatalogueScope(Map.of(
            "client", Set.of("mqtt-3.1.1"),
            "device", Set.of("senml")));

    private static final List<Requirement> CATALOGUE = List.of(
            row("mqtt-3.1.1", "C-PASS", "client", ""),
            row("mqtt-3.1.1", "C-FAIL", "client", ""),
            row("mqtt-3.1.1", "B-NA", "both", ""),
            row("mqtt-3.1.1", "C-INC", "client", ""),
            row("mqtt-3.1.1", "C-ERR", "client", ""),
            row("mqtt-3.1.1", "C-UNTESTED", "client", "bridging is not claimed"),
            row("mqtt-3.1.1", "B-GAP", "both", ""),
            row("mqtt-3.1.1", "S-PASS", "server", ""),
            row("mqtt-3.1.1", "S-UNTESTED", "server", "not for clients"),
            row("senml", "D-PASS", "device", ""),
            row("mqtt-5.0", "C5", "client", ""),
            row("tags", "T", "tag", ""));

    @Test
    void countsTheRowsOfTheClassesRolesAndSets() {
        Scope scope = ScopeTally.of(CLIENT, CATALOGUE, List.of(
                result("mqtt-3.1.1:C-PASS", Verdict.PASS, null),
                result("mqtt-3.1.1:C-FAIL", Verdict.FAIL, "expected X, saw Y"),
                result("mqtt-3.1.1:B-NA", Verdict.NOT_APPLICABLE, "the profile does not claim mqtt.retain"),
                result("mqtt-3.1.1:C-INC", Verdict.INCONCLUSIVE, "the device did not connect"),
                result("mqtt-3.1.1:C-ERR", Verdict.ERROR, "the broker did not start"),
                result("mqtt-3.1.1:S-PASS", Verdict.PASS, null),
                result("senml:D-PASS", Verdict.PASS, null)), Map.of());
        assertEquals(8, scope.applicable(), "client and both rows of mqtt-3.1.1, device rows of senml");
        assertEquals(3, scope.judged(), "the PASS and FAIL rows; a server row's PASS does not count");
        assertEquals(5, scope.notJudged());
        assertEquals(List.of(
                new Scope.NotJudgedRow("mqtt-3.1.1:B-NA", "Summary of B-NA", Level.MUST, Scope.ReasonKind.NOT_APPLICABLE,
                        "the profile does not claim mqtt.retain"),
                new Scope.NotJudgedRow("mqtt-3.1.1:C-INC", "Summary of C-INC", Level.MUST, Scope.ReasonKind.INCONCLUSIVE,
                        "the device did not connect"),
                new Scope.NotJudgedRow("mqtt-3.1.1:C-ERR", "Summary of C-ERR", Level.MUST, Scope.ReasonKind.ERROR,
                        "the broker did not start"),
                new Scope.NotJudgedRow("mqtt-3.1.1:C-UNTESTED", "Summary of C-UNTESTED", Level.MUST,
                        Scope.ReasonKind.NOT_TESTED, "bridging is not claimed"),
                new Scope.NotJudgedRow("mqtt-3.1.1:B-GAP", "Summary of B-GAP", Level.MUST, Scope.ReasonKind.NO_SCENARIO,
                        ScopeTally.NO_SCENARIO)), scope.notJudgedRows());
    }

    @Test
    void aRunThatCitedNothingJudgedNothing() {
        Scope scope = ScopeTally.of(CLIENT, CATALOGUE, List.of(), Map.of());
        assertEquals(8, scope.applicable());
        assertEquals(0, scope.judged());
        assertEquals(Map.of(Scope.ReasonKind.NOT_TESTED, 1, Scope.ReasonKind.NO_SCENARIO, 7), scope.notJudgedByKind());
    }

    @Test
    void aRowOnlyScenariosThatDidNotRunCiteIsNotRun() {
        Scope scope = ScopeTally.of(CLIENT, CATALOGUE, List.of(result("mqtt-3.1.1:C-PASS", Verdict.PASS, null)),
                Map.of("mqtt-3.1.1:C-FAIL", "the run was interrupted by SIGTERM before its scenario ran"));
        assertEquals(1, scope.judged());
        assertEquals(new Scope.NotJudgedRow("mqtt-3.1.1:C-FAIL", "Summary of C-FAIL", Level.MUST, Scope.ReasonKind.NOT_RUN,
                "the run was interrupted by SIGTERM before its scenario ran"), scope.notJudgedRows().get(0));
        assertEquals(Map.of(Scope.ReasonKind.NOT_RUN, 1, Scope.ReasonKind.NOT_TESTED, 1, Scope.ReasonKind.NO_SCENARIO, 5),
                scope.notJudgedByKind());
    }

    @Test
    void aBothRowBindsClientAndServerButNoOtherRole() {
        Requirement both = row("mqtt-3.1.1", "B", "both", "");
        assertTrue(CLIENT.covers(both));
        assertTrue(new CatalogueScope(Map.of("server", Set.of("mqtt-3.1.1"))).covers(both));
        assertFalse(new CatalogueScope(Map.of("device", Set.of("mqtt-3.1.1"))).covers(both));
        assertFalse(CLIENT.covers(row("mqtt-5.0", "B", "both", "")), "a set the class is not held to");
    }

    private static Requirement row(String set, String id, String role, String notTested) {
        return new Requirement(set, id, "1.2", "Summary of " + id, Level.MUST, role, "", notTested);
    }

    private static RequirementResult result(String id, Verdict verdict, String reason) {
        return new RequirementResult(id, "1.2", "Summary", Level.MUST, "client", verdict, reason, List.of("s.feature:1"));
    }
}
