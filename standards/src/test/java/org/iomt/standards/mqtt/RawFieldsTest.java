package org.iomt.standards.mqtt;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.HexFormat;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Fields read from hand-written bytes: whole, cut short, and strings well-formed or not. */
@Tag("small")
class RawFieldsTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s);
    }

    @Test
    void aLengthPrefixedFieldIsReadWholeOrNotAtAll() {
        assertArrayEquals(hex("7478"), RawFields.lengthPrefixed(hex("3004" + "00027478"), 2).orElseThrow());
        assertEquals(Optional.empty(), RawFields.lengthPrefixed(hex("3004" + "000574"), 2), "the frame ends inside the field");
        assertEquals(Optional.empty(), RawFields.lengthPrefixed(hex("30"), 1), "no room for the length");
    }

    @Test
    void onlyWellFormedUtf8IsText() {
        assertEquals(Optional.of("t\u00e9"), RawFields.utf8(hex("74c3a9")));
        assertEquals(Optional.empty(), RawFields.utf8(hex("74ff")), "0xFF is never UTF-8");
        assertEquals(Optional.empty(), RawFields.utf8(hex("eda080")), "a surrogate code point");
        assertEquals(Optional.empty(), RawFields.utf8(hex("c0af")), "an overlong form");
    }
}
