package org.iomt.standards.epc;

/** A big-endian bit string held in 64-bit words; bit 0 is the most significant bit of word 0. */
final class Bits {
    final long[] words;
    final int length;

    private Bits(long[] words, int length) {
        this.words = words;
        this.length = length;
    }

    static Bits ofLength(int length) {
        return new Bits(new long[(length + 63) / 64 + 1], length);
    }

    /** Parses hex; returns null when a character is not a hex digit. */
    static Bits fromHex(String hex) {
        int n = hex.length();
        long[] w = new long[(n * 4 + 63) / 64 + 1];
        for (int i = 0; i < n; i++) {
            int v = Hex.value(hex.charAt(i));
            if (v < 0) {
                return null;
            }
            w[i >>> 4] |= (long) v << (60 - ((i & 15) << 2));
        }
        return new Bits(w, n * 4);
    }

    /** Parses a string of 0 and 1; returns null for any other character. */
    static Bits fromBinary(String bits) {
        int n = bits.length();
        long[] w = new long[(n + 63) / 64 + 1];
        for (int i = 0; i < n; i++) {
            char c = bits.charAt(i);
            if (c == '1') {
                w[i >>> 6] |= 1L << (63 - (i & 63));
            } else if (c != '0') {
                return null;
            }
        }
        return new Bits(w, n);
    }

    /** Unsigned value of len (1..64) bits from pos; the caller keeps pos + len within the backing words. */
    long get(int pos, int len) {
        int w = pos >>> 6;
        int off = pos & 63;
        long hi = words[w] << off;
        if (off + len <= 64) {
            return hi >>> (64 - len);
        }
        return (hi >>> (64 - len)) | (words[w + 1] >>> (128 - off - len));
    }

    /** True when every bit from pos to the end is zero. */
    boolean zeroFrom(int pos) {
        for (int p = pos; p < length; p += 64) {
            int len = Math.min(64, length - p);
            if (get(p, len) != 0) {
                return false;
            }
        }
        return true;
    }

    /** Writes the low len (1..64) bits of value at pos. */
    void put(int pos, int len, long value) {
        for (int i = 0; i < len; i++) {
            if ((value >>> (len - 1 - i) & 1L) != 0) {
                int p = pos + i;
                words[p >>> 6] |= 1L << (63 - (p & 63));
            }
        }
    }

    /** Hex of the first bits, padded with zero bits to a whole number of nibbles. */
    String toHex(int bits) {
        int nibbles = (bits + 3) / 4;
        char[] out = new char[nibbles];
        for (int i = 0; i < nibbles; i++) {
            out[i] = "0123456789ABCDEF".charAt((int) get(i * 4, 4));
        }
        return new String(out);
    }

    String toBinary(int bits) {
        char[] out = new char[bits];
        for (int i = 0; i < bits; i++) {
            out[i] = get(i, 1) == 0 ? '0' : '1';
        }
        return new String(out);
    }
}
