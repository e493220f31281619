package org.iomt.identification.inspect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the views of one code gather before it becomes an {@link Inspection}. */
final class InspectionDraft {
    final Map<String, String> representations = new LinkedHashMap<>();
    final List<InspectFinding> findings = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    /** Adds a representation unless one of that name is already there (the first view to name it wins). */
    void represent(String name, String value) {
        representations.putIfAbsent(name, value);
    }

    void finding(String rule, String field, String message) {
        findings.add(new InspectFinding(rule, field, message));
    }

    void note(String note) {
        notes.add(note);
    }

    Inspection build(String input, CodeForm form) {
        return new Inspection(input, form, representations, findings, notes, Optional.empty());
    }
}
