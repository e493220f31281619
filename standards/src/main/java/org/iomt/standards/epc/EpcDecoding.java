package org.iomt.standards.epc;

import java.util.List;
import java.util.Optional;

/** What decoding produced: the EPC when one could be built, and every rule it broke. */
public record EpcDecoding(Optional<Epc> epc, List<EpcFinding> findings) {
    public EpcDecoding {
        findings = List.copyOf(findings);
    }

    static EpcDecoding of(Epc epc) {
        return new EpcDecoding(Optional.of(epc), List.of());
    }

    static EpcDecoding failed(EpcFinding finding) {
        return new EpcDecoding(Optional.empty(), List.of(finding));
    }

    /** True when an EPC was decoded and no rule was broken. */
    public boolean valid() {
        return epc.isPresent() && findings.isEmpty();
    }
}
