package org.iomt.standards.senml;

import java.util.Set;

/**
 * Unit symbols of the SenML registries. Primary units: RFC 8428 section 12.1 (Table 6) plus the units
 * RFC 8798 section 2 adds to that registry. Secondary units: the RFC 8798 section 3 registry as far as
 * we could read it (see {@link #SECONDARY}).
 */
public final class SenmlUnits {

    /** RFC 8428 Table 6. */
    private static final Set<String> RFC8428 = Set.of(
            "m", "kg", "g", "s", "A", "K", "cd", "mol", "Hz", "rad", "sr", "N", "Pa", "J", "W", "C", "V", "F",
            "Ohm", "S", "Wb", "T", "H", "Cel", "lm", "lx", "Bq", "Gy", "Sv", "kat", "m2", "m3", "l", "m/s",
            "m/s2", "m3/s", "l/s", "W/m2", "cd/m2", "bit", "bit/s", "lat", "lon", "pH", "dB", "dBW", "Bspl",
            "count", "/", "%", "%RH", "%EL", "EL", "1/s", "1/min", "beat/min", "beats", "S/m");

    /** Added to the primary registry by RFC 8798 section 2. */
    private static final Set<String> RFC8798_PRIMARY = Set.of(
            "B", "VA", "VAs", "var", "vars", "J/m", "kg/m3", "deg");

    /**
     * Secondary units (RFC 8798 section 3). Read from the draft-ietf-core-senml-more-units text; the
     * published RFC and later IANA additions may list more (not verified here).
     */
    private static final Set<String> SECONDARY = Set.of(
            "ms", "min", "h", "kW", "kVA", "kvar", "Ah", "Wh", "kWh", "varh", "kvarh", "kVAh", "Wh/km", "KiB",
            "mV", "mA", "dBm", "ug/m3", "mm/h", "ppm", "hPa", "mm", "km", "km/h", "rpm");

    private SenmlUnits() {
    }

    /** True for a symbol of the primary SenML Units registry (case-sensitive). */
    public static boolean isRegistered(String unit) {
        return unit != null && (RFC8428.contains(unit) || RFC8798_PRIMARY.contains(unit));
    }

    /** True for a symbol of the RFC 8798 secondary units registry (case-sensitive). */
    public static boolean isSecondaryUnit(String unit) {
        return unit != null && SECONDARY.contains(unit);
    }
}
