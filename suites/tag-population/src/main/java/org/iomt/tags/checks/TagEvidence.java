package org.iomt.tags.checks;

import org.iomt.core.model.Evidence;
import org.iomt.standards.epc.EpcBank;
import org.iomt.standards.epc.EpcBankDecoding;
import org.iomt.tags.model.TagReport;

import java.util.List;

/** The tags of a recorded population, each with its EPC bank decoded. */
final class TagEvidence {

    private TagEvidence() {
    }

    /**
     * One tag.
     *
     * @param evidence the evidence entry that holds it
     * @param report   the tag as reported
     * @param bank     its EPC bank, decoded
     */
    record Tag(Evidence evidence, TagReport report, EpcBankDecoding bank) {
    }

    static List<Tag> of(List<Evidence> log) {
        return log.stream().filter(e -> e.as(TagReport.class).isPresent()).map(e -> {
            TagReport report = e.as(TagReport.class).orElseThrow();
            return new Tag(e, report, EpcBank.decode(report.epcBank()));
        }).toList();
    }
}
