package org.iomt.identification.inspect;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What inspecting one code found.
 *
 * @param input           the code as given (surrounding blanks removed)
 * @param form            the detected form; {@link CodeForm#UNRECOGNISED} when {@code unusable} is present
 * @param representations every equivalent form derived, by name, in print order
 * @param findings        every rule the code breaks
 * @param notes           why a representation is missing (e.g. no --gcp-length); notes are not findings
 * @param unusable        why no form fits the input, when none does
 */
public record Inspection(String input, CodeForm form, Map<String, String> representations,
                         List<InspectFinding> findings, List<String> notes, Optional<String> unusable) {

    public Inspection {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(form, "form");
        representations = Collections.unmodifiableMap(new LinkedHashMap<>(representations));
        findings = List.copyOf(findings);
        notes = List.copyOf(notes);
        Objects.requireNonNull(unusable, "unusable");
    }

    /** The outcome of one inspection, from best to worst. */
    public enum Status {
        VALID("valid"), FINDINGS("findings"), UNUSABLE("unusable");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** The name printed in JSON output. */
        public String label() {
            return label;
        }
    }

    /** UNUSABLE when no form fits, FINDINGS when a rule is broken, else VALID. */
    public Status status() {
        if (unusable.isPresent()) {
            return Status.UNUSABLE;
        }
        return findings.isEmpty() ? Status.VALID : Status.FINDINGS;
    }
}
