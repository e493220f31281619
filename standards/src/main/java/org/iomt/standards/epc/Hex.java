package org.iomt.standards.epc;

/** Hex and decimal formatting helpers without regex or boxing. */
final class Hex {
    private static final char[] DIGITS = "0123456789ABCDEF".toCharArray();
    private static final byte[] VALUE = new byte[128];

    static {
        java.util.Arrays.fill(VALUE, (byte) -1);
        for (int i = 0; i < 10; i++) {
            VALUE['0' + i] = (byte) i;
        }
        for (int i = 0; i < 6; i++) {
            VALUE['A' + i] = (byte) (10 + i);
            VALUE['a' + i] = (byte) (10 + i);
        }
    }

    private Hex() {
    }

    /** Value of a hex digit, or -1. */
    static int value(char c) {
        return c < 128 ? VALUE[c] : -1;
    }

    static String byteHex(int v) {
        return new String(new char[] {DIGITS[(v >>> 4) & 0xF], DIGITS[v & 0xF]});
    }

    static String wordHex(int v) {
        return byteHex(v >>> 8) + byteHex(v & 0xFF);
    }

    /** Decimal digits of a non-negative value, left-padded with zeros to width (width 0 = no padding). */
    static String decimal(long v, int width) {
        char[] buf = new char[20];
        int p = buf.length;
        do {
            buf[--p] = (char) ('0' + (v % 10));
            v /= 10;
        } while (v != 0);
        while (buf.length - p < width) {
            buf[--p] = '0';
        }
        return new String(buf, p, buf.length - p);
    }

    static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }
}
