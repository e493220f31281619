package org.iomt.standards.udi;

import java.util.Map;
import java.util.Objects;

/**
 * A UDI split into its device identifier and production identifiers.
 *
 * @param issuer                the issuing agency
 * @param deviceIdentifier      the DI (GTIN-14, HIBC LIC+PCN+U/M, ISBT 128 PPIC, IFA PPN)
 * @param productionIdentifiers the PIs by name: {@code lot}, {@code serial}, {@code expiry},
 *                              {@code manufactured} (dates in ISO form: 2025-12-31, or 2025-12 when the day
 *                              is not given), and agency-specific ones such as {@code din} or {@code quantity}
 * @param original              the input as given
 */
public record Udi(UdiIssuer issuer, String deviceIdentifier, Map<String, String> productionIdentifiers,
                  String original) {
    public Udi {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(deviceIdentifier, "deviceIdentifier");
        productionIdentifiers = Map.copyOf(productionIdentifiers);
        Objects.requireNonNull(original, "original");
    }
}
