package org.iomt.standards.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** AI table entries checked against the GS1 General Specifications AI table / Barcode Syntax Dictionary. */
@Tag("small")
class AiTableTest {

    @ParameterizedTest(name = "({0}) {1}..{2}, predefined {3}")
    @CsvSource({"00,18,18,true", "01,14,14,true", "10,1,20,false", "17,6,6,true", "21,1,20,false",
            "235,1,28,false", "253,13,30,false", "3103,6,6,true", "8003,14,30,false", "8013,1,25,false",
            "8030,1,90,false", "99,1,90,false", "7240,1,20,false"})
    void lengthsAndSeparatorNeedsMatchTheAiTable(String ai, int min, int max, boolean predefined) {
        AiDefinition d = AiTable.find(ai).orElseThrow();
        assertEquals(min, d.minLength());
        assertEquals(max, d.maxLength());
        assertEquals(predefined, d.predefinedLength());
    }

    @Test
    void gtinIsAPrimaryKeyWithTwoQualifierSequences() {
        AiDefinition gtin = AiTable.find("01").orElseThrow();
        assertTrue(gtin.isPrimaryKey());
        assertTrue(gtin.identificationKey());
        assertEquals(Optional.of(List.of(List.of("22", "10", "21"), List.of("235"))), gtin.dlQualifierPaths());
        assertEquals(Optional.of(13), gtin.checkDigitPosition());
        assertEquals(List.of("255", "37"), gtin.excludes());
    }

    @Test
    void expiryAllowsDayZeroButFirstFreezeDateDoesNot() {
        assertEquals(Optional.of(DateKind.YYMMDD_DAY_00_ALLOWED), AiTable.find("17").orElseThrow().dateKind());
        assertEquals(Optional.of(DateKind.YYMMDD_DAY_00_ALLOWED), AiTable.find("11").orElseThrow().dateKind());
        assertEquals(Optional.of(DateKind.YYMMDD), AiTable.find("7006").orElseThrow().dateKind());
        assertEquals(Optional.of(DateKind.YYYYMMDD), AiTable.find("7250").orElseThrow().dateKind());
    }

    @Test
    void gmnCarriesTheCheckPairAndGraiItsCheckDigitInsideTheValue() {
        assertTrue(AiTable.find("8013").orElseThrow().hasCheckPair());
        assertEquals(Optional.of(13), AiTable.find("8003").orElseThrow().checkDigitPosition());
        assertFalse(AiTable.find("10").orElseThrow().isPrimaryKey());
    }

    @Test
    void rangesAreExpanded() {
        assertEquals("NET WEIGHT (kg)", AiTable.find("3105").orElseThrow().title());
        assertTrue(AiTable.find("3106").isEmpty());
        assertTrue(AiTable.find("95").isPresent());
    }

    @ParameterizedTest(name = "{0} starts with ({1})")
    @CsvSource({"0109520123456788, 01", "10ABC, 10", "2112345, 21", "235XYZ, 235", "3103000195, 3103",
            "8013ABC, 8013", "7003ABC, 7003"})
    void prefixLookupFindsTheAiThatStartsRawData(String raw, String ai) {
        assertEquals(ai, AiTable.prefixOf(raw).orElseThrow().ai());
    }

    @Test
    void prefixLookupFindsNothingForUnknownData() {
        assertTrue(AiTable.prefixOf("89ABC").isEmpty());
        assertTrue(AiTable.prefixOf("1").isEmpty());
    }
}
