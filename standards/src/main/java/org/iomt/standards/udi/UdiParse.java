package org.iomt.standards.udi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The outcome of reading a UDI: the split UDI when it could be read, and every rule it breaks. */
public record UdiParse(Optional<Udi> udi, List<UdiFinding> findings) {
    public UdiParse {
        Objects.requireNonNull(udi, "udi");
        findings = List.copyOf(findings);
    }

    /** True when the UDI was read and breaks no rule. */
    public boolean valid() {
        return udi.isPresent() && findings.isEmpty();
    }

    /** True when some finding has this rule id. */
    public boolean has(String rule) {
        return findings.stream().anyMatch(f -> f.rule().equals(rule));
    }
}
