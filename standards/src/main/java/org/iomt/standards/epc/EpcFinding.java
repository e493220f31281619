package org.iomt.standards.epc;

import java.util.Objects;

/** One broken rule: its id (see {@link EpcRules}), the field it concerns and an explanation. */
public record EpcFinding(String rule, String field, String message) {
    public EpcFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return rule + " [" + field + "]: " + message;
    }
}
