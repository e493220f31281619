package org.iomt.standards.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("small")
class ElementStringsTest {

    private static List<String> rules(Gs1Parse p) {
        return p.findings().stream().map(Gs1Finding::rule).toList();
    }

    /** Element strings of the TDS 1.13 Appendix E examples (identification.md §8.1) and the DL standard. */
    @ParameterizedTest
    @ValueSource(strings = {"(01)80614141123458(21)6789", "(01)70614141123451(21)32a/b", "(00)106141412345678908",
            "(414)0614141123452(254)5678", "(414)0614141123452(254)32a/b", "(8003)006141411234525678",
            "(8003)0061414112345232a/b", "(8004)06141415678", "(8004)061414132a/b", "(8018)061414112345678902",
            "(8017)061414112345678902", "(253)06141411234525678", "(253)4012345987652ABCDefgh012345678",
            "(8010)061414198765(8011)12345", "(8010)06141415PQ7/Z43(8011)12345", "(255)401234567890104711",
            "(8006)040123451234560102(21)981", "(8006)040123451234560102(21)mw133",
            "(01)09520123456788(17)180426(10)ABC1(21)12345", "(8013)1987654Ad4X4bL5ttr2310c2K"})
    void officialElementStringsAreValid(String s) {
        Gs1Parse p = ElementStrings.parseBracketed(s);
        assertEquals(List.of(), p.findings());
        assertTrue(p.valid());
        assertEquals(s, p.elementString().orElseThrow().bracketed());
    }

    @Test
    void bracketedValuesAreSplitAtEachAi() {
        ElementString es = ElementStrings.parseBracketed("(01)09520123456788(10)ABC1(21)12345").elementString().orElseThrow();
        assertEquals(List.of(new AiValue("01", "09520123456788"), new AiValue("10", "ABC1"), new AiValue("21", "12345")),
                es.values());
    }

    @Test
    void escapedParenthesisStaysInTheValue() {
        ElementString es = ElementStrings.parseBracketed("(01)09520123456788(10)AB\\(C").elementString().orElseThrow();
        assertEquals("AB(C", es.get("10").orElseThrow());
        assertEquals("(01)09520123456788(10)AB\\(C", es.bracketed());
    }

    @Test
    void gs1DataMatrixScanWithGroupSeparatorIsSplit() {
        // variable-length (10) is ended by GS; (17) needs none
        Gs1Parse p = ElementStrings.parseScannerData("]d201095201234567881718042610ABC1\u001d2112345");
        assertTrue(p.valid(), p.findings()::toString);
        assertEquals("(01)09520123456788(17)180426(10)ABC1(21)12345", p.elementString().orElseThrow().bracketed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"]C101095201234567881718042610ABC1<GS>2112345",
            "]Q301095201234567881718042610ABC1\\u001d2112345", "]e001095201234567881718042610ABC1\u001d2112345",
            "01095201234567881718042610ABC1\u001d2112345", "]d2\u001d01095201234567881718042610ABC1\u001d2112345",
            "]d20109520123456788\u001d1718042610ABC1\u001d2112345"})
    void separatorFormsAndSymbologiesGiveTheSameElementString(String scan) {
        Gs1Parse p = ElementStrings.parseScannerData(scan);
        assertTrue(p.valid(), p.findings()::toString);
        assertEquals("(01)09520123456788(17)180426(10)ABC1(21)12345", p.elementString().orElseThrow().bracketed());
    }

    @Test
    void ean13ScanGivesAFourteenDigitGtin() {
        Gs1Parse p = ElementStrings.parseScannerData("]E09520123456788");
        assertEquals("(01)09520123456788", p.elementString().orElseThrow().bracketed());
        assertTrue(p.valid());
    }

    @Test
    void rawFormPutsSeparatorsOnlyAfterVariableLengthValues() {
        ElementString es = ElementStrings.parseBracketed("(01)09520123456788(10)ABC1(17)180426(21)12345")
                .elementString().orElseThrow();
        assertEquals("0109520123456788" + "10ABC1|" + "17180426" + "2112345", es.raw('|'));
    }

