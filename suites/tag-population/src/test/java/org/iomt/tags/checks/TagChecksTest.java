package org.iomt.tags.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.tags.model.TagReport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tag checks judged on hand-made populations built from the Tag Data Standard's SGTIN-96 example bank. */
@Tag("small")
class TagChecksTest {

    /** StoredCRC AAF9 and PC 3000 over urn:epc:tag:sgtin-96:3.0614141.812345.6789 (TDS example). */
    private static final String BANK = "AAF930003074257BF7194E4000001A85";

    private static List<Evidence> tags(String... labels) {
        return java.util.stream.IntStream.range(0, labels.length).mapToObj(i -> new Evidence("test", i + 1, Instant.EPOCH, i,
                Direction.DEVICE_TO_SUITE, "row " + (i + 2), new byte[0], "tag",
                Optional.of(new TagReport("row " + (i + 2), BANK, "", labels[i])))).toList();
    }

    @Test
    void aLabelNamingTheEpcsItemPasses() {
        assertTrue(TagLabelCheck.matchesEpc("r").judge(tags("(01)80614141123458(21)6789")).passed());
    }

    @Test
    void aLabelWithAnotherSerialFails() {
        Outcome outcome = TagLabelCheck.matchesEpc("r").judge(tags("(01)80614141123458(21)06789"));
        assertEquals(1, outcome.findings().size());
        assertTrue(outcome.findings().get(0).message().contains("(21) is 6789 in the EPC but 06789 on the label"));
    }

    @Test
    void aLabelAScannerCannotReadFails() {
        assertEquals(1, TagLabelCheck.matchesEpc("r").judge(tags("(01)8061414112345")).findings().size());
    }

    @Test
    void aWrongCheckDigitIsTheCheckDigitRulesNotTheMatchRules() {
        List<Evidence> population = tags("(01)80614141123459(21)6789");
        assertEquals(1, TagLabelCheck.checkDigits("r").judge(population).findings().size());
        assertTrue(TagLabelCheck.matchesEpc("r").judge(population).passed());
    }

    @Test
    void withoutLabelsTheLabelChecksAreInconclusive() {
        assertNotNull(TagLabelCheck.matchesEpc("r").judge(tags("")).inconclusiveReason());
    }

    @Test
    void claimsAndUniquenessJudgeDecodedEpcs() {
        List<Evidence> twice = tags("", "");
        assertEquals(1, new UniqueEpcCheck("r").judge(twice).findings().size());
        assertTrue(TagClaimCheck.claimedFilter("r", Map.of("sgtin-96", Set.of(3))).judge(twice).passed());
        assertEquals(2, TagClaimCheck.claimedCompanyPrefix("r", Set.of("0614142")).judge(twice).findings().size());
    }
}
