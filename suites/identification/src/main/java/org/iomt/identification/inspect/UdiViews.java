package org.iomt.identification.inspect;

import org.iomt.standards.udi.Udi;
import org.iomt.standards.udi.UdiFinding;
import org.iomt.standards.udi.UdiParse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The representations of a UDI: issuing agency, device identifier and production identifiers. */
final class UdiViews {
    /** The production identifiers printed first, in this order; others follow by name. */
    private static final List<String> PI_ORDER = List.of("lot", "serial", "expiry", "manufactured");

    private UdiViews() {
    }

    static void parsed(UdiParse p, InspectionDraft r) {
        for (UdiFinding f : p.findings()) {
            r.finding(f.rule(), f.field(), f.message());
        }
        p.udi().ifPresent(u -> udi(u, r));
    }

    /** issuer, di and pi.NAME for each production identifier. */
    static void udi(Udi u, InspectionDraft r) {
        r.represent("issuer", u.issuer().name());
        if (!u.deviceIdentifier().isEmpty()) {
            r.represent("di", u.deviceIdentifier());
        }
        Map<String, String> pis = u.productionIdentifiers();
        List<String> names = new ArrayList<>(PI_ORDER);
        names.retainAll(pis.keySet());
        pis.keySet().stream().filter(n -> !PI_ORDER.contains(n)).sorted().forEach(names::add);
        for (String n : names) {
            r.represent("pi." + n, pis.get(n));
        }
    }
}
