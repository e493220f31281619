package org.iomt.standards.senml;

/**
 * Requirements on a SenML JSON pack that our decoder and validator check. Each constant names the
 * document and section it comes from, a summary in our own words and the requirement level.
 */
public enum SenmlRule {
    JSON_WELL_FORMED("RFC 8428", "5", Level.MUST,
            "the payload is one well-formed JSON text with nothing after it"),
    JSON_UTF8("RFC 8428", "5", Level.MUST,
            "the JSON text is encoded as UTF-8"),
    PACK_IS_ARRAY_OF_RECORDS("RFC 8428", "5", Level.MUST,
            "the top-level JSON value is an array and every element of it is an object (one record each)"),
    PACK_NOT_EMPTY("RFC 8428", "3", Level.MUST,
            "a pack holds at least one record (definition of a pack; CDDL in section 11 requires 1*)"),
    LABEL_UNIQUE("RFC 8428", "5", Level.MUST,
            "a record does not repeat a label (our reading: one member per label, see also RFC 8259 section 4)"),
    FIELD_TYPE("RFC 8428", "5", Level.MUST,
            "every label of Table 2 carries its JSON type: strings for bn bu n u vs vd, finite numbers for"
                    + " bt bv bs bver v s t ut, a boolean for vb"),
    NUMBER_EXPONENT_LOWERCASE("RFC 8428", "5", Level.MUST,
            "a number written with an exponent uses a lower-case e"),
    NUMBER_LENGTH("RFC 8428", "5", Level.SHOULD,
            "a number's mantissa is shorter than 19 characters and its exponent shorter than 5"),
    VERSION_POSITIVE_INTEGER("RFC 8428", "4.1", Level.MUST,
            "the base version, when sent, is a positive integer"),
    VERSION_SUPPORTED("RFC 8428", "4.4", Level.MUST,
            "a pack whose version is above the one we implement (10) is not to be used"),
    VERSION_CONSISTENT("RFC 8428", "4.4", Level.MUST,
            "all records of a pack have the same version (absent means the default 10)"),
    MUST_UNDERSTAND("RFC 8428", "4.4", Level.MUST,
            "a label ending in '_' that the reader does not understand makes the pack an error"),
    NAME_NOT_EMPTY("RFC 8428", "4.5.1", Level.MUST,
            "a record's resolved name (base name followed by name) is not empty"),
    NAME_CHARACTERS("RFC 8428", "4.5.1", Level.MUST,
            "the resolved name starts with a letter or digit and otherwise holds only letters, digits and - : . / _"),
    VALUE_PRESENT("RFC 8428", "4.2", Level.MUST,
            "a measurement record has exactly one of v, vs, vb, vd; with a sum it may have none, never several"),
    DATA_VALUE_BASE64URL("RFC 8428", "5", Level.MUST,
            "vd is base64 with the URL-safe alphabet and without padding"),
    UNIT_REGISTERED("RFC 8428", "12.1", Level.MUST,
            "u and bu name a unit of the SenML Units registry"),
    UNIT_SECONDARY("RFC 8798", "3", Level.SHOULD,
            "a pack avoids secondary units in place of SenML units, outside data models built on them"),
    TIME_REFERENCE_MIXED("RFC 8428", "4.5.3", Level.SHOULD,
            "base time plus time stays on the same side of 2^28 as the base time, so relative and absolute"
                    + " times are not mixed by accident");

    /** Requirement level in the sense of RFC 2119. */
    public enum Level { MUST, SHOULD }

    private final String document;
    private final String section;
    private final Level level;
    private final String summary;

    SenmlRule(String document, String section, Level level, String summary) {
        this.document = document;
        this.section = section;
        this.level = level;
        this.summary = summary;
    }

    /** The standard the rule comes from, e.g. "RFC 8428". */
    public String document() { return document; }

    /** Section number within {@link #document()}, e.g. "4.5.1". */
    public String section() { return section; }

    public Level level() { return level; }

    /** One-line summary in our own words. */
    public String summary() { return summary; }

    /** Stable identifier used in findings and exceptions, e.g. "RFC8428-4.5.1:NAME_CHARACTERS". */
    public String id() {
        String prefix = document.equals("RFC 8428") ? "RFC8428-" : "RFC8798-";
        return prefix + section + ":" + name();
    }
}
