package org.iomt.standards.gs1;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of reading GS1 data: the element string when the input could be split into AIs, and
 * every rule it breaks. The element string may be present together with findings (for example a
 * wrong check digit); it is absent when the input could not be split at all.
 */
public record Gs1Parse(Optional<ElementString> elementString, List<Gs1Finding> findings) {
    public Gs1Parse {
        Objects.requireNonNull(elementString, "elementString");
        findings = List.copyOf(findings);
    }

    /** True when the data was read and breaks no rule. */
    public boolean valid() {
        return elementString.isPresent() && findings.isEmpty();
    }

    /** True when some finding has this rule id. */
    public boolean has(String rule) {
        return findings.stream().anyMatch(f -> f.rule().equals(rule));
    }
}
