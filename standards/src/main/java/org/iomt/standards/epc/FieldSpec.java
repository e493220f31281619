package org.iomt.standards.epc;

/** One segment of a scheme's binary layout after the header. */
record FieldSpec(Kind kind, String name, int bits, int maxChars, PartitionTable table) {

    enum Kind {
        /** filter value, bits wide */
        FILTER,
        /** partition + company prefix + the field sharing the table (two URI fields: companyPrefix, name) */
        PARTITIONED,
        /** integer below 2^bits without leading zeros */
        INTEGER,
        /** integer with at most maxChars digits and below 2^bits, without leading zeros */
        INTEGER_DIGITS,
        /** exactly maxChars digits, leading zeros kept, stored as an integer */
        FIXED_DIGITS,
        /** SGCN serial: up to 12 digits, leading zeros kept, stored as the integer of "1" + digits */
        SENTINEL_DIGITS,
        /** up to maxChars 7-bit characters of GS1 set 82 in a fixed field of bits, zero-padded */
        CHARS7,
        /** up to maxChars 6-bit characters terminated by six zero bits */
        CHARS6,
        /** US DoD CAGE/DoDAAC: 6 ASCII bytes, a 5-character CAGE led by a space */
        CAGE8,
        /** ADI CAGE/DoDAAC: 6 six-bit characters, a 5-character CAGE led by a space */
        CAGE6,
        /** reserved bits that must be zero */
        ZERO
    }

    static FieldSpec filter(int bits) { return new FieldSpec(Kind.FILTER, "filter", bits, 0, null); }

    static FieldSpec partitioned(PartitionTable t, String name) { return new FieldSpec(Kind.PARTITIONED, name, 0, 0, t); }

    static FieldSpec integer(String name, int bits) { return new FieldSpec(Kind.INTEGER, name, bits, 0, null); }

    static FieldSpec integerDigits(String name, int bits, int digits) { return new FieldSpec(Kind.INTEGER_DIGITS, name, bits, digits, null); }

    static FieldSpec fixedDigits(String name, int bits, int digits) { return new FieldSpec(Kind.FIXED_DIGITS, name, bits, digits, null); }

    static FieldSpec sentinel(String name, int bits, int digits) { return new FieldSpec(Kind.SENTINEL_DIGITS, name, bits, digits, null); }

    static FieldSpec chars7(String name, int bits, int maxChars) { return new FieldSpec(Kind.CHARS7, name, bits, maxChars, null); }

    static FieldSpec chars6(String name, int maxChars) { return new FieldSpec(Kind.CHARS6, name, 0, maxChars, null); }

    static FieldSpec cage8() { return new FieldSpec(Kind.CAGE8, "cageOrDodaac", 48, 6, null); }

    static FieldSpec cage6() { return new FieldSpec(Kind.CAGE6, "cageOrDodaac", 36, 6, null); }

    static FieldSpec zero(int bits) { return new FieldSpec(Kind.ZERO, "reserved", bits, 0, null); }
}
