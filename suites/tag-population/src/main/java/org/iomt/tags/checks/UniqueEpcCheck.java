package org.iomt.tags.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * No two tags of the population carry the same EPC. Two EPCs are the same when their pure identity URIs are,
 * whatever their scheme's length or filter (an SGTIN-96 and an SGTIN-198 of one item are one EPC).
 *
 * @param requirement the requirement the findings cite
 */
public record UniqueEpcCheck(String requirement) implements Check {

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<TagEvidence.Tag> decoded = TagEvidence.of(evidence).stream().filter(t -> t.bank().epc().epc().isPresent()).toList();
        if (decoded.isEmpty()) {
            return Outcome.inconclusive("no tag's EPC decoded", List.of());
        }
        Map<String, TagEvidence.Tag> first = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (TagEvidence.Tag tag : decoded) {
            String identity = tag.bank().epc().epc().orElseThrow().pureIdentityUri();
            TagEvidence.Tag earlier = first.putIfAbsent(identity, tag);
            if (earlier != null) {
                findings.add(Finding.of(requirement, tag.report().source() + " carries " + identity + ", as "
                        + earlier.report().source() + " does", earlier.evidence(), tag.evidence()));
            }
        }
        return Outcome.judged(findings, decoded.stream().map(TagEvidence.Tag::evidence).toList());
    }
}
