package org.iomt.standards.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Vectors: the GS1 Digital Link standard examples as asserted by the GS1 syntax engine's tests
 * (gs1/gs1-syntax-engine src/c-lib/dl.c), and identification.md §2.2 / §3.2.
 */
@Tag("small")
class DigitalLinkTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ' ', value = {
            "http://a/00/006141411234567890 (00)006141411234567890",
            "HTTPS://a/00/006141411234567890 (00)006141411234567890",
            "https://a/01/12312312312333 (01)12312312312333",
            "https://xn--fsq.xn--0zwm56d/01/12312312312333 (01)12312312312333",
            "https://a:65535/01/12312312312333 (01)12312312312333",
            "https://[2001:db8::1]/01/12312312312333 (01)12312312312333",
            "https://a/more/stem/00/006141411234567890 (00)006141411234567890",
            "https://a/00/faux/00/006141411234567890 (00)006141411234567890",
            "https://a/01/12312312312333/22/TEST/10/ABC/21/XYZ (01)12312312312333(22)TEST(10)ABC(21)XYZ",
            "https://a/01/12312312312333/235/TEST (01)12312312312333(235)TEST",
            "https://a/253/1231231231232TEST5678901234567 (253)1231231231232TEST5678901234567",
            "https://a/8018/123456789012345675/8019/123 (8018)123456789012345675(8019)123",
            "https://a/stem/00/006141411234567890? (00)006141411234567890",
            "https://a/stem/401/12345678?99=ABC (401)12345678(99)ABC",
            "https://a/01/12312312312333?&&&99=ABC&&&&&&98=XYZ&&& (01)12312312312333(99)ABC(98)XYZ",
            "https://a/01/12312312312333?singleton1&unknown1=555&99=ABC&singleton2&98=XYZ (01)12312312312333(99)ABC(98)XYZ",
            "https://a/01/12312312312333/22/ABC%2d123?99=ABC&98=XYZ%2f987 (01)12312312312333(22)ABC-123(99)ABC(98)XYZ/987",
            "https://a/01/12312312312333/22/ABC+123?99=ABC&98=XYZ%2f987 (01)12312312312333(22)ABC+123(99)ABC(98)XYZ/987",
            "https://a/01/12312312312333/22/test/10/abc/21/xyz#fragment (01)12312312312333(22)test(10)abc(21)xyz",
            "https://id.gs1.org/01/09520123456788/22/2A (01)09520123456788(22)2A",
            "https://id.gs1.org/01/09520123456788/10/ABC1/21/12345?17=180426 (01)09520123456788(10)ABC1(21)12345(17)180426",
            "https://id.gs1.org/01/09520123456788?3103=000195 (01)09520123456788(3103)000195",
            "https://example.com/01/09520123456788?3103=000195&3922=0299&17=201225 (01)09520123456788(3103)000195(3922)0299(17)201225",
            "https://id.gs1.org/00/952012345678912345?02=09520123456788&37=25&10=ABC123 (00)952012345678912345(02)09520123456788(37)25(10)ABC123",
            "https://id.gs1.org/414/9520123456788/254/32a%2Fb (414)9520123456788(254)32a/b",
            "https://id.gs1.org/01/09520123456788/235/XYZ?10=ABC123 (01)09520123456788(235)XYZ(10)ABC123"})
    void validUrisGiveTheirElementString(String uri, String expected) {
        Gs1Parse p = DigitalLink.parse(uri);
        assertEquals(java.util.List.of(), p.findings());
        assertEquals(expected, p.elementString().orElseThrow().bracketed());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ' ', value = {
            "ftp://a/00/006141411234567890 GS1-DL:SCHEME",
            "http:///00/006141411234567890 GS1-DL:SCHEME",
            "HtTp://a/b/00/006141411234567890 GS1-DL:SCHEME",
            "https://$a/00/006141411234567890 GS1-DL:SCHEME",
            "https://[fe80::1%25lo]/01/12312312312333 GS1-DL:SCHEME",
            "http://a GS1-DL:PRIMARY_KEY",
            "http://a/ GS1-DL:PRIMARY_KEY",
            "http://a/b GS1-DL:PRIMARY_KEY",
            "https://00/006141411234567890 GS1-DL:PRIMARY_KEY",
            "https://a/stem/00/006141411234567890/ GS1-DL:PATH",
            "https://a/01/2112345678900 GS1-DL:GTIN_14_DIGITS",
            "https://id.gs1.org/01/9520123456788 GS1-DL:GTIN_14_DIGITS",
            "https://id.gs1.org/01/09520123456788/21/12345/10/ABC1 GS1-DL:QUALIFIER_ORDER",
            "https://id.gs1.org/01/09520123456788/22/A/10/B/235/C GS1-DL:QUALIFIER_ORDER",
            "https://example.com/01/09520123456788?10=ABC123 GS1-DL:QUERY_AI",
            "https://example.com/01/09520123456788?99=XYZ&8200=http GS1-DL:QUERY_AI",
            "https://id.gs1.org/01/09520123456788/10/ABC123?99=XYZ789&01=09520123456788 GS1-DL:DUPLICATE_AI",
            "https://id.gs1.org/01/09520123456788/10/ABC123?99=XYZ789&10=ABC123 GS1-DL:DUPLICATE_AI",
            "https://id.gs1.org/01/09520123456788/10/ABC123?99=XYZ789&99=XYZ789 GS1-DL:DUPLICATE_AI",
            "https://a/01/12312312312333?99= GS1-DL:EMPTY_VALUE",
            "https://a/01/12312312312333?99=ABC&999=faux GS1-GENSPECS:AI_UNKNOWN",
            "https://example.com/01/09520123456788?99=XYZ&89=ABC123 GS1-GENSPECS:AI_UNKNOWN",
            "https://a/01/12312312312333/22/ABC%2d123?99=ABC&98=XYZ+987 GS1-GENSPECS:AI_VALUE_CHARSET",
            "https://a/253/1231231231232TEST56789012345678 GS1-GENSPECS:AI_VALUE_LENGTH",
            "https://id.gs1.org/01/09520123456789 GS1-GENSPECS:CHECK_DIGIT",
            "https://id.gs1.org/01/09520123456788?17=210229 GS1-GENSPECS:AI_DATE",
            "https://id.gs1.org/8013/1987654Ad4X4bL5ttr2310c2L GS1-GENSPECS:CHECK_PAIR",
            "https://id.gs1.org/01/09520123456788/10/AB%4 GS1-DL:PERCENT_ENCODING",
            "https://id.gs1.org/01/09520123456788/10/A%00B GS1-DL:PERCENT_ENCODING",
            "https://id.gs1.org/01/09520123456788/10/A%FFB GS1-DL:PERCENT_ENCODING"})
    void invalidUrisAreReportedWithTheirRule(String uri, String rule) {
        Gs1Parse p = DigitalLink.parse(uri);
        assertFalse(p.valid());
        assertTrue(p.has(rule), () -> "expected " + rule + ", got " + p.findings());
    }

    /** Canonical generation vectors of the GS1 syntax engine (dl.c test_dl_generateDLuri). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ' ', value = {
            "https://id.gs1.org (01)12312312312326(21)abc123 https://id.gs1.org/01/12312312312326/21/abc123",
            "https://example.com (01)12312312312326(22)ABC(10)DEF(21)GHI https://example.com/01/12312312312326/22/ABC/10/DEF/21/GHI",
            "https://example.com (01)12312312312326(22)ABC(10)DEF(21)GHI(95)INT https://example.com/01/12312312312326/22/ABC/10/DEF/21/GHI?95=INT",
            "https://example.com (21)XYZ(01)12312312312333(10)ABC123(99)XYZ https://example.com/01/12312312312333/10/ABC123/21/XYZ?99=XYZ",
            "https://example.com (01)12312312312333(10)ABC+123(99)XYZ+QWERTY https://example.com/01/12312312312333/10/ABC%2B123?99=XYZ%2BQWERTY",
            "https://example.com (8017)795260646688514634(99)000001(253)9526064000028000001 https://example.com/8017/795260646688514634?99=000001&253=9526064000028000001",
            "https://example.com (98)ABC(253)9526064000028000001(99)000001(8017)795260646688514634 https://example.com/253/9526064000028000001?98=ABC&99=000001&8017=795260646688514634",
            "https://example.com (253)9526064000028000001(99)000001(01)12312312312326(10)DEF(95)INT https://example.com/253/9526064000028000001?01=12312312312326&99=000001&10=DEF&95=INT",
            "https://example.com (01)12312312312326(01)12312312312326(10)ABC123(99)XYZ789 https://example.com/01/12312312312326/10/ABC123?99=XYZ789",
            "https://example.com (8010)0200(3133)333333(3300)000000(99)57(3133)333333(3300)000000(01)04065093955756(10)0(3133)333333(3300)000000(01)04065093955756 https://example.com/8010/0200?3133=333333&3300=000000&01=04065093955756&99=57&10=0"})
    void canonicalUriMatchesTheSyntaxEngine(String domain, String bracketed, String expected) {
        ElementString es = ElementStrings.parseBracketed(bracketed).elementString().orElseThrow();
        assertEquals(expected, DigitalLink.canonical(es, domain));
    }

    @Test
    void defaultDomainIsIdGs1Org() {
        ElementString es = ElementStrings.parseBracketed("(01)09520123456788(10)ABC1(21)12345(17)180426")
                .elementString().orElseThrow();
        assertEquals("https://id.gs1.org/01/09520123456788/10/ABC1/21/12345?17=180426", DigitalLink.canonical(es));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ' ', value = {"(01)12312312312326(99)000001(8200)http://example.com(95)INT",
            "(01)12312312312326(235)TPX9526064(99)000001(22)ABC(95)INT",
            "(01)12312312312326(22)ABC(10)DEF(99)000001(235)TPX9526064(95)INT", "(10)ABC(99)X"})
    void canonicalUriIsRefusedForAisThatCannotBeAttributes(String bracketed) {
        ElementString es = ElementStrings.parseBracketed(bracketed).elementString().orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> DigitalLink.canonical(es, "https://example.com"));
    }
}
