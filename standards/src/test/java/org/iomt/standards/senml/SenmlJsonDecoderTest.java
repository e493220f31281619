package org.iomt.standards.senml;

import static org.iomt.standards.senml.RfcExamples.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("small")
class SenmlJsonDecoderTest {

    private static SenmlSyntaxException refused(byte[] payload) {
        return assertThrows(SenmlSyntaxException.class, () -> SenmlJsonDecoder.decode(payload));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[", "[{\"n\":\"a\",}]", "[{\"n\":\"a\"", "[{\"v\":NaN}]", "[] []", "[{\"v\":1}] x"})
    void malformedJsonIsRefused(String json) {
        assertEquals(SenmlRule.JSON_WELL_FORMED, refused(bytes(json)).senmlRule());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"n\":\"a\",\"v\":1}", "\"pack\"", "42", "null"})
    void topLevelValueThatIsNotAnArrayIsRefused(String json) {
        SenmlSyntaxException e = refused(bytes(json));
        assertEquals(SenmlRule.PACK_IS_ARRAY_OF_RECORDS, e.senmlRule());
        assertEquals(SenmlRule.PACK_IS_ARRAY_OF_RECORDS.id(), e.rule());
    }

    @Test
    void elementThatIsNotAnObjectIsRefusedWithItsIndex() {
        SenmlSyntaxException e = refused(bytes("[{\"n\":\"a\",\"v\":1},[1,2]]"));
        assertEquals(SenmlRule.PACK_IS_ARRAY_OF_RECORDS, e.senmlRule());
        assertTrue(e.getMessage().contains("element 1 is an array, expected an object"), e.getMessage());
    }

    @Test
    void duplicateLabelIsRefusedWithRecordIndex() {
        SenmlSyntaxException e = refused(bytes("[{\"n\":\"a\",\"v\":1},{\"n\":\"b\",\"v\":1,\"v\":2}]"));
        assertEquals(SenmlRule.LABEL_UNIQUE, e.senmlRule());
        assertTrue(e.getMessage().contains("record 1: label \"v\" appears more than once"), e.getMessage());
    }

    @Test
    void nonUtf8BytesAreRefused() {
        byte[] latin1 = "[{\"n\":\"temp\u00e9\",\"v\":1}]".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(SenmlRule.JSON_UTF8, refused(latin1).senmlRule());
    }

    @Test
    void utf16IsNotTakenForJson() {
        byte[] utf16 = "[{\"n\":\"a\",\"v\":1}]".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(SenmlRule.JSON_WELL_FORMED, refused(utf16).senmlRule());
    }

    @Test
    void everyLabelIsKeptAsSentInOrder() throws Exception {
        SenmlPack pack = SenmlJsonDecoder.decode(bytes("[{\"v\":\"1\",\"zz\":[1],\"n\":\"a\",\"x_\":null}]"));
        SenmlRecord r = pack.records().get(0);
        assertEquals(List.of("v", "zz", "n", "x_"), List.copyOf(r.fields().keySet()));
        assertEquals(Optional.empty(), r.value()); // wrong type: accessor is empty, field is kept
        assertEquals("1", r.fields().get("v").textValue());
        assertEquals(Optional.of("a"), r.name());
    }

    @Test
    void numberSpellingIsKeptWhereARuleNeedsIt() throws Exception {
        SenmlRecord r = SenmlJsonDecoder.decode(bytes("[{\"n\":\"a\",\"t\":1.276020076e+09,\"v\":23}]"))
                .records().get(0);
        SenmlNumberNode t = assertInstanceOf(SenmlNumberNode.class, r.fields().get("t"));
        assertEquals("1.276020076e+09", t.text());
        assertEquals(Optional.of(1.276020076e9), r.time());
        assertEquals(Optional.of(23.0), r.value());
    }

    @Test
    void typedAccessorsReadTheRfcLabels() throws Exception {
        SenmlRecord r = SenmlJsonDecoder.decode(bytes(
                "[{\"bn\":\"b\",\"bt\":1,\"bu\":\"A\",\"bv\":2,\"bs\":3,\"bver\":10,\"n\":\"n\",\"u\":\"V\",\"v\":4,"
                        + "\"vs\":\"s\",\"vb\":true,\"vd\":\"aGk\",\"s\":5,\"t\":6,\"ut\":7}]")).records().get(0);
        assertEquals(Optional.of("b"), r.baseName());
        assertEquals(Optional.of(1.0), r.baseTime());
        assertEquals(Optional.of("A"), r.baseUnit());
        assertEquals(Optional.of(2.0), r.baseValue());
        assertEquals(Optional.of(3.0), r.baseSum());
        assertEquals(Optional.of(10), r.baseVersion());
        assertEquals(Optional.of("n"), r.name());
        assertEquals(Optional.of("V"), r.unit());
        assertEquals(Optional.of(4.0), r.value());
        assertEquals(Optional.of("s"), r.stringValue());
        assertEquals(Optional.of(true), r.booleanValue());
        assertEquals(Optional.of("aGk"), r.dataValue());
        assertEquals(Optional.of(5.0), r.sum());
        assertEquals(Optional.of(6.0), r.time());
        assertEquals(Optional.of(7.0), r.updateTime());
    }
}
