package org.iomt.standards.gs1;

import java.util.List;
import java.util.Optional;

/** A sequence of AIs and their values, in the order they were given. */
public record ElementString(List<AiValue> values) {
    public ElementString {
        values = List.copyOf(values);
    }

    /** A shortcut for {@code new ElementString(List.of(values))}. */
    public static ElementString of(AiValue... values) {
        return new ElementString(List.of(values));
    }

    /** The value of the first occurrence of the AI. */
    public Optional<String> get(String ai) {
        return values.stream().filter(v -> v.ai().equals(ai)).map(AiValue::value).findFirst();
    }

    /** The human-readable form, "(01)...(21)..."; a "(" inside a value is written "\(". */
    public String bracketed() {
        StringBuilder sb = new StringBuilder();
        for (AiValue v : values) {
            sb.append('(').append(v.ai()).append(')').append(v.value().replace("(", "\\("));
        }
        return sb.toString();
    }

    /**
     * The data as a scanner transmits it (without symbology identifier): AI and value run together, with
     * {@code gs} after each value whose AI is not of predefined length, except after the last one.
     */
    public String raw(char gs) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            AiValue v = values.get(i);
            sb.append(v.ai()).append(v.value());
            boolean predefined = AiTable.find(v.ai()).map(AiDefinition::predefinedLength).orElse(false);
            if (!predefined && i < values.size() - 1) {
                sb.append(gs);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return bracketed();
    }
}
