package org.iomt.core.model;

import java.util.List;

/**
 * What a check found wrong: the requirement it violates, what was expected and what was seen, and the evidence
 * that shows it.
 *
 * @param requirement the requirement id ({@code <set>:<id>})
 * @param message     expected versus observed, in one sentence
 * @param evidence    the evidence entries that show the violation
 */
public record Finding(String requirement, String message, List<Evidence> evidence) {

    public Finding {
        evidence = List.copyOf(evidence);
    }

    public static Finding of(String requirement, String message, Evidence... evidence) {
        return new Finding(requirement, message, List.of(evidence));
    }
}
