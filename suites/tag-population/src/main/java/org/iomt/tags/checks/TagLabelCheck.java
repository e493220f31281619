package org.iomt.tags.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.epc.Ai;
import org.iomt.standards.epc.Epc;
import org.iomt.standards.gs1.AiValue;
import org.iomt.standards.gs1.DigitalLink;
import org.iomt.standards.gs1.ElementStrings;
import org.iomt.standards.gs1.Gs1Parse;
import org.iomt.standards.gs1.Gs1Rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * The GS1 barcode printed on a tag's label, held to its own check digits, and to the EPC the tag carries: a
 * reader and a scanner must identify the same item. Tags without a label are not judged; with none, the check
 * is inconclusive.
 */
public final class TagLabelCheck implements Check {

    private final String requirement;
    private final BiFunction<TagEvidence.Tag, Gs1Parse, Optional<String>> rule;

    private TagLabelCheck(String requirement, BiFunction<TagEvidence.Tag, Gs1Parse, Optional<String>> rule) {
        this.requirement = requirement;
        this.rule = rule;
    }

    /** Every check digit of the label's keys is right. */
    public static TagLabelCheck checkDigits(String requirement) {
        return new TagLabelCheck(requirement, (tag, label) -> label.findings().stream()
                .filter(f -> Gs1Rules.CHECK_DIGIT.equals(f.rule())).findFirst()
                .map(f -> "label " + tag.report().label() + ": " + f.message()));
    }

    /** The label's AIs that the EPC also carries hold the same values: both name one item. */
    public static TagLabelCheck matchesEpc(String requirement) {
        return new TagLabelCheck(requirement, (tag, label) -> {
            Optional<Epc> epc = tag.bank().epc().epc();
            List<String> unreadable = label.findings().stream().filter(f -> !Gs1Rules.CHECK_DIGIT.equals(f.rule()))
                    .map(f -> f.message() + " [" + f.rule() + "]").toList();
            if (!unreadable.isEmpty() || label.elementString().isEmpty()) {
                return Optional.of("label " + tag.report().label() + " is not a GS1 barcode a scanner reads as the EPC's item: "
                        + (unreadable.isEmpty() ? "no element string" : String.join("; ", unreadable)));
            }
            if (epc.isEmpty() || !label.valid()) {
                return Optional.empty(); // judged by the header rules and by the check digit rule
            }
            Map<String, String> printed = label.elementString().get().values().stream()
                    .collect(Collectors.toMap(AiValue::ai, AiValue::value, (a, b) -> a));
            List<String> differences = new ArrayList<>();
            for (Ai ai : epc.get().elementString()) {
                String onLabel = printed.get(ai.ai());
                if (!ai.value().equals(onLabel)) {
                    differences.add("(" + ai.ai() + ") is " + ai.value() + " in the EPC but " + (onLabel == null ? "absent" : onLabel)
                            + " on the label");
                }
            }
            return differences.isEmpty() ? Optional.empty()
                    : Optional.of(epc.get().pureIdentityUri() + " and label " + tag.report().label() + " differ: "
                    + String.join("; ", differences));
        });
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<TagEvidence.Tag> labelled = TagEvidence.of(evidence).stream().filter(t -> !t.report().label().isBlank()).toList();
        if (labelled.isEmpty()) {
            return Outcome.inconclusive("no tag came with its label's barcode", List.of());
        }
        List<Finding> findings = new ArrayList<>();
        for (TagEvidence.Tag tag : labelled) {
            String label = tag.report().label();
            Gs1Parse parsed = label.startsWith("http") ? DigitalLink.parse(label) : ElementStrings.parseBracketed(label);
            rule.apply(tag, parsed).ifPresent(problem -> findings.add(Finding.of(requirement,
                    tag.report().source() + ": " + problem, tag.evidence())));
        }
        return Outcome.judged(findings, labelled.stream().map(TagEvidence.Tag::evidence).toList());
    }
}
