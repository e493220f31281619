package org.iomt.standards.gs1;

import java.util.Objects;

/**
 * One broken rule found in GS1 data.
 *
 * @param rule    the rule id, one of {@link Gs1Rules}
 * @param ai      the AI concerned, or "" when the finding is not about one AI
 * @param message what was expected and what was seen
 */
public record Gs1Finding(String rule, String ai, String message) {
    public Gs1Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(ai, "ai");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return rule + (ai.isEmpty() ? "" : " (" + ai + ")") + ": " + message;
    }
}
