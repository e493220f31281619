package org.iomt.standards.epc;

/**
 * The partition tables: partition P gives a company prefix of 12 - P digits in GCP_BITS[P] bits; the field
 * sharing the table with it takes the remaining bits and (for numeric fields) a fixed number of digits.
 */
enum PartitionTable {
    /** SGTIN and ITIP: indicator/pad digit + item reference. */
    SGTIN(44, 1, Ref.FIXED_DIGITS),
    /** SSCC, GSRN and GSRNP: extension digit + serial reference, or service reference. */
    SSCC(58, 5, Ref.FIXED_DIGITS),
    /** SGLN, GDTI and SGCN: location reference, document type or coupon reference. */
    SGLN(41, 0, Ref.FIXED_DIGITS),
    /** GRAI: asset type. */
    GRAI(44, 0, Ref.FIXED_DIGITS),
    /** GIAI-96: individual asset reference, an integer below 2^bits. */
    GIAI_96(82, -1, Ref.INTEGER),
    /** GIAI-202: individual asset reference in 7-bit characters. */
    GIAI_202(188, -1, Ref.CHARS7),
    /** CPI-96: component/part reference, an integer of at most 3 + P digits. */
    CPI_96(51, 3, Ref.INTEGER),
    /** CPI-var: component/part reference in terminated 6-bit characters. */
    CPI_VAR(-1, -1, Ref.CHARS6);

    enum Ref { FIXED_DIGITS, INTEGER, CHARS7, CHARS6 }

    static final int[] GCP_BITS = {40, 37, 34, 30, 27, 24, 20};

    final int totalBits;
    final int refDigitsAtZero;
    final Ref ref;

    PartitionTable(int totalBits, int refDigitsAtZero, Ref ref) {
        this.totalBits = totalBits;
        this.refDigitsAtZero = refDigitsAtZero;
        this.ref = ref;
    }

    static int gcpDigits(int partition) {
        return 12 - partition;
    }

    int refBits(int partition) {
        return totalBits - GCP_BITS[partition];
    }

    /** Digits of a FIXED_DIGITS reference, or the maximum digits of an INTEGER reference (-1 if only bits limit it). */
    int refDigits(int partition) {
        return refDigitsAtZero < 0 ? -1 : refDigitsAtZero + partition;
    }

    /** Maximum characters of a character reference: prefix + reference never exceed 30 characters. */
    int refMaxChars(int partition) {
        return 30 - gcpDigits(partition);
    }
}
