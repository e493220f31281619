package org.iomt.standards.gs1;

/**
 * The GS1 alphanumeric check character pair (used by AI 8013 GMN and AI 8014 MUDI).
 *
 * <p>Each data character is given its index in GS1 character set 82 and multiplied by a prime weight:
 * 2 for the right-most data character, then 3, 5, 7, 11 ... moving left. The weighted sum modulo 1021
 * is written as two characters of a 32-character alphabet (digits 2-9 and upper-case letters without
 * I and O): the quotient by 32 first, the remainder second.
 */
public final class Gs1CheckPair {
    /** GS1 AI encodable character set 82, in the order that gives each character its value. */
    static final String CSET82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz";
    private static final String CSET32 = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int[] PRIMES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71,
        73, 79, 83, 89, 97, 101, 103, 107, 109, 113};

    private Gs1CheckPair() {
    }

    /**
     * The two check characters for the given data.
     *
     * @throws IllegalArgumentException for empty data, more than 30 characters or a character outside set 82
     */
    public static String compute(String data) {
        if (data == null || data.isEmpty() || data.length() > PRIMES.length) {
            throw new IllegalArgumentException("expected 1 to " + PRIMES.length + " characters, got "
                    + (data == null ? "null" : data.length()));
        }
        int n = data.length();
        int sum = 0;
        for (int i = 0; i < n; i++) {
            int v = CSET82.indexOf(data.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("character '" + data.charAt(i) + "' at position " + i
                        + " is not in GS1 character set 82");
            }
            sum += v * PRIMES[n - 1 - i];
        }
        sum %= 1021;
        return "" + CSET32.charAt(sum / 32) + CSET32.charAt(sum % 32);
    }

    /** True when the last two characters are the check pair of the ones before; false for malformed input. */
    public static boolean isValid(String dataWithPair) {
        if (dataWithPair == null || dataWithPair.length() < 3) {
            return false;
        }
        int cut = dataWithPair.length() - 2;
        try {
            return compute(dataWithPair.substring(0, cut)).equals(dataWithPair.substring(cut));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
