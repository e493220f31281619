package org.iomt.standards.udi;

import java.util.List;
import java.util.Optional;

/**
 * Reads a UDI in human-readable or scanned form, detects the issuing agency from its first characters and
 * has that agency's parser split it into DI and PIs:
 * <ul>
 * <li>GS1: bracketed element string "(01)...", scanner data with ]C1 ]d2 ]Q3 ]e0 ]J1 or raw "01...", or a
 *     Digital Link URI ({@link Gs1UdiParser});</li>
 * <li>HIBCC: "+" primary, secondary or combined data ({@link HibccUdiParser});</li>
 * <li>ICCBBA ISBT 128: data structures starting "=" or "&amp;" ({@link IccbbaUdiParser});</li>
 * <li>IFA: ISO/IEC 15434 format 06 "[)&gt;␞06␝9N..." ({@link IfaUdiParser}).</li>
 * </ul>
 * Separators may be the control characters or the literal text {@code <GS>}, {@code <RS>}, {@code <EOT>}.
 * HIBC PAS (provider) codes, HIBC Basic UDI-DI and the China MA code are not read.
 */
public final class UdiParser {
    /** The agencies' parsers in the order they are asked; the first that matches reads the carrier. */
    private static final List<UdiIssuerParser> ISSUERS = List.of(new Gs1UdiParser(), new HibccUdiParser(),
            new IccbbaUdiParser(), new IfaUdiParser());

    private UdiParser() {
    }

    /** Reads one UDI. */
    public static UdiParse parse(String humanReadableOrScanned) {
        if (humanReadableOrScanned == null || humanReadableOrScanned.isBlank()) {
            return new UdiParse(Optional.empty(), List.of(new UdiFinding(UdiRules.ISSUER, "", "UDI is empty")));
        }
        UdiCarrier carrier = UdiCarrier.of(humanReadableOrScanned.strip());
        for (UdiIssuerParser issuer : ISSUERS) {
            if (issuer.matches(carrier)) {
                return issuer.parse(carrier);
            }
        }
        return new UdiParse(Optional.empty(), List.of(new UdiFinding(UdiRules.ISSUER, "", "\"" + carrier.text()
                + "\" does not start like a GS1 ((01, ]d2, ]C1, 01), HIBCC (+), ICCBBA (= or &) or IFA ([)>) carrier")));
    }

    /** The agencies' parsers, in the order they are asked. */
    static List<UdiIssuerParser> issuers() {
        return ISSUERS;
    }
}
