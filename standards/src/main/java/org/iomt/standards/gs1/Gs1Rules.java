package org.iomt.standards.gs1;

/**
 * Rule identifiers used in {@link Gs1Exception}. GENSPECS = GS1 General Specifications,
 * DL = GS1 Digital Link URI Syntax.
 */
public final class Gs1Rules {
    /** A GTIN has 8, 12, 13 or 14 digits (GTIN-8/12/13/14). */
    public static final String GTIN_LENGTH = "GS1-GENSPECS:GTIN_LENGTH";
    /** A GS1 key is made of digits only. */
    public static final String GTIN_DIGITS = "GS1-GENSPECS:GTIN_DIGITS";
    /** The last digit is the mod-10 check digit of the others. */
    public static final String CHECK_DIGIT = "GS1-GENSPECS:CHECK_DIGIT";
    /** The URI is http or https, scheme in all lower or all upper case, with an authority. */
    public static final String DL_SCHEME = "GS1-DL:SCHEME";
    /** The path holds the primary key AI 01 followed by a value segment. */
    public static final String DL_PRIMARY_KEY = "GS1-DL:PRIMARY_KEY";
    /** In a Digital Link URI the GTIN is written with 14 digits. */
    public static final String DL_GTIN_14 = "GS1-DL:GTIN_14_DIGITS";
    /** Key qualifiers after 01 come in the order 22, 10, 21, each at most once. */
    public static final String DL_QUALIFIER_ORDER = "GS1-DL:QUALIFIER_ORDER";
    /** Every AI in the path is followed by a non-empty value segment. */
    public static final String DL_VALUE_MISSING = "GS1-DL:VALUE_MISSING";
    /** Percent-escapes are well formed and decode to UTF-8. */
    public static final String DL_PERCENT_ENCODING = "GS1-DL:PERCENT_ENCODING";
    /** AI 22, 10 and 21 values have 1 to 20 characters of GS1 AI encodable character set 82. */
    public static final String DL_AI_VALUE = "GS1-GENSPECS:AI_VALUE_CSET82";

    private Gs1Rules() {
    }
}
