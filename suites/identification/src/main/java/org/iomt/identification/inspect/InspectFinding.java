package org.iomt.identification.inspect;

import java.util.Objects;

/**
 * One rule the input breaks, as the codec that read it reported it.
 *
 * @param rule    the codec's rule id, e.g. TDS-SERIAL-LEADING-ZERO, GS1-GENSPECS:CHECK_DIGIT, HIBCC:CHECK_CHARACTER
 * @param field   the field, AI or data identifier concerned, or "" when the finding is about the whole input
 * @param message what was expected and what was seen
 */
public record InspectFinding(String rule, String field, String message) {
    public InspectFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
