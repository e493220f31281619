package org.iomt.standards.epc;

import java.util.Objects;

/** One GS1 application identifier with its value, e.g. ("01", "80614141123458"). */
public record Ai(String ai, String value) {
    public Ai {
        Objects.requireNonNull(ai, "ai");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "(" + ai + ")" + value;
    }
}
