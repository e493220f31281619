package org.iomt.standards.epc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One negative case per rule: the finding names the rule and the offending field. Inputs are official vectors altered by hand. */
@Tag("small")
class EpcRuleFindingsTest {

    private static void assertFinding(EpcDecoding d, String rule, String field) {
        assertFalse(d.valid(), "should be rejected");
        assertTrue(d.epc().isEmpty(), "no EPC when a rule is broken");
        assertTrue(d.findings().stream().anyMatch(f -> f.rule().equals(rule) && f.field().equals(field)),
                () -> "expected " + rule + " on " + field + ", got " + d.findings());
    }

    @ParameterizedTest(name = "binary {0} is rejected with {1} on {2}")
    @CsvSource({
            "3074257BF7194E4000001A8G,                      TDS-INPUT-SYNTAX,        binary",
            "3074257BF7194E4000001A,                        TDS-LENGTH,              binary",
            "30003074257BF7194E4000001A85,                  TDS-LENGTH,              binary",
            "000000000000000000000000,                      TDS-UNPROGRAMMED,        header",
            "E2801160200074CF085909AD,                      TDS-TID-NOT-EPC,         header",
            "FF74257BF7194E4000001A85,                      TDS-HEADER-RESERVED,     header",
            "4474257BF7194E4000001A85,                      TDS-HEADER-RESERVED,     header",
            "F774257BF7194E4000001A85,                      TDS-SCHEME-UNSUPPORTED,  header",
            "3A74257BF7194E4000001A85,                      TDS-SCHEME-UNSUPPORTED,  header",
            "307C257BF7194E4000001A85,                      TDS-PARTITION-RANGE,     partition",
            "3076625A03194E4000001A85,                      TDS-FIELD-OVER-LIMIT,    companyPrefix",
            "3074257BF7D0900000001A85,                      TDS-FIELD-OVER-LIMIT,    itemReference",
            "3174257BF4499602D2000001,                      TDS-PADDING-NONZERO,     reserved",
            "3974257BF46072CD9615F8800000000000000000000000001, TDS-PADDING-NONZERO, padding",
            "3674257BF6B7A6518000000000000000000000000000000000, TDS-SERIAL-CHARSET, serial",
            "3674257BF6B7A6598064000000000000000000000000000000, TDS-PADDING-NONZERO, serial",
            "3674257BF6B7A6400000000000000000000000000000000000, TDS-FIELD-EMPTY,    serial"})
    void binaryRuleFindings(String hex, String rule, String field) {
        assertFinding(EpcBinaryCodec.decodeHex(hex), rule, field);
    }

    @Test
    void emptyAndNonBinaryInputsAreFindingsNotExceptions() {
        assertFinding(EpcBinaryCodec.decodeHex(""), EpcRules.INPUT_SYNTAX, "binary");
        assertFinding(EpcBinaryCodec.decodeHex(null), EpcRules.INPUT_SYNTAX, "binary");
        assertFinding(EpcBinaryCodec.decodeBits("0011002"), EpcRules.INPUT_SYNTAX, "binary");
        assertFinding(EpcBinaryCodec.decodeBits("0011"), EpcRules.LENGTH, "binary");
    }

