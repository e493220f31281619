package org.iomt.standards.gs1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Tag("small")
class Gs1CheckPairTest {

    /** The GMN example of the GS1 General Specifications (check character pair "2K"). */
    @Test
    void generalSpecificationsGmnExampleHasCheckPair2K() {
        assertEquals("2K", Gs1CheckPair.compute("1987654Ad4X4bL5ttr2310c"));
        assertTrue(Gs1CheckPair.isValid("1987654Ad4X4bL5ttr2310c2K"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1987654Ad4X4bL5ttr2310c2L", "1987654Ad4X4bL5ttr2310cK2", "1987654Ad4X4bL5ttr2310C2K", "2K", ""})
    void changedDataOrPairIsInvalid(String value) {
        assertFalse(Gs1CheckPair.isValid(value));
    }

    @Test
    void charactersOutsideSet82AreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Gs1CheckPair.compute("AB CD"));
        assertFalse(Gs1CheckPair.isValid("AB CD2K"));
    }
}
