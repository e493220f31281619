package org.iomt.standards.udi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iomt.standards.gs1.DigitalLink;
import org.iomt.standards.gs1.ElementString;
import org.iomt.standards.gs1.ElementStrings;
import org.iomt.standards.gs1.Gs1Parse;
import org.iomt.standards.gs1.Gs1Dates;

/** Reads GS1 UDIs: bracketed element strings, scanner data, raw "01..." data and Digital Link URIs. */
final class Gs1UdiParser implements UdiIssuerParser {

    @Override
    public UdiIssuer issuer() {
        return UdiIssuer.GS1;
    }

    @Override
    public boolean matches(UdiCarrier carrier) {
        return isElementString(carrier.text()) || isDigitalLink(carrier.text());
    }

    @Override
    public UdiParse parse(UdiCarrier carrier) {
        String s = carrier.text();
        Gs1Parse p = isDigitalLink(s) ? DigitalLink.parse(s)
                : s.startsWith("(") ? ElementStrings.parseBracketed(s) : ElementStrings.parseScannerData(s);
        List<UdiFinding> findings = new ArrayList<>();
        p.findings().forEach(f -> findings.add(new UdiFinding(f.rule(), f.ai(), f.message())));
        if (p.elementString().isEmpty()) {
            return new UdiParse(Optional.empty(), findings);
        }
        ElementString es = p.elementString().get();
        Map<String, String> pi = new LinkedHashMap<>();
        es.get("10").ifPresent(v -> pi.put("lot", v));
        es.get("21").ifPresent(v -> pi.put("serial", v));
        es.get("17").ifPresent(v -> pi.put("expiry", Gs1Dates.isoDate(v, true).orElse(v)));
        es.get("11").ifPresent(v -> pi.put("manufactured", Gs1Dates.isoDate(v, true).orElse(v)));
        es.get("8012").ifPresent(v -> pi.put("version", v));
        Optional<String> di = es.get("01");
        if (di.isEmpty()) {
            findings.add(new UdiFinding(UdiRules.DI_MISSING, "01", "GS1 data has no GTIN (AI 01) to act as the UDI-DI"));
        }
        return new UdiParse(Optional.of(new Udi(issuer(), di.orElse(""), pi, s)), findings);
    }

    private static boolean isElementString(String s) {
        return s.startsWith("(") || s.startsWith("]") || s.startsWith("01") || s.startsWith("\u001d01")
                || s.startsWith("<GS>01");
    }

    private static boolean isDigitalLink(String s) {
        return s.startsWith("http://") || s.startsWith("https://") || s.startsWith("HTTP://") || s.startsWith("HTTPS://");
    }
}