    @ParameterizedTest(name = "URI {0} is rejected with {1} on {2}")
    @CsvSource({
            "urn:epc:tag:sgtin-96:3.0614141.812345.06789,          TDS-SERIAL-LEADING-ZERO, serial",
            "urn:epc:tag:sgtin-96:3.0614141.812345.67A9,           TDS-NON-DIGIT,           serial",
            "urn:epc:tag:sgtin-96:3.0614141.81234.6789,            TDS-DIGIT-COUNT,         itemReference",
            "urn:epc:tag:sgtin-96:3.0614141.812345.274877906944,   TDS-FIELD-OVER-LIMIT,    serial",
            "urn:epc:tag:sgtin-96:3.06141.81234567.6789,           TDS-PARTITION-RANGE,     companyPrefix",
            "urn:epc:tag:sgtin-96:8.0614141.812345.6789,           TDS-FILTER-RANGE,        filter",
            "urn:epc:tag:sgtin-198:3.0614141.712345.AB CD,         TDS-SERIAL-CHARSET,      serial",
            "urn:epc:tag:sgtin-198:3.0614141.712345.32a/b,         TDS-SERIAL-ESCAPE,       serial",
            "urn:epc:tag:sgtin-198:3.0614141.712345.32a%2,         TDS-SERIAL-ESCAPE,       serial",
            "urn:epc:tag:sgtin-198:3.0614141.712345.32a%41,        TDS-SERIAL-ESCAPE,       serial",
            "urn:epc:tag:sgtin-198:3.0614141.712345.,              TDS-FIELD-EMPTY,         serial",
            "urn:epc:tag:sgtin-198:3.0614141.712345.123456789012345678901, TDS-FIELD-OVER-LIMIT, serial",
            "urn:epc:tag:sgcn-96:3.4012345.67890.0123456789012,    TDS-FIELD-OVER-LIMIT,    serial",
            "urn:epc:tag:sgtin-97:3.0614141.812345.6789,           TDS-URI-SYNTAX,          scheme",
            "urn:epc:tag:sgtin-96:3.0614141.812345,                TDS-URI-SYNTAX,          serial",
            "urn:epc:idpat:sgtin:0614141.812345.*,                 TDS-URI-SYNTAX,          uri",
            "urn:epc:tag:[umi=1][att=x01]:sgtin-96:3.0614141.812345.6789, TDS-CONTROL-ORDER, control",
            "urn:epc:tag:[att=x01][att=x01]:sgtin-96:3.0614141.812345.6789, TDS-CONTROL-ORDER, control",
            "urn:epc:tag:[att=x1]:sgtin-96:3.0614141.812345.6789,  TDS-CONTROL-SYNTAX,      control",
            "urn:epc:tag:[foo=1]:sgtin-96:3.0614141.812345.6789,   TDS-CONTROL-SYNTAX,      control",
            "urn:epc:raw:[xpc=x0001]:96.xC1.x1234567890ABCDEF01234567, TDS-TOGGLE-ISO,      afi",
            "urn:epc:raw:96.x1234567890ABCDEF01234567,             TDS-HEADER-RESERVED,     header",
            "urn:epc:id:gid:31415.271828.01414,                    TDS-SERIAL-LEADING-ZERO, serial",
            "urn:epc:id:usdod:CAG.5678,                            TDS-FIELD-OVER-LIMIT,    cageOrDodaac"})
    void uriRuleFindings(String uri, String rule, String field) {
        assertFinding(EpcUris.parse(uri), rule, field);
    }

    @Test
    void reservedFilterValuesDecode() {
        EpcDecoding d = EpcUris.parse("urn:epc:tag:sgtin-96:5.0614141.812345.6789");
        assertTrue(d.valid(), d.findings()::toString);
        assertEquals(5, d.epc().orElseThrow().filter());
        EpcDecoding sscc = EpcBinaryCodec.decodeHex("3174257BF4499602D2000000"); // filter 3 is reserved for SSCC
        assertTrue(sscc.valid());
        assertEquals(3, sscc.epc().orElseThrow().filter());
    }

    @Test
    void aNumericSerialWithLeadingZeroIsAnSgtin198PureIdentity() {
        EpcDecoding d = EpcUris.parse("urn:epc:id:sgtin:0614141.812345.06789");
        assertTrue(d.valid());
        assertEquals(EpcScheme.SGTIN_198, d.epc().orElseThrow().scheme());
    }

    @Test
    void encoderRefusesInsteadOfStrippingZeros() {
        Epc epc = new Epc(EpcScheme.SGTIN_96, 3, List.of("0614141", "812345", "06789"));
        EpcException e = assertThrows(EpcException.class, () -> EpcBinaryCodec.encodeHex(epc));
        assertEquals(EpcRules.SERIAL_LEADING_ZERO, e.rule());
        assertEquals("serial", e.field());
    }

    @ParameterizedTest(name = "element string {0} is refused with {1} on {2}")
    @CsvSource({
            "(01)80614141123459(21)6789, TDS-CHECK-DIGIT,     01",
            "(01)80614141123458,         TDS-ELEMENT-STRING,  21",
            "(01)80614141123458(21)6789(10)ABC, TDS-ELEMENT-STRING, 10",
            "(01)8061414112345(21)6789,  TDS-ELEMENT-STRING,  01",
            "(01)80614141123458(21)06789, TDS-SERIAL-LEADING-ZERO, serial"})
    void elementStringFindings(String es, String rule, String field) {
        EpcException e = assertThrows(EpcException.class,
                () -> EpcFromGs1.fromElementString(TdsAppendixVectorsTest.ais(es), 7, EpcScheme.SGTIN_96, 3));
        assertEquals(rule, e.rule());
        assertEquals(field, e.field());
    }

    @Test
    void companyPrefixLengthOutsideSixToTwelveIsRefused() {
        EpcException e = assertThrows(EpcException.class, () -> EpcFromGs1.fromElementString(
                TdsAppendixVectorsTest.ais("(01)80614141123458(21)6789"), 5, EpcScheme.SGTIN_96, 3));
        assertEquals(EpcRules.PARTITION_RANGE, e.rule());
    }

    @Test
    void everyRuleIdIsUniqueAndUsedInTheTests() throws Exception {
        Set<String> ids = new HashSet<>();
        for (Field f : EpcRules.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                assertTrue(ids.add((String) f.get(null)), "duplicate rule id " + f.get(null));
            }
        }
        assertEquals(26, ids.size());
    }
}
