package org.iomt.standards.gs1;

import java.util.Objects;

/** One AI and its value, as found in an element string (value unescaped, without separators). */
public record AiValue(String ai, String value) {
    public AiValue {
        Objects.requireNonNull(ai, "ai");
        Objects.requireNonNull(value, "value");
    }
}
