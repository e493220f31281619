package org.iomt.standards.senml;

import java.util.Set;

/** The labels of RFC 8428 Table 2 and the JSON type each one takes. */
final class SenmlLabels {
    static final String BASE_NAME = "bn";
    static final String BASE_TIME = "bt";
    static final String BASE_UNIT = "bu";
    static final String BASE_VALUE = "bv";
    static final String BASE_SUM = "bs";
    static final String BASE_VERSION = "bver";
    static final String NAME = "n";
    static final String UNIT = "u";
    static final String VALUE = "v";
    static final String STRING_VALUE = "vs";
    static final String BOOLEAN_VALUE = "vb";
    static final String DATA_VALUE = "vd";
    static final String SUM = "s";
    static final String TIME = "t";
    static final String UPDATE_TIME = "ut";

    static final Set<String> STRINGS = Set.of(BASE_NAME, BASE_UNIT, NAME, UNIT, STRING_VALUE, DATA_VALUE);
    static final Set<String> NUMBERS = Set.of(BASE_TIME, BASE_VALUE, BASE_SUM, BASE_VERSION, VALUE, SUM, TIME,
            UPDATE_TIME);
    static final Set<String> BOOLEANS = Set.of(BOOLEAN_VALUE);
    static final Set<String> BASE = Set.of(BASE_NAME, BASE_TIME, BASE_UNIT, BASE_VALUE, BASE_SUM, BASE_VERSION);
    static final Set<String> REGULAR = Set.of(NAME, UNIT, VALUE, STRING_VALUE, BOOLEAN_VALUE, DATA_VALUE, SUM,
            TIME, UPDATE_TIME);
    static final Set<String> VALUES = Set.of(VALUE, STRING_VALUE, BOOLEAN_VALUE, DATA_VALUE);

    /** The version of SenML this code implements (RFC 8428 default). */
    static final int IMPLEMENTED_VERSION = 10;

    /** Times below this many seconds are relative to "now" (RFC 8428 section 4.5.3). */
    static final double RELATIVE_TIME_LIMIT = 268_435_456d;

    private SenmlLabels() {
    }

    static String expectedType(String label) {
        if (STRINGS.contains(label)) {
            return "a string";
        }
        if (NUMBERS.contains(label)) {
            return "a number";
        }
        if (BOOLEANS.contains(label)) {
            return "a boolean";
        }
        return "any JSON value";
    }
}
