package org.iomt.standards.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("small")
class GtinTest {

    @ParameterizedTest
    @CsvSource({
            "80614141123458, 80614141123458",
            "9520123456788,  09520123456788",
            "6291041500213,  06291041500213",
            "614141322602,   00614141322602",
            "96385074,       00000096385074"})
    void gtinIsNormalisedToFourteenDigits(String in, String expected) throws Exception {
        assertEquals(expected, Gtin.parse(in).value14());
    }

    @Test
    void wrongCheckDigitSaysExpectedAndSeen() {
        Gs1Exception e = assertThrows(Gs1Exception.class, () -> Gtin.parse("09520123456789"));
        assertEquals(Gs1Rules.CHECK_DIGIT, e.rule());
        assertEquals(Gs1Rules.CHECK_DIGIT + ": GTIN 09520123456789: check digit expected 8, seen 9", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234567", "12345678901", "123456789012345", "061414112345678908"})
    void wrongLengthIsRefused(String gtin) {
        assertEquals(Gs1Rules.GTIN_LENGTH, assertThrows(Gs1Exception.class, () -> Gtin.parse(gtin)).rule());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0952012345678A", "09520 23456788", "+9520123456788"})
    void nonDigitsAreRefused(String gtin) {
        assertEquals(Gs1Rules.GTIN_DIGITS, assertThrows(Gs1Exception.class, () -> Gtin.parse(gtin)).rule());
    }

    @Test
    void constructorRefusesAnInvalidValue() {
        assertThrows(IllegalArgumentException.class, () -> new Gtin("9520123456788"));
        assertThrows(IllegalArgumentException.class, () -> new Gtin("09520123456789"));
    }
}
