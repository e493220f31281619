package org.iomt.core.catalogue;

import org.iomt.reports.record.Level;

import java.util.Optional;

/**
 * One normative statement as our catalogue records it.
 *
 * @param set             the normative source and version, such as {@code mqtt-3.1.1}; the CSV file's name
 * @param id              the statement's own id, or a section-based id where the source has none
 * @param section         where it stands in the source (section number or URL)
 * @param summary         our own one-line summary, never the source's text
 * @param level           MUST, SHOULD or MAY
 * @param role            who the statement binds: device, client, server, gateway, reader, tag, resolver
 * @param pics            the claim it depends on, empty when it always applies
 * @param notTestedReason why no scenario covers it, empty when one does
 */
public record Requirement(
        String set,
        String id,
        String section,
        String summary,
        Level level,
        String role,
        String pics,
        String notTestedReason) {

    /** The id used in {@code @req:} tags and in the run record: {@code <set>:<id>}. */
    public String key() {
        return set + ":" + id;
    }

    public Optional<String> notTested() {
        return notTestedReason.isBlank() ? Optional.empty() : Optional.of(notTestedReason);
    }
}
