package org.iomt.standards.gs1;

import java.util.Objects;

/**
 * A Global Trade Item Number in its 14-digit form (GTIN-8/12/13 are left-padded with zeros).
 *
 * @param value14 the 14 digits, check digit included
 */
public record Gtin(String value14) {

    public Gtin {
        Objects.requireNonNull(value14, "value14");
        if (value14.length() != 14 || !Gs1CheckDigit.allDigits(value14) || !Gs1CheckDigit.isValid(value14)) {
            throw new IllegalArgumentException("not a valid 14-digit GTIN: \"" + value14 + "\" (use Gtin.parse)");
        }
    }

    /**
     * Parses a GTIN-8, -12, -13 or -14 and normalises it to 14 digits.
     *
     * @throws Gs1Exception for a wrong length, a non-digit or a wrong check digit
     */
    public static Gtin parse(String gtin) throws Gs1Exception {
        if (gtin == null) {
            throw new Gs1Exception(Gs1Rules.GTIN_LENGTH, "GTIN is null");
        }
        if (!Gs1CheckDigit.allDigits(gtin)) {
            throw new Gs1Exception(Gs1Rules.GTIN_DIGITS, "GTIN \"" + gtin + "\" has a character other than 0-9");
        }
        int n = gtin.length();
        if (n != 8 && n != 12 && n != 13 && n != 14) {
            throw new Gs1Exception(Gs1Rules.GTIN_LENGTH,
                    "GTIN \"" + gtin + "\" has " + n + " digits, expected 8, 12, 13 or 14");
        }
        int expected = Gs1CheckDigit.compute(gtin.substring(0, n - 1));
        int seen = gtin.charAt(n - 1) - '0';
        if (expected != seen) {
            throw new Gs1Exception(Gs1Rules.CHECK_DIGIT,
                    "GTIN " + gtin + ": check digit expected " + expected + ", seen " + seen);
        }
        return new Gtin("0".repeat(14 - n) + gtin);
    }

    /** The indicator digit (first of the 14). */
    public int indicator() { return value14.charAt(0) - '0'; }

    @Override
    public String toString() { return value14; }
}
