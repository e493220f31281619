package org.iomt.standards.gs1;

/**
 * Rule identifiers used in {@link Gs1Exception} and {@link Gs1Finding}. GENSPECS = GS1 General
 * Specifications (AI table, element strings, check digits), DL = GS1 Digital Link URI Syntax,
 * SCAN = scanner output of GS1 symbols (AIM symbology identifiers, FNC1 as GS).
 */
public final class Gs1Rules {
    /** A GTIN has 8, 12, 13 or 14 digits (GTIN-8/12/13/14). */
    public static final String GTIN_LENGTH = "GS1-GENSPECS:GTIN_LENGTH";
    /** A GS1 key is made of digits only. */
    public static final String GTIN_DIGITS = "GS1-GENSPECS:GTIN_DIGITS";
    /** The last digit is the mod-10 check digit of the others. */
    public static final String CHECK_DIGIT = "GS1-GENSPECS:CHECK_DIGIT";
    /** The last two characters are the alphanumeric check character pair (mod 1021) of the others (GMN, MUDI). */
    public static final String CHECK_PAIR = "GS1-GENSPECS:CHECK_PAIR";
    /** The AI is one the AI table defines. */
    public static final String AI_UNKNOWN = "GS1-GENSPECS:AI_UNKNOWN";
    /** The value length fits the AI's format (fixed length or maximum, mandatory parts present). */
    public static final String AI_VALUE_LENGTH = "GS1-GENSPECS:AI_VALUE_LENGTH";
    /** Each character belongs to the AI's character set (digits, set 82, set 39 or base64url). */
    public static final String AI_VALUE_CHARSET = "GS1-GENSPECS:AI_VALUE_CHARSET";
    /** A date field is a real calendar date; day 00 only where the AI allows it. */
    public static final String AI_DATE = "GS1-GENSPECS:AI_DATE";
    /** A time field holds a real hour, minute or second. */
    public static final String AI_TIME = "GS1-GENSPECS:AI_TIME";
    /** Other content rules of a field (fixed zero digit, non-zero, yes/no flag, piece of total, IBAN, ...). */
    public static final String AI_CONTENT = "GS1-GENSPECS:AI_CONTENT";
    /** An AI appears at most once, unless every occurrence has the same value. */
    public static final String AI_DUPLICATE = "GS1-GENSPECS:AI_DUPLICATE";
    /** An AI that needs another AI alongside it has it (mandatory association). */
    public static final String AI_REQUIRES = "GS1-GENSPECS:AI_REQUIRES";
    /** Two AIs that must not be used together are not (invalid pair). */
    public static final String AI_EXCLUDES = "GS1-GENSPECS:AI_EXCLUDES";
    /** Bracketed element string syntax: starts with "(", every AI closed with ")", every value non-empty. */
    public static final String ES_SYNTAX = "GS1-GENSPECS:ELEMENT_STRING_SYNTAX";
    /** Scanner data: a GS1 symbology identifier, AIs of predefined length complete, no empty element. */
    public static final String SCAN_SYNTAX = "GS1-SCAN:SYNTAX";
    /** The symbology identifier is one that carries GS1 AI data (]C1 ]d2 ]Q3 ]e0 ]J1) or a GTIN (]E0 ]E4). */
    public static final String SCAN_SYMBOLOGY = "GS1-SCAN:SYMBOLOGY";
    /** The URI is http or https, scheme in all lower or all upper case, with a valid host. */
    public static final String DL_SCHEME = "GS1-DL:SCHEME";
    /** The path holds a primary key AI followed by its value. */
    public static final String DL_PRIMARY_KEY = "GS1-DL:PRIMARY_KEY";
    /** In a Digital Link URI the GTIN is written with 14 digits. */
    public static final String DL_GTIN_14 = "GS1-DL:GTIN_14_DIGITS";
    /** Key qualifiers follow the primary key in one of its defined orders, each at most once. */
    public static final String DL_QUALIFIER_ORDER = "GS1-DL:QUALIFIER_ORDER";
    /** Every AI in the path is a key qualifier of the primary key; nothing else follows the key in the path. */
    public static final String DL_PATH = "GS1-DL:PATH";
    /** Every AI in the path is followed by a non-empty value segment. */
    public static final String DL_VALUE_MISSING = "GS1-DL:VALUE_MISSING";
    /** Percent-escapes are well formed and decode to UTF-8 without NUL. */
    public static final String DL_PERCENT_ENCODING = "GS1-DL:PERCENT_ENCODING";
    /** AI 22, 10 and 21 values have 1 to 20 characters of GS1 AI encodable character set 82. */
    public static final String DL_AI_VALUE = "GS1-GENSPECS:AI_VALUE_CSET82";
    /** A numeric query parameter is a known AI allowed as a data attribute, and not a key or qualifier of the path. */
    public static final String DL_QUERY_AI = "GS1-DL:QUERY_AI";
    /** No AI appears twice in the URI (path and query together). */
    public static final String DL_DUPLICATE_AI = "GS1-DL:DUPLICATE_AI";
    /** A numeric query parameter has a non-empty value. */
    public static final String DL_EMPTY_VALUE = "GS1-DL:EMPTY_VALUE";

    private Gs1Rules() {
    }
}
