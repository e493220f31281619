package org.iomt.standards.gs1;

/** A GS1 key or URI that breaks a rule; {@link #rule()} names the rule (see {@link Gs1Rules}). */
public final class Gs1Exception extends Exception {
    private static final long serialVersionUID = 1L;
    private final String rule;

    public Gs1Exception(String rule, String message) {
        super(rule + ": " + message);
        this.rule = rule;
    }

    public String rule() { return rule; }
}
