package org.iomt.identification.inspect;

/** The forms {@link FormDetector} recognises, each with the name printed for it. */
public enum CodeForm {
    EPC_HEX("epc-hex"),
    EPC_BANK("epc-bank"),
    EPC_BITS("epc-bits"),
    EPC_PURE_IDENTITY_URI("epc-pure-identity-uri"),
    EPC_TAG_URI("epc-tag-uri"),
    EPC_RAW_URI("epc-raw-uri"),
    /** Starts with urn:epc: but is none of id, tag or raw. */
    EPC_URI("epc-uri"),
    GS1_ELEMENT_STRING("gs1-element-string"),
    GS1_SCANNER_DATA("gs1-scanner-data"),
    GS1_DIGITAL_LINK("gs1-digital-link"),
    GTIN("gtin"),
    UDI_HIBCC("udi-hibcc"),
    UDI_ICCBBA("udi-iccbba"),
    UDI_IFA("udi-ifa"),
    /** No form fits: the input is unusable. */
    UNRECOGNISED("unrecognised");

    private final String label;

    CodeForm(String label) {
        this.label = label;
    }

    /** The name printed in text and JSON output, e.g. "epc-hex". */
    public String label() {
        return label;
    }
}
