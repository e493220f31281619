package org.iomt.identification.inspect;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every equivalent form and every finding, held to the standards' own examples: the TDS appendix vectors (the same
 * table the EPC codec tests use), the GS1 and UDI examples of the codec tests. Never our own encoder's output.
 */
@Tag("small")
class CodeInspectorTest {
    private static final String SGTIN_96 = "3074257BF7194E4000001A85";
    private static final InspectOptions GCP_7 = InspectOptions.DEFAULTS.withGcpLength(7);

    /** TDS appendix: scheme, GCP length, element string, pure identity URI, tag URI, hex as printed. */
    static Stream<Arguments> tdsAppendix() {
        return Stream.of(
                Arguments.of("sgtin-96", "(01)80614141123458(21)6789", "urn:epc:id:sgtin:0614141.812345.6789",
                        "urn:epc:tag:sgtin-96:3.0614141.812345.6789", "3074257BF7194E4000001A85"),
                Arguments.of("sgtin-198", "(01)70614141123451(21)32a/b", "urn:epc:id:sgtin:0614141.712345.32a%2Fb",
                        "urn:epc:tag:sgtin-198:3.0614141.712345.32a%2Fb", "3674257BF6B7A659B2C2BF100000000000000000000000000000"),
                Arguments.of("sscc-96", "(00)106141412345678908", "urn:epc:id:sscc:0614141.1234567890",
                        "urn:epc:tag:sscc-96:3.0614141.1234567890", "3174257BF4499602D2000000"),
                Arguments.of("sgln-96", "(414)0614141123452(254)5678", "urn:epc:id:sgln:0614141.12345.5678",
                        "urn:epc:tag:sgln-96:3.0614141.12345.5678", "3274257BF46072000000162E"),
                Arguments.of("sgln-195", "(414)0614141123452(254)32a/b", "urn:epc:id:sgln:0614141.12345.32a%2Fb",
                        "urn:epc:tag:sgln-195:3.0614141.12345.32a%2Fb", "3974257BF46072CD9615F8800000000000000000000000000"),
                Arguments.of("grai-96", "(8003)006141411234525678", "urn:epc:id:grai:0614141.12345.5678",
                        "urn:epc:tag:grai-96:3.0614141.12345.5678", "3374257BF40C0E400000162E"),
                Arguments.of("grai-170", "(8003)0061414112345232a/b", "urn:epc:id:grai:0614141.12345.32a%2Fb",
                        "urn:epc:tag:grai-170:3.0614141.12345.32a%2Fb", "3774257BF40C0E59B2C2BF100000000000000000000"),
                Arguments.of("giai-96", "(8004)06141415678", "urn:epc:id:giai:0614141.5678",
                        "urn:epc:tag:giai-96:3.0614141.5678", "3474257BF40000000000162E"),
                Arguments.of("giai-202", "(8004)061414132a/b", "urn:epc:id:giai:0614141.32a%2Fb",
                        "urn:epc:tag:giai-202:3.0614141.32a%2Fb", "3874257BF59B2C2BF10000000000000000000000000000000000"),
                Arguments.of("gsrn-96", "(8018)061414112345678902", "urn:epc:id:gsrn:0614141.1234567890",
                        "urn:epc:tag:gsrn-96:3.0614141.1234567890", "2D74257BF4499602D2000000"),
                Arguments.of("gsrnp-96", "(8017)061414112345678902", "urn:epc:id:gsrnp:0614141.1234567890",
                        "urn:epc:tag:gsrnp-96:3.0614141.1234567890", "2E74257BF4499602D2000000"),
                Arguments.of("gdti-96", "(253)06141411234525678", "urn:epc:id:gdti:0614141.12345.5678",
                        "urn:epc:tag:gdti-96:3.0614141.12345.5678", "2C74257BF46072000000162E"),
                Arguments.of("gdti-174", "(253)4012345987652ABCDefgh012345678", "urn:epc:id:gdti:4012345.98765.ABCDefgh012345678",
                        "urn:epc:tag:gdti-174:3.4012345.98765.ABCDefgh012345678", "3E74F4E4E7039B061438997367D0C18B266D1AB66EE0"),
                Arguments.of("cpi-96", "(8010)061414198765(8011)12345", "urn:epc:id:cpi:0614141.98765.12345",
                        "urn:epc:tag:cpi-96:3.0614141.98765.12345", "3C74257BF400C0E680003039"),
                Arguments.of("cpi-var", "(8010)06141415PQ7/Z43(8011)12345", "urn:epc:id:cpi:0614141.5PQ7%2FZ43.12345",
                        "urn:epc:tag:cpi-var:3.0614141.5PQ7%2FZ43.12345", "3D74257BF75411DEF6B4CC00000003039"),
                Arguments.of("sgcn-96", "(255)401234567890104711", "urn:epc:id:sgcn:4012345.67890.04711",
                        "urn:epc:tag:sgcn-96:3.4012345.67890.04711", "3F74F4E4E612640000019907"),
                Arguments.of("itip-110", "(8006)040123451234560102(21)981", "urn:epc:id:itip:4012345.012345.01.02.981",
                        "urn:epc:tag:itip-110:0.4012345.012345.01.02.981", "4014F4E4E40C0E40820000000F54"),
                Arguments.of("itip-212", "(8006)040123451234560102(21)mw133", "urn:epc:id:itip:4012345.012345.01.02.mw133",
                        "urn:epc:tag:itip-212:0.4012345.012345.01.02.mw133",
                        "4114F4E4E40C0E4082DBDD8B36600000000000000000000000000000"));
    }

