package org.iomt.simulators.tags;

import org.iomt.simulators.Fault;

import java.util.List;

/**
 * The tag population's fault catalogue. Each fault spoils one tag of the population (two for a duplicate) and
 * breaks the requirements it names ({@code <set>:<id>}), nothing else that the population's scenarios judge.
 */
public enum TagFault implements Fault {

    WRONG_HEADER("wrong-header", "one tag's EPC starts with a header no scheme is assigned to (42h)",
            List.of(Sets.TDS + "TDS-HEADER")),
    TID_AS_EPC("tid-as-epc", "one tag reports its TID bank (class E2h) as its EPC",
            List.of(Sets.TDS + "TDS-HEADER")),
    UNPROGRAMMED_TAG("unprogrammed-tag", "one tag was never encoded: its EPC is all zeros",
            List.of(Sets.TDS + "TDS-HEADER")),
    BAD_PARTITION("bad-partition", "one SGTIN-96 tag has partition value 7, which no table row defines",
            List.of(Sets.TDS + "TDS-PARTITION")),
    FIELD_OVER_LIMIT("field-over-limit", "one SGTIN-96 tag's item reference is 1048575, more digits than its partition allows",
            List.of(Sets.TDS + "TDS-FIELD-VALUES")),
    BAD_CRC("bad-crc", "one tag's StoredCRC does not match its PC and EPC",
            List.of(Sets.GEN2 + "GEN2-STOREDCRC")),
    PC_LENGTH_MISMATCH("pc-length-mismatch", "one tag's PC word claims one EPC word more than its scheme has",
            List.of(Sets.GEN2 + "GEN2-PC-LENGTH", Sets.TDS + "TDS-HEADER")),
    FILTER_NOT_CLAIMED("filter-not-claimed", "one tag uses a filter value the profile does not claim for its scheme",
            List.of(Sets.POPULATION + "TAG-FILTER")),
    UNCLAIMED_SCHEME("unclaimed-scheme", "one tag is encoded as SSCC-96, which the profile does not claim",
            List.of(Sets.POPULATION + "TAG-SCHEME")),
    FOREIGN_COMPANY_PREFIX("foreign-company-prefix", "one tag is encoded under a company prefix the profile does not claim",
            List.of(Sets.POPULATION + "TAG-GCP")),
    BAD_GTIN_CHECK_DIGIT("bad-gtin-check-digit", "one tag's label barcode has a GTIN whose check digit is wrong",
            List.of(Sets.GS1 + "GS1-7.9.1")),
    LEADING_ZERO_SERIAL("leading-zero-serial", "one tag's label serial starts with 0, which SGTIN-96 cannot carry: "
            + "its encoder dropped the zero, so the EPC names another item than the label",
            List.of(Sets.POPULATION + "TAG-LABEL")),
    DUPLICATE_EPC("duplicate-epc", "two tags of the population carry the same EPC",
            List.of(Sets.POPULATION + "TAG-UNIQUE"));

    private final String label;
    private final String description;
    private final List<String> violates;

    TagFault(String label, String description, List<String> violates) {
        this.label = label;
        this.description = description;
        this.violates = violates;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String description() {
        return description;
    }

    /** The requirements this fault breaks. */
    public List<String> violates() {
        return violates;
    }


    /** Catalogue sets the faults cite; a holder, because enum constants cannot reach the enum's own statics. */
    private static final class Sets {
        static final String TDS = "gs1-tds-2:";
        static final String GEN2 = "gs1-uhf-gen2:";
        static final String POPULATION = "iomt-tag-population:";
        static final String GS1 = "gs1-genspecs:";
    }
}
