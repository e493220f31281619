package org.iomt.standards.epc;

/** An EPC that cannot be encoded or built; {@link #finding()} says which rule and field. */
public final class EpcException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient EpcFinding finding;

    public EpcException(EpcFinding finding) {
        super(finding.toString());
        this.finding = finding;
    }

    public EpcFinding finding() { return finding; }

    public String rule() { return finding.rule(); }

    public String field() { return finding.field(); }
}