    // ---- negatives, one per rule

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "(01)09520123456789; GS1-GENSPECS:CHECK_DIGIT",
            "(00)106141412345678909; GS1-GENSPECS:CHECK_DIGIT",
            "(8013)1987654Ad4X4bL5ttr2310c2L; GS1-GENSPECS:CHECK_PAIR",
            "(01)0952012345678; GS1-GENSPECS:AI_VALUE_LENGTH",
            "(01)09520123456788(10)ABCDEFGHIJKLMNOPQRSTU; GS1-GENSPECS:AI_VALUE_LENGTH",
            "(01)0952012345678A; GS1-GENSPECS:AI_VALUE_CHARSET",
            "(01)09520123456788(10)AB CD; GS1-GENSPECS:AI_VALUE_CHARSET",
            "(8010)0614141abc(8011)1; GS1-GENSPECS:AI_VALUE_CHARSET",
            "(89)ABC; GS1-GENSPECS:AI_UNKNOWN",
            "(01)09520123456788(17)181326; GS1-GENSPECS:AI_DATE",
            "(01)09520123456788(17)210229; GS1-GENSPECS:AI_DATE",
            "(01)09520123456788(17)180431; GS1-GENSPECS:AI_DATE",
            "(01)09520123456788(7006)180400; GS1-GENSPECS:AI_DATE",
            "(01)09520123456788(7003)1804262400; GS1-GENSPECS:AI_TIME",
            "(8003)106141411234525678; GS1-GENSPECS:AI_CONTENT",
            "(01)09520123456788(8001)00000500012011; GS1-GENSPECS:AI_CONTENT",
            "(8006)040123451234560302; GS1-GENSPECS:AI_CONTENT",
            "(8011)0123(8010)0614141; GS1-GENSPECS:AI_CONTENT",
            "(01)09520123456788(10)A(10)B; GS1-GENSPECS:AI_DUPLICATE",
            "(17)180426; GS1-GENSPECS:AI_REQUIRES",
            "(01)09520123456788(250)X; GS1-GENSPECS:AI_REQUIRES",
            "(01)09520123456788(02)09520123456788(37)1; GS1-GENSPECS:AI_EXCLUDES",
            "(01)09520123456788(21)1(235)X; GS1-GENSPECS:AI_EXCLUDES",
            "(01)09520123456788(3100)000100(3101)000100; GS1-GENSPECS:AI_EXCLUDES",
            "01)09520123456788; GS1-GENSPECS:ELEMENT_STRING_SYNTAX",
            "(01; GS1-GENSPECS:ELEMENT_STRING_SYNTAX",
            "(01)09520123456788(10); GS1-GENSPECS:ELEMENT_STRING_SYNTAX",
            "(1)2; GS1-GENSPECS:ELEMENT_STRING_SYNTAX"})
    void bracketedDataBreakingARuleIsReportedWithItsRule(String s, String rule) {
        Gs1Parse p = ElementStrings.parseBracketed(s);
        assertFalse(p.valid());
        assertTrue(rules(p).contains(rule), () -> "expected " + rule + ", got " + p.findings());
    }

    @Test
    void dayZeroIsAcceptedWhereTheAiAllowsIt() {
        assertTrue(ElementStrings.parseBracketed("(01)09520123456788(17)180400").valid());
        assertTrue(ElementStrings.parseBracketed("(01)09520123456788(11)000229").valid()); // 2000 is a leap year
    }

    @Test
    void sameAiTwiceWithTheSameValueIsAccepted() {
        assertTrue(ElementStrings.parseBracketed("(01)09520123456788(10)A(10)A").valid());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "]d2010952012345678; GS1-SCAN:SYNTAX",
            "]d2010952012345678810ABC<GS><GS>2112345; GS1-SCAN:SYNTAX",
            "]A0ABC; GS1-SCAN:SYMBOLOGY",
            "]d1010952012345678810ABC; GS1-SCAN:SYMBOLOGY",
            "]E0952012345678; GS1-SCAN:SYNTAX",
            "]d289ABC; GS1-GENSPECS:AI_UNKNOWN",
            "]d2010952012345678910ABC; GS1-GENSPECS:CHECK_DIGIT",
            "]d2010952012345678810ABC1<GS>17180432; GS1-GENSPECS:AI_DATE"})
    void scannerDataBreakingARuleIsReportedWithItsRule(String s, String rule) {
        Gs1Parse p = ElementStrings.parseScannerData(s);
        assertFalse(p.valid());
        assertTrue(rules(p).contains(rule), () -> "expected " + rule + ", got " + p.findings());
    }

    @Test
    void variableLengthValueWithoutSeparatorSwallowsTheNextAi() {
        // the defect seen in jodal/biip#137: without GS, "21..." becomes part of the lot
        Gs1Parse p = ElementStrings.parseScannerData("]d2010952012345678810ABC12112345");
        assertEquals("ABC12112345", p.elementString().orElseThrow().get("10").orElseThrow());
    }
}
