package org.iomt.core.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by a step when a check proved a violation: the scenario's verdict is FAIL, with the findings as reason.
 * The scenario cites the one requirement the findings are against, so the reason lists only what was found.
 */
public final class RequirementViolation extends AssertionError {

    private final transient List<Finding> findings;

    public RequirementViolation(List<Finding> findings) {
        super(findings.stream().map(Finding::message).collect(Collectors.joining("; ")));
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }
}
