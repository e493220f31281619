package org.iomt.standards.senml;

import static org.iomt.standards.senml.RfcExamples.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Negative cases: each payload breaks one rule once, at a known record. */
@Tag("small")
class SenmlValidatorTest {

    private static List<SenmlFinding> findings(String json) throws SenmlSyntaxException {
        return SenmlValidator.validate(SenmlJsonDecoder.decode(bytes(json)));
    }

    private static SenmlFinding assertOnly(SenmlRule rule, int recordIndex, String json) throws Exception {
        List<SenmlFinding> found = findings(json);
        assertEquals(1, found.size(), () -> "expected exactly one finding, got " + found);
        SenmlFinding f = found.get(0);
        assertEquals(rule, f.rule(), f::toString);
        assertEquals(recordIndex, f.recordIndex(), f::toString);
        return f;
    }

    @Test
    void emptyPackIsReported() throws Exception {
        assertOnly(SenmlRule.PACK_NOT_EMPTY, -1, "[]");
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "n   | 5",
            "bn  | true",
            "u   | 1",
            "bu  | null",
            "vs  | 3",
            "vd  | [1]",
            "v   | \"23.1\"",
            "t   | \"-5\"",
            "bt  | {}",
            "bv  | false",
            "bs  | \"1\"",
            "s   | null",
            "ut  | \"60\"",
            "bver| \"10\"",
            "vb  | \"false\"",
            "v   | 1e400"})
    void labelWithTheWrongJsonTypeIsReported(String label, String json) throws Exception {
        String extra = label.equals("v") || label.equals("vs") || label.equals("vd") || label.equals("vb")
                || label.equals("s") ? "" : ",\"v\":1";
        String prefix = label.equals("n") || label.equals("bn") ? "\"bn\":\"a\"" : "\"n\":\"a\"";
        if (label.equals("bn")) {
            prefix = "\"n\":\"a\"";
        }
        String record = "{" + prefix + extra + ",\"" + label + "\":" + json + "}";
        SenmlFinding f = assertOnly(SenmlRule.FIELD_TYPE, 1, "[{\"n\":\"ok\",\"v\":0}," + record + "]");
        assertEquals(label, f.field());
    }

    @Test
    void wrongTypeMessageSaysExpectedAndSeen() throws Exception {
        SenmlFinding f = assertOnly(SenmlRule.FIELD_TYPE, 0, "[{\"n\":\"a\",\"v\":\"36.6\"}]");
        assertEquals("record 0: \"v\" is a string, expected a number", f.message());
    }

    @Test
    void upperCaseExponentIsReported() throws Exception {
        SenmlFinding f = assertOnly(SenmlRule.NUMBER_EXPONENT_LOWERCASE, 1,
                "[{\"n\":\"a\",\"v\":1},{\"n\":\"a\",\"v\":2.5E1}]");
        assertEquals("v", f.field());
    }

    @Test
    void longMantissaIsReported() throws Exception {
        assertOnly(SenmlRule.NUMBER_LENGTH, 0, "[{\"n\":\"a\",\"v\":1.23456789012345678}]");
    }

    @Test
    void longExponentIsReported() throws Exception {
        assertOnly(SenmlRule.NUMBER_LENGTH, 0, "[{\"n\":\"a\",\"v\":1e-0001}]");
    }

    @ParameterizedTest
    @CsvSource({"0", "-1", "10.5"})
    void versionThatIsNotAPositiveIntegerIsReported(String bver) throws Exception {
        assertOnly(SenmlRule.VERSION_POSITIVE_INTEGER, 0, "[{\"bver\":" + bver + ",\"n\":\"a\",\"v\":1}]");
    }

    @Test
    void versionAboveTenIsReported() throws Exception {
        SenmlFinding f = assertOnly(SenmlRule.VERSION_SUPPORTED, 0, "[{\"bver\":11,\"n\":\"a\",\"v\":1}]");
        assertEquals("bver", f.field());
    }

    @Test
    void versionTenOrLowerIsAccepted() throws Exception {
        assertEquals(List.of(), findings("[{\"bver\":10,\"n\":\"a\",\"v\":1},{\"n\":\"b\",\"v\":2}]"));
    }

    @Test
    void versionChangingInsideThePackIsReported() throws Exception {
        assertOnly(SenmlRule.VERSION_CONSISTENT, 2,
                "[{\"bver\":5,\"n\":\"a\",\"v\":1},{\"n\":\"a\",\"v\":1},{\"bver\":6,\"n\":\"a\",\"v\":1}]");
    }

    @Test
    void laterVersionDifferingFromTheDefaultIsReported() throws Exception {
        assertOnly(SenmlRule.VERSION_CONSISTENT, 1, "[{\"n\":\"a\",\"v\":1},{\"bver\":5,\"n\":\"a\",\"v\":1}]");
    }

    @Test
    void mustUnderstandLabelIsReported() throws Exception {
        SenmlFinding f = assertOnly(SenmlRule.MUST_UNDERSTAND, 1,
                "[{\"n\":\"a\",\"v\":1},{\"n\":\"a\",\"v\":1,\"cal_\":3}]");
        assertEquals("cal_", f.field());
    }

    @Test
    void unknownLabelWithoutUnderscoreIsIgnored() throws Exception {
        assertEquals(List.of(), findings("[{\"n\":\"a\",\"v\":1,\"cal\":3,\"bx\":[1,2]}]"));
    }

    @Test
    void missingNameIsReported() throws Exception {
        assertOnly(SenmlRule.NAME_NOT_EMPTY, 1, "[{\"n\":\"a\",\"v\":1},{\"v\":1}]");
    }

    @Test
    void emptyNameWithoutBaseNameIsReported() throws Exception {
        assertOnly(SenmlRule.NAME_NOT_EMPTY, 0, "[{\"n\":\"\",\"v\":1}]");
    }

    @ParameterizedTest
    @CsvSource({"-temp", ":temp", "temp value", "temp#1", "tempé"})
    void nameWithForbiddenCharactersIsReported(String name) throws Exception {
        assertOnly(SenmlRule.NAME_CHARACTERS, 1, "[{\"n\":\"a\",\"v\":1},{\"n\":\"" + name + "\",\"v\":1}]");
    }

    @Test
    void nameCharactersAreCheckedOnTheConcatenatedName() throws Exception {
        SenmlFinding f = assertOnly(SenmlRule.NAME_CHARACTERS, 1,
                "[{\"bn\":\"urn:dev:ow:10e2073a01080063:\",\"n\":\"a\",\"v\":1},{\"n\":\"b c\",\"v\":1}]");
        assertEquals("record 1: resolved name \"urn:dev:ow:10e2073a01080063:b c\" has ' ' at position 29,"
                + " expected only letters, digits and - : . / _", f.message());
    }

    @Test
    void recordWithoutValueOrSumIsReported() throws Exception {
        assertOnly(SenmlRule.VALUE_PRESENT, 1, "[{\"n\":\"a\",\"v\":1},{\"n\":\"b\",\"u\":\"Cel\"}]");
    }

    @Test
    void recordWithTwoValuesIsReported() throws Exception {
        assertOnly(SenmlRule.VALUE_PRESENT, 0, "[{\"n\":\"a\",\"v\":1,\"vs\":\"one\"}]");
    }

    @Test
    void recordWithTwoValuesAndASumIsReported() throws Exception {
        assertOnly(SenmlRule.VALUE_PRESENT, 0, "[{\"n\":\"a\",\"v\":1,\"vb\":true,\"s\":4}]");
    }

    @Test
    void sumWithoutValueIsAccepted() throws Exception {
        assertEquals(List.of(), findings("[{\"n\":\"energy\",\"u\":\"W\",\"s\":3600}]"));
    }

    @ParameterizedTest
    @CsvSource({"aGkgCg==", "aGk+Cg", "aGk/Cg", "a", "aGk gCg"})
    void dataValueThatIsNotUnpaddedBase64UrlIsReported(String vd) throws Exception {
        assertOnly(SenmlRule.DATA_VALUE_BASE64URL, 0, "[{\"n\":\"a\",\"vd\":\"" + vd + "\"}]");
    }

    @Test
    void unregisteredUnitIsReported() throws Exception {
        SenmlFinding f = assertOnly(SenmlRule.UNIT_REGISTERED, 0, "[{\"n\":\"temp\",\"u\":\"degC\",\"v\":36.6}]");
        assertEquals("record 0: unit \"degC\" is not in the SenML units registry", f.message());
    }

    @Test
    void unregisteredBaseUnitIsReported() throws Exception {
        SenmlFinding f = assertOnly(SenmlRule.UNIT_REGISTERED, 1,
                "[{\"n\":\"a\",\"v\":1},{\"bu\":\"cel\",\"n\":\"b\",\"v\":1}]");
        assertEquals("bu", f.field());
    }

    @Test
    void capitalCIsCoulombAndRegistered() throws Exception {
        assertEquals(List.of(), findings("[{\"n\":\"charge\",\"u\":\"C\",\"v\":1}]"));
    }

    @Test
    void unitsAreCaseSensitive() throws Exception {
        assertOnly(SenmlRule.UNIT_REGISTERED, 0, "[{\"n\":\"a\",\"u\":\"CEL\",\"v\":1}]");
    }

    @Test
    void secondaryUnitIsReportedAsShould() throws Exception {
        SenmlFinding f = assertOnly(SenmlRule.UNIT_SECONDARY, 0, "[{\"n\":\"p\",\"u\":\"hPa\",\"v\":1013}]");
        assertEquals(SenmlRule.Level.SHOULD, f.rule().level());
    }

    @Test
    void relativeBaseTimeThatBecomesAbsoluteIsReported() throws Exception {
        assertOnly(SenmlRule.TIME_REFERENCE_MIXED, 1,
                "[{\"bt\":-10,\"n\":\"a\",\"v\":1},{\"n\":\"a\",\"v\":1,\"t\":268435466}]");
    }

    @Test
    void allFindingsAreReportedNotJustTheFirst() throws Exception {
        List<SenmlFinding> found = findings("[{\"n\":\" x\",\"u\":\"degC\",\"v\":1,\"vs\":\"a\",\"x_\":1}]");
        assertEquals(4, found.size(), found::toString);
        assertTrue(found.stream().allMatch(f -> f.recordIndex() == 0));
    }

    @Test
    void everyRuleHasSectionSummaryAndLevel() {
        for (SenmlRule rule : SenmlRule.values()) {
            assertTrue(rule.section().matches("\\d+(\\.\\d+)*"), rule::name);
            assertTrue(!rule.summary().isBlank() && rule.level() != null, rule::name);
            assertTrue(rule.id().endsWith(":" + rule.name()), rule::id);
        }
    }
}
