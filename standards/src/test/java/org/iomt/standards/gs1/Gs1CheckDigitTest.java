package org.iomt.standards.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("small")
class Gs1CheckDigitTest {

    /** Keys taken from identification.md (TDS 1.13 Appendix E.3 element strings, DL examples) and GS1 worked examples. */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "SSCC worked example (GS1 General Specifications),  376104250021234569",
            "GTIN-13 worked example (GS1 General Specifications), 6291041500213",
            "GTIN-14 of the SGTIN-96 vector,                   80614141123458",
            "GTIN-14 of the SGTIN-198 vector,                  70614141123451",
            "SSCC of the SSCC-96 vector,                       106141412345678908",
            "GLN of the SGLN-96 vector,                        0614141123452",
            "GTIN-14 of the ONS example,                       00614141322602",
            "GTIN-14 of the DL examples,                       09520123456788",
            "GTIN-14 of the DL examples,                       12312312312333",
            "GTIN-14 of the DL compression example,            09506000134376",
            "GTIN-14 of id.gs1.org examples,                   09506000134352",
            "GDTI document type of the GDTI-174 vector,        4012345987652"})
    void officialKeysCarryAValidCheckDigit(String source, String key) {
        assertTrue(Gs1CheckDigit.isValid(key));
        int n = key.length() - 1;
        assertEquals(key.charAt(n) - '0', Gs1CheckDigit.compute(key.substring(0, n)));
    }

    @Test
    void checkDigitIsZeroWhenTheWeightedSumIsAMultipleOfTen() {
        assertEquals(0, Gs1CheckDigit.compute("0000000"));
        assertTrue(Gs1CheckDigit.isValid("00000000"));
        assertEquals(0, Gs1CheckDigit.compute("55")); // 5*3 + 5*1 = 20
        assertTrue(Gs1CheckDigit.isValid("550"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"80614141123457", "6291041500214", "376104250021234560"})
    void wrongCheckDigitIsInvalid(String key) {
        assertFalse(Gs1CheckDigit.isValid(key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12a4", "１２３", " 123", "-123"})
    void nonDigitsAreRefused(String digits) {
        assertThrows(IllegalArgumentException.class, () -> Gs1CheckDigit.compute(digits));
        assertThrows(IllegalArgumentException.class, () -> Gs1CheckDigit.isValid(digits));
    }

    @Test
    void nullIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Gs1CheckDigit.compute(null));
    }
}
