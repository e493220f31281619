package org.iomt.standards.gs1;

import java.util.Objects;
import java.util.Optional;

/**
 * The GTIN-based key of a GS1 Digital Link URI: the GTIN (AI 01, 14 digits) and the optional key
 * qualifiers consumer product variant (AI 22), batch/lot (AI 10) and serial number (AI 21), decoded.
 */
public record DigitalLinkKey(String gtin, Optional<String> consumerProductVariant, Optional<String> lot,
                             Optional<String> serial) {

    public DigitalLinkKey {
        Objects.requireNonNull(gtin, "gtin");
        Objects.requireNonNull(consumerProductVariant, "consumerProductVariant");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(serial, "serial");
    }

    /** A key without a consumer product variant. */
    public DigitalLinkKey(String gtin, Optional<String> lot, Optional<String> serial) {
        this(gtin, Optional.empty(), lot, serial);
    }
}
