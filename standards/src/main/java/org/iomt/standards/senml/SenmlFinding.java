package org.iomt.standards.senml;

import java.util.Objects;

/**
 * One broken rule in a pack.
 *
 * @param rule        the rule
 * @param recordIndex zero-based index of the record, or -1 for the pack as a whole
 * @param field       the label concerned, or null when the record or pack as a whole is concerned
 * @param message     what was expected and what was seen
 */
public record SenmlFinding(SenmlRule rule, int recordIndex, String field, String message) {
    public SenmlFinding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return rule.id() + " [" + rule.level() + "] " + message;
    }
}
