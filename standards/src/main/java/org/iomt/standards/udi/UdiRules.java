package org.iomt.standards.udi;

/**
 * Rule identifiers of UDI findings. GS1 carriers report the rule ids of
 * {@code org.iomt.standards.gs1.Gs1Rules} instead.
 */
public final class UdiRules {
    /** The data starts like a carrier of one of the supported issuing agencies. */
    public static final String ISSUER = "UDI:ISSUER";
    /** The UDI carries a device identifier (for GS1: AI 01). */
    public static final String DI_MISSING = "UDI:DI_MISSING";
    /** HIBC LIC data follows the primary / secondary / combined structure (LIC, PCN, U/M, PI fields). */
    public static final String HIBCC_SYNTAX = "HIBCC:SYNTAX";
    /** The last HIBC character is the mod-43 check character of all characters before it. */
    public static final String HIBCC_CHECK = "HIBCC:CHECK_CHARACTER";
    /** HIBC dates (expiry, manufacture) are real dates. */
    public static final String HIBCC_DATE = "HIBCC:DATE";
    /** ISBT 128 data structures have their defined identifiers and lengths. */
    public static final String ICCBBA_SYNTAX = "ICCBBA:SYNTAX";
    /** A DIN whose flag announces a check character carries the ISO 7064 mod 37-2 value of the DIN. */
    public static final String ICCBBA_CHECK = "ICCBBA:CHECK_CHARACTER";
    /** ISBT 128 dates (cyyjjj) are real dates. */
    public static final String ICCBBA_DATE = "ICCBBA:DATE";
    /** IFA data is ISO/IEC 15434 format 06 with data identifiers 9N, 1T, D, S. */
    public static final String IFA_SYNTAX = "IFA:SYNTAX";
    /** The last two PPN digits are the mod-97 check of the characters before them. */
    public static final String IFA_PPN_CHECK = "IFA:PPN_CHECK";
    /** A PPN with product registration agency 11 holds a PZN8 whose last digit is its mod-11 check digit. */
    public static final String IFA_PZN_CHECK = "IFA:PZN_CHECK";
    /** IFA dates (D: YYMMDD, day 00 allowed) are real dates. */
    public static final String IFA_DATE = "IFA:DATE";

    private UdiRules() {
    }
}
