package org.iomt.standards.udi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Provenance of the vectors: [S] AccessGUDID / FDA sample UDIs (as listed on the OpenEMR wiki "Implantable
 * device list (MU3)" and in HL7 FHIR Device examples); [S] python-hibc test examples; [C] IFA PPN and PZN
 * checks computed by hand from the published algorithm (PPN 111234567842 is IFA's PZN 12345678 example).
 */
@Tag("small")
class UdiParserTest {

    private static Udi udi(String s) {
        UdiParse p = UdiParser.parse(s);
        assertEquals(List.of(), p.findings());
        return p.udi().orElseThrow();
    }

    private static void assertRule(String s, String rule) {
        UdiParse p = UdiParser.parse(s);
        assertFalse(p.valid());
        assertTrue(p.has(rule), () -> "expected " + rule + ", got " + p.findings());
    }

    // ---------------------------------------------------------------- GS1

    @Test
    void gs1HumanReadableUdiIsSplit() { // [S] AccessGUDID test UDI
        Udi u = udi("(01)10050428383077(11)141231(17)150707(10)A213B1(21)1234");
        assertEquals(UdiIssuer.GS1, u.issuer());
        assertEquals("10050428383077", u.deviceIdentifier());
        assertEquals(Map.of("manufactured", "2014-12-31", "expiry", "2015-07-07", "lot", "A213B1", "serial", "1234"),
                u.productionIdentifiers());
    }

    @Test
    void gs1ScannedUdiIsSplit() {
        Udi u = udi("]d20110050428383077111412311715070710A213B1<GS>211234");
        assertEquals("10050428383077", u.deviceIdentifier());
        assertEquals("A213B1", u.productionIdentifiers().get("lot"));
        assertEquals("1234", u.productionIdentifiers().get("serial"));
    }

    @Test
    void gs1DigitalLinkUdiIsSplit() {
        Udi u = udi("https://id.gs1.org/01/09520123456788/10/ABC1/21/12345?17=180400");
        assertEquals("09520123456788", u.deviceIdentifier());
        assertEquals("2018-04", u.productionIdentifiers().get("expiry")); // day 00: month only
    }

    @Test
    void gs1UdiWithoutGtinHasNoDi() {
        assertRule("(00)106141412345678908", UdiRules.DI_MISSING);
    }

    @Test
    void gs1UdiFindingsKeepTheGs1Rules() {
        assertRule("(01)10050428383078(17)150707", "GS1-GENSPECS:CHECK_DIGIT");
        assertRule("(01)10050428383077(17)150732", "GS1-GENSPECS:AI_DATE");
    }

    // ---------------------------------------------------------------- HIBCC

    @Test
    void hibcCombinedPrimaryAndSecondaryIsSplit() { // [S] python-hibc example, check character '+'
        Udi u = udi("+E20831269/$$8020423286539+");
        assertEquals(UdiIssuer.HIBCC, u.issuer());
        assertEquals("E20831269", u.deviceIdentifier());
        assertEquals(Map.of("quantity", "02", "expiry", "2023-04", "lot", "286539"), u.productionIdentifiers());
    }

    @Test
    void hibcSecondExampleHasCheckCharacterT() { // [S] python-hibc example
        assertEquals("E20831339", udi("+E20831339/$$8020223283831T").deviceIdentifier());
    }

    @Test
    void fdaHibcSampleSplitsButItsPlaceholderCheckCharacterFails() {
        // FDA/AccessGUDID sample: structure is right, the final 'C' is not the mod-43 value ('H')
        UdiParse p = UdiParser.parse("+H123PARTNO1234567890120/$$420020216LOT123456789012345/SXYZ456789012345678/16D20130202C");
        assertEquals(List.of(UdiRules.HIBCC_CHECK), p.findings().stream().map(UdiFinding::rule).toList());
        Udi u = p.udi().orElseThrow();
        assertEquals("H123PARTNO1234567890120", u.deviceIdentifier());
        assertEquals(Map.of("expiry", "2020-02-02", "lot", "LOT123456789012345", "serial", "XYZ456789012345678",
                "manufactured", "2013-02-02"), u.productionIdentifiers());
    }

    @Test
    void hibcPrimaryAloneGivesTheDi() {
        // '+A99912345' sums to 93, 93 mod 43 = 7 -> check character '7' [C]
        assertEquals("A99912345", udi("+A999123457").deviceIdentifier());
    }

    @Test
    void hibcSecondaryAloneHasNoDi() {
        // lot LOT1, link '7'; [C] 41+39+39+(3+2+5+1+2+3+1)+21+24+29+1+7 = 218; 218 mod 43 = 3
        UdiParse p = UdiParser.parse("+$$3251231LOT173");
        assertEquals(List.of(UdiRules.DI_MISSING), p.findings().stream().map(UdiFinding::rule).toList());
        assertEquals("2025-12-31", p.udi().orElseThrow().productionIdentifiers().get("expiry"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ' ', value = {
            "+E20831269/$$8020423286539A HIBCC:CHECK_CHARACTER",
            "+A99912345X HIBCC:CHECK_CHARACTER",
            "+A1234Z HIBCC:SYNTAX",
            "+A99912345A7 HIBCC:SYNTAX",
            "+/ABC HIBCC:SYNTAX",
            "+a99912345@ HIBCC:SYNTAX",
            "+A99912345/$$3251331LOT1M HIBCC:DATE",
            "+A99912345/$$523366LOT1K HIBCC:DATE",
            "+A99912345/$$1325LOT1B HIBCC:DATE",
            "+A99912345/$XY/16D20250230F HIBCC:DATE",
            "+A99912345/$LOT/ZZZ0 HIBCC:SYNTAX"})
    void hibcDataBreakingARuleIsReported(String s, String rule) {
        assertRule(s, rule);
    }

    // ---------------------------------------------------------------- ICCBBA

    @Test
    void isbt128UdiIsSplit() { // [S] FDA / AccessGUDID ICCBBA sample
        Udi u = udi("=/A9999XYZ100T0944=,000025=A99971312345600=>014032=}013032&,1000000000000XYZ123");
        assertEquals(UdiIssuer.ICCBBA, u.issuer());
        assertEquals("A9999XYZ100T0944", u.deviceIdentifier());
        assertEquals(Map.of("serial", "000025", "din", "A999713123456", "expiry", "2014-02-01",
                "manufactured", "2013-02-01", "lot", "000000000000XYZ123"), u.productionIdentifiers());
    }

    @Test
    void isbt128BloodContainerUdiIsSplit() { // [S] HL7 FHIR Device example-udi4 (ICCBBA blood bag)
        Udi u = udi("=)1TE123456A&)RZ12345678");
        assertEquals("1TE123456A", u.deviceIdentifier());
        assertEquals("RZ12345678", u.productionIdentifiers().get("lot"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ' ', value = {
            "=/A9999XYZ100T0944=>014000 ICCBBA:DATE",
            "=/A9999XYZ100T0944=}015366 ICCBBA:DATE",
            "=/A9999XYZ100T0944=A99971312345660 ICCBBA:CHECK_CHARACTER",
            "=/A9999XYZ100T09 ICCBBA:SYNTAX",
            "=/A9999XYZ100T0944=%ABC ICCBBA:SYNTAX",
            "=,000025 UDI:DI_MISSING"})
    void isbt128DataBreakingARuleIsReported(String s, String rule) {
        assertRule(s, rule);
    }

    @Test
    void dinFlagCarryingTheRightMod37CheckIsAccepted() {
        // mod 37-2 of A999713123456 is 'S' (value 28) -> flag 88; see UdiCheckCharactersTest
        assertTrue(UdiParser.parse("=/A9999XYZ100T0944=A99971312345688").valid());
    }

    // ---------------------------------------------------------------- IFA

    @Test
    void ifaPpnUdiIsSplit() { // [C] PPN 111234567842 (PZN 12345678)
        Udi u = udi("[)><RS>06<GS>9N111234567842<GS>1T1A84545A<GS>D220600<GS>S12345ABCDEF98765<RS><EOT>");
        assertEquals(UdiIssuer.IFA, u.issuer());
        assertEquals("111234567842", u.deviceIdentifier());
        assertEquals(Map.of("lot", "1A84545A", "expiry", "2022-06", "serial", "12345ABCDEF98765"), u.productionIdentifiers());
    }

    @Test
    void ifaWithControlCharactersIsSplit() {
        assertEquals("111234567842", udi("[)>\u001e06\u001d9N111234567842\u001dD251231\u001e\u0004").deviceIdentifier());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ' ', value = {
            "[)><RS>06<GS>9N111234567843<RS><EOT> IFA:PPN_CHECK",
            "[)><RS>06<GS>9N111234567051<RS><EOT> IFA:PZN_CHECK",
            "[)><RS>06<GS>9N111234567842<GS>D221331<RS><EOT> IFA:DATE",
            "[)><RS>06<GS>9N111234567842<GS>D230229<RS><EOT> IFA:DATE",
            "[)><RS>05<GS>9N111234567842<RS><EOT> IFA:SYNTAX",
            "[)><RS>06<GS>9Nabc<RS><EOT> IFA:SYNTAX",
            "[)><RS>06<GS>1TABC<RS><EOT> UDI:DI_MISSING"})
    void ifaDataBreakingARuleIsReported(String s, String rule) {
        assertRule(s, rule);
    }

    // ---------------------------------------------------------------- detection

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"XYZ123", "MA.156.M0.100000.0001", "''"})
    void unknownIssuerIsReported(String s) {
        assertRule(s, UdiRules.ISSUER);
    }
}
