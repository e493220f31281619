package org.iomt.core.glue;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Inconclusive;
import org.iomt.core.model.Outcome;
import org.iomt.core.model.RequirementViolation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The core's rule for a scenario's verdict: no PASS without evidence, whatever check produced the outcome. */
@Tag("small")
class ScenarioVerdictsTest {

    private static final Evidence PUBLISH = new Evidence("test", 1, Instant.EPOCH, 0, Direction.DEVICE_TO_SUITE, "c1",
            new byte[] {0x30, 0x00}, "PUBLISH", Optional.empty());

    private final ScenarioVerdicts verdicts = new ScenarioVerdicts();

    @Test
    void aPassThatCitesEvidenceGoesOn() {
        assertDoesNotThrow(() -> verdicts.require(Outcome.judged(List.of(), List.of(PUBLISH))));
        assertDoesNotThrow(verdicts::requireSomethingJudged);
    }

    @Test
    void aPassThatCitesNoEvidenceIsInconclusive() {
        Inconclusive inconclusive = assertThrows(Inconclusive.class, () -> verdicts.require(Outcome.judged(List.of(), List.of())));
        assertEquals(ScenarioVerdicts.NOTHING_JUDGED, inconclusive.getMessage());
    }

    @Test
    void aScenarioThatEndsHavingJudgedNothingIsInconclusive() {
        assertThrows(Inconclusive.class, verdicts::requireSomethingJudged);
    }

    @Test
    void findingsFailAndTheirEvidenceCountsAsJudged() {
        Outcome failed = Outcome.judged(List.of(Finding.of("mqtt-3.1.1:MQTT-3.3.1-2", "DUP set at QoS 0", PUBLISH)), List.of());
        assertThrows(RequirementViolation.class, () -> verdicts.require(failed));
        assertEquals(List.of(PUBLISH), verdicts.shown());
    }

    @Test
    void citedFramesAreShownButNeverMakeAPass() {
        verdicts.cite(List.of(PUBLISH));
        assertAll(() -> assertEquals(List.of(PUBLISH), verdicts.shown()),
                () -> assertThrows(Inconclusive.class, verdicts::requireSomethingJudged,
                        "frames a scenario only cites are no evidence that its rule held"));
    }

    @Test
    void anInconclusiveOutcomeKeepsItsOwnReason() {
        Inconclusive inconclusive = assertThrows(Inconclusive.class,
                () -> verdicts.require(Outcome.inconclusive("the device never connected", List.of())));
        assertEquals("the device never connected", inconclusive.getMessage());
    }
}
