package org.iomt.standards.epc;

/** Character sets of EPC fields and the percent-escaping used for them in URIs. */
final class EpcChars {
    private static final boolean[] CSET82 = new boolean[128];
    private static final String URI_ESCAPED = "\"%&/<>?#";

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            CSET82[c] = true;
            CSET82[Character.toLowerCase(c)] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            CSET82[c] = true;
        }
        for (char c : "!\"%&'()*+,-./:;<=>?_".toCharArray()) {
            CSET82[c] = true;
        }
    }

    private EpcChars() {
    }

    /** GS1 AI encodable character set 82. */
    static boolean isCset82(int c) {
        return c >= 0 && c < 128 && CSET82[c];
    }

    /** Characters of a CPI component/part reference: digits, upper-case letters, '#', '-' and '/'. */
    static boolean isCpiChar(int c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '#' || c == '-' || c == '/';
    }

    /** Characters of ADI part numbers and serials: digits, upper-case letters, '-' and '/' ('#' only leads a serial). */
    static boolean isAdiChar(int c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c == '-' || c == '/';
    }

    static boolean isUpperAlnum(int c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
    }

    /** The character a 6-bit code stands for (the low six bits of its ASCII code). */
    static char sixBitChar(int v) {
        return (char) (v < 32 ? v + 64 : v);
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

    /** Digits as a long, or -1 when the value does not fit in 63 bits; the caller checked allDigits. */
    static long parseDigits(String s) {
        if (s.length() > 19) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = s.charAt(i) - '0';
            if (v > (Long.MAX_VALUE - d) / 10) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** URI form of a field value: the characters the URI grammar reserves are written as %XX. */
    static String escape(String value) {
        StringBuilder sb = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (URI_ESCAPED.indexOf(c) >= 0) {
                if (sb == null) {
                    sb = new StringBuilder(value.length() + 8).append(value, 0, i);
                }
                sb.append('%').append(Hex.byteHex(c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? value : sb.toString();
    }

    /**
     * Field value of a URI component. Returns the unescaped value, or throws with a SERIAL_ESCAPE finding when an
     * escape is malformed, escapes a character that is written plainly, or a reserved character appears raw.
     */
    static String unescape(String component, String field) throws EpcException {
        if (component.indexOf('%') < 0) {
            for (int i = 0; i < component.length(); i++) {
                char c = component.charAt(i);
                if (URI_ESCAPED.indexOf(c) >= 0) {
                    throw escapeError(field, "character '" + c + "' must be percent-escaped in a URI");
                }
            }
            return component;
        }
        StringBuilder sb = new StringBuilder(component.length());
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            if (c == '%') {
                int hi = i + 1 < component.length() ? Hex.value(component.charAt(i + 1)) : -1;
                int lo = i + 2 < component.length() ? Hex.value(component.charAt(i + 2)) : -1;
                if (hi < 0 || lo < 0) {
                    throw escapeError(field, "'%' at position " + i + " is not followed by two hex digits");
                }
                char decoded = (char) (hi << 4 | lo);
                if (URI_ESCAPED.indexOf(decoded) < 0) {
                    throw escapeError(field, "escape %" + component.charAt(i + 1) + component.charAt(i + 2)
                            + " stands for a character that is not escaped in EPC URIs");
                }
                sb.append(decoded);
                i += 2;
            } else if (URI_ESCAPED.indexOf(c) >= 0) {
                throw escapeError(field, "character '" + c + "' must be percent-escaped in a URI");
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static EpcException escapeError(String field, String message) {
        return new EpcException(new EpcFinding(EpcRules.SERIAL_ESCAPE, field, message));
    }

    static boolean isCpiCharBoolean(int c) {
        return isCpiChar(c);
    }

    static boolean isAdiCharBoolean(int c) {
        return isAdiChar(c);
    }
}