    @ParameterizedTest(name = "{0} hex gives its URIs and element string")
    @MethodSource("tdsAppendix")
    void epcHexGivesEveryForm(String scheme, String elementString, String pure, String tag, String hex) {
        Inspection i = valid(hex, InspectOptions.DEFAULTS);
        Map<String, String> r = i.representations();
        assertAll(() -> assertEquals(scheme, r.get("scheme")),
                () -> assertEquals(tag, r.get("tagUri")),
                () -> assertEquals(pure, r.get("pureIdentityUri")),
                () -> assertEquals(elementString, r.get("elementString")),
                () -> assertSameBitsAsPrinted(hex, r.get("hex")),
                () -> assertTrue(r.get("digitalLink").startsWith("https://id.gs1.org/"), r.toString()));
    }

    @ParameterizedTest(name = "{0} element string with --gcp-length 7 gives the EPC")
    @MethodSource("tdsAppendix")
    void elementStringWithCompanyPrefixLengthGivesTheEpc(String scheme, String elementString, String pure, String tag, String hex) {
        int filter = tag.charAt(tag.lastIndexOf(':') + 1) - '0';
        Inspection i = valid(elementString, GCP_7.withFilter(filter));
        Map<String, String> r = i.representations();
        assertAll(() -> assertEquals(scheme, r.get("scheme")),
                () -> assertEquals(pure, r.get("pureIdentityUri")),
                () -> assertEquals(tag, r.get("tagUri")),
                () -> assertSameBitsAsPrinted(hex, r.get("hex")));
    }

    @ParameterizedTest(name = "{0} has no GS1 key")
    @CsvSource({"urn:epc:tag:gid-96:31415.271828.1414, 350007AB70425D4000000586",
            "urn:epc:tag:usdod-96:3.CAGEY.5678, 2F320434147455900000162E",
            "urn:epc:tag:adi-var:3.35962.PQ7VZ4.M37GXB92, 3B0E0CF5E76C9047759AD00373DC7602E7200"})
    void anEpcWithoutGs1KeyGivesItsUrisAndHexOnly(String tag, String hex) {
        Map<String, String> r = valid(hex, InspectOptions.DEFAULTS).representations();
        assertEquals(tag, r.get("tagUri"));
        assertFalse(r.containsKey("elementString"));
        assertEquals(hex, valid(tag, InspectOptions.DEFAULTS).representations().get("hex"));
    }

    @Test
    void sgtin96HexGivesEveryRepresentationTheIssueNames() {
        Map<String, String> r = valid(SGTIN_96, InspectOptions.DEFAULTS).representations();
        assertEquals(List.of("scheme", "filter", "partition", "tagUri", "pureIdentityUri", "hex", "bank", "elementString",
                "scannerData", "digitalLink", "gtin14"), List.copyOf(r.keySet()));
        assertAll(() -> assertEquals("3", r.get("filter")), () -> assertEquals("5", r.get("partition")),
                () -> assertEquals("https://id.gs1.org/01/80614141123458/21/6789", r.get("digitalLink")),
                () -> assertEquals("80614141123458", r.get("gtin14")));
    }

