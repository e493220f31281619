package org.iomt.standards.senml;

import com.fasterxml.jackson.databind.node.DoubleNode;
import java.util.Objects;

/**
 * A JSON number that remembers how it was written. The decoder keeps the text of numbers whose
 * spelling matters to a rule (an exponent, a long mantissa); {@link SenmlJsonEncoder} writes the text
 * back unchanged, so a simulator can send e.g. {@code 2.5E1} on purpose.
 */
public final class SenmlNumberNode extends DoubleNode {
    private static final long serialVersionUID = 1L;
    private final String text;

    private SenmlNumberNode(double value, String text) {
        super(value);
        this.text = text;
    }

    /**
     * A number written exactly as {@code text}.
     *
     * @throws IllegalArgumentException when the text is not a JSON number
     */
    public static SenmlNumberNode of(String text) {
        Objects.requireNonNull(text, "text");
        if (!text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
            throw new IllegalArgumentException("not a JSON number: " + text);
        }
        return new SenmlNumberNode(Double.parseDouble(text), text);
    }

    static SenmlNumberNode decoded(double value, String text) {
        return new SenmlNumberNode(value, text);
    }

    /** The number as it was written. */
    public String text() { return text; }

    @Override
    public String asText() { return text; }

    @Override
    public boolean equals(Object o) {
        return o instanceof SenmlNumberNode other && other.text.equals(text);
    }

    @Override
    public int hashCode() { return text.hashCode(); }
}
