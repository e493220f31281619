package org.iomt.standards.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("small")
class Gs1DigitalLinkPathsTest {

    private static String refusedWith(String uri) {
        return assertThrows(Gs1Exception.class, () -> Gs1DigitalLinkPaths.parseGtinKey(uri)).rule();
    }

    @Test
    void gtinWithLotAndSerialIsRead() throws Exception {
        assertEquals(new DigitalLinkKey("09506000134352", Optional.of("ABC"), Optional.of("123456")),
                Gs1DigitalLinkPaths.parseGtinKey("https://id.gs1.org/01/09506000134352/10/ABC/21/123456"));
    }

    @Test
    void gtinAloneIsRead() throws Exception {
        assertEquals(new DigitalLinkKey("09520123456788", Optional.empty(), Optional.empty()),
                Gs1DigitalLinkPaths.parseGtinKey("https://id.gs1.org/01/09520123456788"));
    }

    @Test
    void serialOfTheElementStringFormIsRead() throws Exception {
        // identification.md: (01)80614141123458(21)6789 and its Digital Link form
        DigitalLinkKey key = Gs1DigitalLinkPaths.parseGtinKey("https://id.gs1.org/01/80614141123458/21/6789");
        assertEquals("80614141123458", key.gtin());
        assertEquals(Optional.of("6789"), key.serial());
        assertEquals(Optional.empty(), key.lot());
    }

    @Test
    void consumerProductVariantIsPercentDecoded() throws Exception {
        // identification.md 2.2: valid per the GS1 syntax engine
        DigitalLinkKey key = Gs1DigitalLinkPaths.parseGtinKey(
                "https://a/01/12312312312333/22/ABC%2d123?99=ABC&98=XYZ%2f987");
        assertEquals(Optional.of("ABC-123"), key.consumerProductVariant());
        assertEquals("12312312312333", key.gtin());
    }

    @Test
    void customStemAndTrailingSegmentsAndQueryAreIgnored() throws Exception {
        DigitalLinkKey key = Gs1DigitalLinkPaths.parseGtinKey(
                "https://example.com/shop/01/fake/01/09506000134376/10/LOT01/more/stuff?linkType=gs1:pip#x");
        assertEquals(new DigitalLinkKey("09506000134376", Optional.of("LOT01"), Optional.empty()), key);
    }

    @Test
    void percentEscapedSlashAndPlusStayInTheValue() throws Exception {
        DigitalLinkKey key = Gs1DigitalLinkPaths.parseGtinKey("HTTPS://id.gs1.org/01/70614141123451/21/32a%2Fb+c");
        assertEquals(Optional.of("32a/b+c"), key.serial());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://id.gs1.org/01/09520123456788", "HtTp://id.gs1.org/01/09520123456788",
            "id.gs1.org/01/09520123456788", "urn:epc:id:sgtin:0614141.812345.6789"})
    void wrongSchemeIsRefused(String uri) {
        assertEquals(Gs1Rules.DL_SCHEME, refusedWith(uri));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://id.gs1.org/", "https://id.gs1.org/00/106141412345678908",
            "https://id.gs1.org/01", "https://id.gs1.org"})
    void missingGtinKeyIsRefused(String uri) {
        assertEquals(Gs1Rules.DL_PRIMARY_KEY, refusedWith(uri));
    }

    @Test
    void thirteenDigitGtinIsRefused() {
        assertEquals(Gs1Rules.DL_GTIN_14, refusedWith("https://id.gs1.org/01/9520123456788"));
    }

    @Test
    void wrongCheckDigitIsRefused() {
        Gs1Exception e = assertThrows(Gs1Exception.class,
                () -> Gs1DigitalLinkPaths.parseGtinKey("https://id.gs1.org/01/09520123456789/21/1"));
        assertEquals(Gs1Rules.CHECK_DIGIT, e.rule());
        assertEquals(Gs1Rules.CHECK_DIGIT + ": GTIN 09520123456789: check digit expected 8, seen 9", e.getMessage());
    }

    @Test
    void nonDigitGtinIsRefused() {
        assertEquals(Gs1Rules.GTIN_DIGITS, refusedWith("https://id.gs1.org/01/0952012345678X"));
    }

    @ParameterizedTest
    @CsvSource({
            "https://id.gs1.org/01/09520123456788/21/12345/10/ABC1",
            "https://id.gs1.org/01/09520123456788/10/A/22/B",
            "https://id.gs1.org/01/09520123456788/10/A/10/B"})
    void qualifiersOutOfOrderOrRepeatedAreRefused(String uri) {
        assertEquals(Gs1Rules.DL_QUALIFIER_ORDER, refusedWith(uri));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://id.gs1.org/01/09520123456788/21", "https://id.gs1.org/01/09520123456788/10//21/5",
            "https://id.gs1.org/01/09520123456788/21?x=1"})
    void qualifierWithoutValueIsRefused(String uri) {
        assertEquals(Gs1Rules.DL_VALUE_MISSING, refusedWith(uri));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://id.gs1.org/01/09520123456788/10/AB%2", "https://id.gs1.org/01/09520123456788/10/AB%zz",
            "https://id.gs1.org/01/09520123456788/10/%C3%28"})
    void brokenPercentEscapeIsRefused(String uri) {
        assertEquals(Gs1Rules.DL_PERCENT_ENCODING, refusedWith(uri));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://id.gs1.org/01/09520123456788/21/123456789012345678901",
            "https://id.gs1.org/01/09520123456788/21/a%20b", "https://id.gs1.org/01/09520123456788/10/%C3%A9"})
    void valueOutsideCharacterSet82OrTooLongIsRefused(String uri) {
        assertEquals(Gs1Rules.DL_AI_VALUE, refusedWith(uri));
    }

    @Test
    void formatBuildsTheCanonicalPathAndParsesBack() throws Exception {
        String uri = Gs1DigitalLinkPaths.format("https://id.gs1.org/", "09506000134352", "32a/b+c");
        assertEquals("https://id.gs1.org/01/09506000134352/21/32a%2Fb%2Bc", uri);
        assertEquals(Optional.of("32a/b+c"), Gs1DigitalLinkPaths.parseGtinKey(uri).serial());
    }

    @Test
    void formatWithoutSerialHasNoQualifier() {
        assertEquals("https://example.com/01/09506000134352",
                Gs1DigitalLinkPaths.format("https://example.com", "09506000134352", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9506000134352", "09506000134353", "0950600013435X"})
    void formatRefusesAnInvalidGtin(String gtin) {
        assertThrows(IllegalArgumentException.class, () -> Gs1DigitalLinkPaths.format("https://id.gs1.org", gtin, "1"));
    }

    @Test
    void formatRefusesASerialOutsideCharacterSet82() {
        assertThrows(IllegalArgumentException.class,
                () -> Gs1DigitalLinkPaths.format("https://id.gs1.org", "09506000134352", "a b"));
    }
}