    @Test
    void elementStringAndDigitalLinkGiveEachOtherAndTheSgtin() {
        Map<String, String> es = valid("(01)80614141123458(21)6789", GCP_7).representations();
        Map<String, String> dl = valid("https://id.gs1.org/01/80614141123458/21/6789", GCP_7).representations();
        assertAll(() -> assertEquals("https://id.gs1.org/01/80614141123458/21/6789", es.get("digitalLink")),
                () -> assertEquals("(01)80614141123458(21)6789", dl.get("elementString")),
                () -> assertEquals("80614141123458", es.get("gtin14")),
                () -> assertEquals("urn:epc:id:sgtin:0614141.812345.6789", es.get("pureIdentityUri")),
                () -> assertEquals("urn:epc:tag:sgtin-96:0.0614141.812345.6789", es.get("tagUri")),
                () -> assertEquals("3014257BF7194E4000001A85", es.get("hex")),
                () -> assertEquals(es, dl));
    }

    @Test
    void filterOptionSetsTheFilterOfTheDerivedEpc() {
        Map<String, String> r = valid("(01)80614141123458(21)6789", GCP_7.withFilter(3)).representations();
        assertEquals(SGTIN_96, r.get("hex"));
    }

    @Test
    void withoutCompanyPrefixLengthTheEpcIsNotDerivedAndSaysWhy() {
        Inspection i = valid("(01)80614141123458(21)6789", InspectOptions.DEFAULTS);
        assertFalse(i.representations().containsKey("tagUri"));
        assertTrue(i.notes().stream().anyMatch(n -> n.contains("--gcp-length")), i.notes().toString());
    }

    @Test
    void scannerDataGivesTheElementStringAndTheUdi() {
        Map<String, String> r = valid("]d20110050428383077111412311715070710A213B1<GS>211234", InspectOptions.DEFAULTS)
                .representations();
        assertAll(() -> assertEquals("(01)10050428383077(11)141231(17)150707(10)A213B1(21)1234", r.get("elementString")),
                () -> assertEquals("10050428383077", r.get("di")),
                () -> assertEquals("A213B1", r.get("pi.lot")),
                () -> assertEquals("2015-07-07", r.get("pi.expiry")));
    }

    @Test
    void pureIdentityUriTakesTheShortestSchemeAndTheGivenFilter() {
        Inspection i = valid("urn:epc:id:sgtin:0614141.812345.6789", InspectOptions.DEFAULTS.withFilter(3));
        assertEquals(SGTIN_96, i.representations().get("hex"));
        assertEquals("urn:epc:tag:sgtin-96:3.0614141.812345.6789", i.representations().get("tagUri"));
    }

    @Test
    void bitsAndRawUriGiveTheSameEpcAsHex() {
        Map<String, String> hex = valid(SGTIN_96, InspectOptions.DEFAULTS).representations();
        assertEquals(hex, valid(CodeInspectorFormTest.bits(SGTIN_96), InspectOptions.DEFAULTS).representations());
        assertEquals(hex, valid("urn:epc:raw:96.x" + SGTIN_96, InspectOptions.DEFAULTS).representations());
    }

    @Test
    void bankGivesCrcPcAndTheEpcWithItsControlInformation() {
        Map<String, String> r = valid("575C3400" + SGTIN_96, InspectOptions.DEFAULTS).representations();
        assertAll(() -> assertEquals("575C", r.get("storedCrc")), () -> assertEquals("3400", r.get("pc")),
                () -> assertEquals("urn:epc:tag:[umi=1]:sgtin-96:3.0614141.812345.6789", r.get("tagUri")),
                () -> assertEquals("575C3400" + SGTIN_96, r.get("bank")));
    }

    @Test
    void plainGtinGivesItsFourteenDigitsAndElementString() {
        Map<String, String> r = valid("9520123456788", GCP_7).representations();
        assertAll(() -> assertEquals("09520123456788", r.get("gtin14")),
                () -> assertEquals("(01)09520123456788", r.get("elementString")),
                () -> assertEquals("https://id.gs1.org/01/09520123456788", r.get("digitalLink")),
                () -> assertEquals("urn:epc:idpat:sgtin:9520123.045678.*", r.get("epcPattern")));
    }

