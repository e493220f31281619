package org.iomt.standards.gs1;

/**
 * The GS1 mod-10 check digit used by GTIN-8/12/13/14, GLN and SSCC: digits are weighted 3, 1, 3, 1 ...
 * from the right-most data digit leftwards; the check digit brings the weighted sum up to a multiple of 10.
 */
public final class Gs1CheckDigit {
    private Gs1CheckDigit() {
    }

    /**
     * The check digit for the given data digits.
     *
     * @throws IllegalArgumentException for an empty string or any non-digit
     */
    public static int compute(String digitsWithoutCheckDigit) {
        requireDigits(digitsWithoutCheckDigit, 1);
        int sum = 0;
        int weight = 3;
        for (int i = digitsWithoutCheckDigit.length() - 1; i >= 0; i--) {
            sum += (digitsWithoutCheckDigit.charAt(i) - '0') * weight;
            weight = 4 - weight;
        }
        return (10 - sum % 10) % 10;
    }

    /**
     * True when the last digit is the check digit of the ones before it.
     *
     * @throws IllegalArgumentException for fewer than two characters or any non-digit
     */
    public static boolean isValid(String digitsWithCheckDigit) {
        requireDigits(digitsWithCheckDigit, 2);
        int last = digitsWithCheckDigit.length() - 1;
        return compute(digitsWithCheckDigit.substring(0, last)) == digitsWithCheckDigit.charAt(last) - '0';
    }

    static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static void requireDigits(String s, int minLength) {
        if (s == null || s.length() < minLength || !allDigits(s)) {
            throw new IllegalArgumentException("expected at least " + minLength + " digits 0-9, got "
                    + (s == null ? "null" : "\"" + s + "\""));
        }
    }
}
