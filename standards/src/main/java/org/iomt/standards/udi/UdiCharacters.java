package org.iomt.standards.udi;

import java.util.regex.Pattern;

/** The character classes the HIBCC, ICCBBA and IFA structures are written in. */
final class UdiCharacters {
    private static final Pattern UPPER_ALNUM = Pattern.compile("[A-Z0-9]*");

    private UdiCharacters() {
    }

    /** True when every character is an upper-case letter A-Z or a digit (also for the empty text). */
    static boolean upperAlnum(String s) {
        return UPPER_ALNUM.matcher(s).matches();
    }

    /** True when the text is not empty and every character is a digit 0-9. */
    static boolean allDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