    @ParameterizedTest(name = "{0} UDI gives issuer {1} and DI {2}")
    @CsvSource(delimiter = '|', value = {
            "+A999123457                                                                 | HIBCC  | A99912345",
            "+E20831269/$$8020423286539+                                                 | HIBCC  | E20831269",
            "=/A9999XYZ100T0944=,000025=A99971312345600=>014032=}013032&,1000000000000XYZ123 | ICCBBA | A9999XYZ100T0944",
            "[)><RS>06<GS>9N111234567842<GS>1T1A84545A<GS>D220600<GS>S12345ABCDEF98765<RS><EOT> | IFA | 111234567842"})
    void udiGivesIssuerDeviceIdentifierAndProductionIdentifiers(String udi, String issuer, String di) {
        Map<String, String> r = valid(udi, InspectOptions.DEFAULTS).representations();
        assertEquals(issuer, r.get("issuer"));
        assertEquals(di, r.get("di"));
    }

    @Test
    void udiProductionIdentifiersAreListedByName() {
        Map<String, String> r = valid("[)><RS>06<GS>9N111234567842<GS>1T1A84545A<GS>D220600<GS>S12345ABCDEF98765<RS><EOT>",
                InspectOptions.DEFAULTS).representations();
        assertAll(() -> assertEquals("1A84545A", r.get("pi.lot")), () -> assertEquals("12345ABCDEF98765", r.get("pi.serial")),
                () -> assertEquals("2022-06", r.get("pi.expiry")));
    }

    @ParameterizedTest(name = "{0} breaks {1} on {2}")
    @CsvSource(delimiter = '|', value = {
            "urn:epc:tag:sgtin-96:3.0614141.812345.06789 | TDS-SERIAL-LEADING-ZERO          | serial",
            "urn:epc:id:sgtin:0614141.81234.6789         | TDS-DIGIT-COUNT                  | itemReference",
            "3074257BF7194E4000001A8G                    | TDS-INPUT-SYNTAX                 | binary",
            "E2801160200074CF085909AD                    | TDS-TID-NOT-EPC                  | header",
            "000000000000000000000000                    | TDS-UNPROGRAMMED                 | header",
            "AAF830003074257BF7194E4000001A85            | GEN2-CRC-MISMATCH                | storedCrc",
            "80614141123459                              | GS1-GENSPECS:CHECK_DIGIT         | 01",
            "(01)80614141123459(21)6789                  | GS1-GENSPECS:CHECK_DIGIT         | 01",
            "https://id.gs1.org/01/9520123456788         | GS1-DL:GTIN_14_DIGITS            | 01",
            "+A99912345X                                 | HIBCC:CHECK_CHARACTER            | check",
            "=/A9999XYZ100T0944=A99971312345660          | ICCBBA:CHECK_CHARACTER           | ''",
            "urn:epc:bogus:1                             | TDS-URI-SYNTAX                   | uri"})
    void badInputIsReportedWithRuleAndField(String code, String rule, String field) {
        Inspection i = CodeInspector.inspect(code, InspectOptions.DEFAULTS);
        assertEquals(Inspection.Status.FINDINGS, i.status());
        assertTrue(i.findings().stream().anyMatch(f -> f.rule().equals(rule) && (field.isEmpty() || f.field().equals(field))),
                () -> "expected " + rule + " on " + field + ", got " + i.findings());
    }

    @Test
    void aGs1CodeWithAFindingStillShowsItsFormsButNoEpc() {
        Inspection i = CodeInspector.inspect("(01)80614141123459(21)6789", GCP_7);
        assertEquals("(01)80614141123459(21)6789", i.representations().get("elementString"));
        assertFalse(i.representations().containsKey("tagUri"));
    }

    private static Inspection valid(String code, InspectOptions options) {
        Inspection i = CodeInspector.inspect(code, options);
        assertEquals(Inspection.Status.VALID, i.status(), () -> code + ": " + i.findings() + " " + i.unusable());
        return i;
    }

    /** The appendix prints some long schemes padded to a word; the inspector prints them padded to a nibble. */
    private static void assertSameBitsAsPrinted(String printed, String encoded) {
        assertTrue(encoded != null && printed.startsWith(encoded) && printed.substring(encoded.length()).chars().allMatch(c -> c == '0'),
                () -> "expected " + printed + " but was " + encoded);
    }
}
