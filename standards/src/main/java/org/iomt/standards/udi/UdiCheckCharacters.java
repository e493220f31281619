package org.iomt.standards.udi;

/** Check character algorithms of the non-GS1 UDI issuing agencies. */
public final class UdiCheckCharacters {
    /** The 43 characters of the HIBC mod-43 table, each worth its index. */
    static final String MOD43 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-. $/+%";
    /** ISO/IEC 7064 alphabet for mod 37-2: digits, letters, then '*'. */
    private static final String MOD37 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*";

    private UdiCheckCharacters() {
    }

    /**
     * HIBC mod 43: the sum of the table values of all characters, modulo 43, as a table character.
     *
     * @throws IllegalArgumentException for a character outside the table
     */
    public static char hibcMod43(String data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            int v = MOD43.indexOf(data.charAt(i));
            if (v < 0) {
                throw new IllegalArgumentException("character '" + data.charAt(i) + "' at position " + i
                        + " is not in the HIBC mod-43 table");
            }
            sum += v;
        }
        return MOD43.charAt(sum % 43);
    }

    /**
     * ISO/IEC 7064 mod 37-2 (pure system, radix 2): the character that makes the weighted sum of the data
     * and the check character congruent to 1 modulo 37.
     *
     * @throws IllegalArgumentException for a character other than 0-9, A-Z
     */
    public static char iso7064Mod37_2(String data) {
        int p = 0;
        for (int i = 0; i < data.length(); i++) {
            int v = MOD37.indexOf(data.charAt(i));
            if (v < 0 || v == 36) {
                throw new IllegalArgumentException("character '" + data.charAt(i) + "' is not 0-9 or A-Z");
            }
            p = ((p + v) * 2) % 37;
        }
        return MOD37.charAt((38 - p) % 37);
    }

    /** The value (0..36) of a mod 37-2 check character, or -1. */
    static int mod37Value(char c) {
        return MOD37.indexOf(c);
    }

    /**
     * IFA PPN check: the sum of each character's ASCII code times its weight (2 for the first character,
     * then 3, 4, ...), modulo 97, as two digits.
     */
    public static String ifaPpnCheck(String data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            sum += data.charAt(i) * (i + 2);
        }
        return String.format("%02d", sum % 97);
    }

    /**
     * PZN8 check digit: the first seven digits weighted 1 to 7, summed, modulo 11; a result of 10 means no
     * valid PZN exists for these digits (returned as -1).
     */
    public static int pzn8Check(String sevenDigits) {
        int sum = 0;
        for (int i = 0; i < 7; i++) {
            sum += (sevenDigits.charAt(i) - '0') * (i + 1);
        }
        int c = sum % 11;
        return c == 10 ? -1 : c;
    }
}
