package org.iomt.tags.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.epc.Epc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A product claim every tag whose EPC decodes must keep. Tags whose EPC does not decode are judged by the Tag
 * Data Standard's rules, not here; with none decoding, the check is inconclusive.
 */
public final class TagClaimCheck implements Check {

    private final String requirement;
    private final Function<Epc, Optional<String>> rule;

    private TagClaimCheck(String requirement, Function<Epc, Optional<String>> rule) {
        this.requirement = requirement;
        this.rule = rule;
    }

    /** Every tag uses a scheme the profile claims. */
    public static TagClaimCheck claimedScheme(String requirement, Set<String> schemes) {
        return new TagClaimCheck(requirement, epc -> schemes.contains(epc.scheme().tagUriName()) ? Optional.empty()
                : Optional.of("scheme " + epc.scheme().tagUriName() + " is not among the claimed " + schemes));
    }

    /** Every tag uses a filter value the profile claims for its scheme (any value when the scheme has no claim). */
    public static TagClaimCheck claimedFilter(String requirement, Map<String, Set<Integer>> filters) {
        return new TagClaimCheck(requirement, epc -> {
            Set<Integer> allowed = filters.get(epc.scheme().tagUriName());
            return allowed == null || allowed.contains(epc.filter()) ? Optional.empty()
                    : Optional.of("filter " + epc.filter() + " is not among the values " + allowed + " claimed for "
                    + epc.scheme().tagUriName());
        });
    }

    /** Every tag with a GS1 key is encoded under a company prefix the profile claims. */
    public static TagClaimCheck claimedCompanyPrefix(String requirement, Set<String> prefixes) {
        return new TagClaimCheck(requirement, epc -> !epc.scheme().hasCompanyPrefix()
                || prefixes.contains(epc.field("companyPrefix")) ? Optional.empty()
                : Optional.of("company prefix " + epc.field("companyPrefix") + " is not among the claimed " + prefixes));
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<TagEvidence.Tag> decoded = TagEvidence.of(evidence).stream().filter(t -> t.bank().epc().epc().isPresent()).toList();
        if (decoded.isEmpty()) {
            return Outcome.inconclusive("no tag's EPC decoded", List.of());
        }
        List<Finding> findings = new ArrayList<>();
        for (TagEvidence.Tag tag : decoded) {
            Epc epc = tag.bank().epc().epc().orElseThrow();
            rule.apply(epc).ifPresent(problem -> findings.add(Finding.of(requirement,
                    tag.report().source() + " (" + epc.tagUri() + "): " + problem, tag.evidence())));
        }
        return Outcome.judged(findings, decoded.stream().map(TagEvidence.Tag::evidence).toList());
    }
}
