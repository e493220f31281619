package org.iomt.standards.udi;

import java.util.Objects;

/**
 * One broken rule found in a UDI.
 *
 * @param rule    a rule id of {@link UdiRules} or, for GS1 data, of {@code org.iomt.standards.gs1.Gs1Rules}
 * @param field   the field concerned (an AI, a data identifier, "primary", "lot" ...), or ""
 * @param message what was expected and what was seen
 */
public record UdiFinding(String rule, String field, String message) {
    public UdiFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
