package org.iomt.standards.senml;

/** A payload that cannot be read as a SenML JSON pack at all; carries the rule it breaks. */
public final class SenmlSyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final SenmlRule senmlRule;

    public SenmlSyntaxException(SenmlRule rule, String message) {
        super(rule.id() + ": " + message);
        this.senmlRule = rule;
    }

    /** The rule identifier, see {@link SenmlRule#id()}. */
    public String rule() { return senmlRule.id(); }

    public SenmlRule senmlRule() { return senmlRule; }
}
