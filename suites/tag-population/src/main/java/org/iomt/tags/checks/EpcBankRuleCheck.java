package org.iomt.tags.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.epc.EpcFinding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A group of Tag Data Standard or Gen2 rules holds for every tag's EPC bank: each finding of the decoder whose
 * rule is in the group is a finding against the requirement.
 *
 * @param requirement the requirement the findings cite
 * @param rules       the decoder's rule ids that make up the requirement
 */
public record EpcBankRuleCheck(String requirement, Set<String> rules) implements Check {

    public EpcBankRuleCheck {
        rules = Set.copyOf(rules);
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<TagEvidence.Tag> tags = TagEvidence.of(evidence);
        if (tags.isEmpty()) {
            return Outcome.inconclusive("no tag was read", List.of());
        }
        List<Finding> findings = new ArrayList<>();
        for (TagEvidence.Tag tag : tags) {
            Stream.concat(tag.bank().findings().stream(), tag.bank().epc().findings().stream())
                    .filter(f -> rules.contains(f.rule()))
                    .forEach(f -> findings.add(Finding.of(requirement, describe(tag, f), tag.evidence())));
        }
        return Outcome.judged(findings, tags.stream().map(TagEvidence.Tag::evidence).toList());
    }

    private static String describe(TagEvidence.Tag tag, EpcFinding f) {
        return tag.report().source() + " (" + tag.report().epcBank() + "): " + f.field() + ": " + f.message() + " [" + f.rule() + "]";
    }
}
