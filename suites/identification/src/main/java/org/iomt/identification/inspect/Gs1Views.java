package org.iomt.identification.inspect;

import org.iomt.standards.epc.Ai;
import org.iomt.standards.epc.Epc;
import org.iomt.standards.epc.EpcBinaryCodec;
import org.iomt.standards.epc.EpcException;
import org.iomt.standards.epc.EpcFromGs1;
import org.iomt.standards.epc.EpcScheme;
import org.iomt.standards.gs1.AiValue;
import org.iomt.standards.gs1.DigitalLink;
import org.iomt.standards.gs1.ElementString;
import org.iomt.standards.gs1.ElementStrings;
import org.iomt.standards.gs1.Gs1Exception;
import org.iomt.standards.gs1.Gs1Finding;
import org.iomt.standards.gs1.Gs1Parse;
import org.iomt.standards.gs1.Gtin;
import org.iomt.standards.udi.UdiParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The representations of GS1 data: element string, scanner data, Digital Link, GTIN-14, UDI and EPC. */
final class Gs1Views {
    /** The EPC schemes a GS1 key maps to, shortest first, and the AIs each takes (the key first). */
    private static final Map<String, List<EpcScheme>> SCHEMES = Map.ofEntries(
            Map.entry("01", List.of(EpcScheme.SGTIN_96, EpcScheme.SGTIN_198)),
            Map.entry("00", List.of(EpcScheme.SSCC_96)),
            Map.entry("414", List.of(EpcScheme.SGLN_96, EpcScheme.SGLN_195)),
            Map.entry("8003", List.of(EpcScheme.GRAI_96, EpcScheme.GRAI_170)),
            Map.entry("8004", List.of(EpcScheme.GIAI_96, EpcScheme.GIAI_202)),
            Map.entry("8018", List.of(EpcScheme.GSRN_96)),
            Map.entry("8017", List.of(EpcScheme.GSRNP_96)),
            Map.entry("253", List.of(EpcScheme.GDTI_96, EpcScheme.GDTI_174)),
            Map.entry("255", List.of(EpcScheme.SGCN_96)),
            Map.entry("8010", List.of(EpcScheme.CPI_96, EpcScheme.CPI_VAR)),
            Map.entry("8006", List.of(EpcScheme.ITIP_110, EpcScheme.ITIP_212)));
    private static final Map<String, List<String>> EPC_AIS = Map.of(
            "01", List.of("01", "21"), "414", List.of("414", "254"), "8010", List.of("8010", "8011"),
            "8006", List.of("8006", "21"));
    private static final String GS = String.valueOf(ElementStrings.GS);

    private Gs1Views() {
    }

    /** Bracketed element string, scanner data or Digital Link as read: its findings, then every form derived. */
    static void parsed(Gs1Parse p, InspectOptions o, InspectionDraft r) {
        for (Gs1Finding f : p.findings()) {
            r.finding(f.rule(), f.ai(), f.message());
        }
        if (p.elementString().isEmpty()) {
            return;
        }
        ElementString es = p.elementString().get();
        keyForms(es, r);
        if (es.get("01").isPresent()) {
            UdiParser.parse(es.bracketed()).udi().ifPresent(u -> UdiViews.udi(u, r));
        }
        if (p.findings().isEmpty()) {
            epcFromKey(es, o, r);
        } else if (epcKey(es).isPresent()) {
            r.note("EPC forms not derived: the GS1 data breaks a rule");
        }
    }

    /** A plain GTIN: read as the element string (01) with the GTIN-14. */
    static void gtin(String code, InspectOptions o, InspectionDraft r) {
        try {
            Gtin g = Gtin.parse(code);
            parsed(new Gs1Parse(Optional.of(ElementString.of(new AiValue("01", g.value14()))), List.of()), o, r);
        } catch (Gs1Exception e) {
            String prefix = e.rule() + ": ";
            String message = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
            r.finding(e.rule(), "01", message);
        }
    }

    /** Bracketed element string, scanner data (GS written as {@code <GS>}), canonical Digital Link and GTIN-14. */
    static void keyForms(ElementString es, InspectionDraft r) {
        r.represent("elementString", es.bracketed());
        r.represent("scannerData", es.raw(ElementStrings.GS).replace(GS, "<GS>"));
        try {
            r.represent("digitalLink", DigitalLink.canonical(es));
        } catch (IllegalArgumentException e) {
            r.note("no Digital Link: " + e.getMessage());
        }
        es.get("01").ifPresent(v -> {
            try {
                r.represent("gtin14", Gtin.parse(v).value14());
            } catch (Gs1Exception e) {
                // the finding comes from the element string's own validation
            }
        });
    }

    /**
     * The EPC of the first GS1 key that has one, in the shortest scheme able to carry it. The company prefix length
     * must be given: the key does not carry it.
     */
    private static void epcFromKey(ElementString es, InspectOptions o, InspectionDraft r) {
        Optional<String> key = epcKey(es);
        if (key.isEmpty()) {
            return;
        }
        String k = key.get();
        if (k.equals("01") && es.get("21").isEmpty()) {
            o.gcpLength().ifPresent(l -> {
                String g = es.get("01").orElseThrow();
                r.represent("epcPattern", "urn:epc:idpat:sgtin:" + g.substring(1, 1 + l) + "." + g.charAt(0) + g.substring(1 + l, 13) + ".*");
            });
            r.note("no EPC: a GTIN without a serial number (21) names a product class, not one item");
            return;
        }
        if (o.gcpLength().isEmpty()) {
            r.note("EPC forms not derivable without the GS1 Company Prefix length: give --gcp-length N");
            return;
        }
        List<Ai> ais = new ArrayList<>();
        for (String ai : EPC_AIS.getOrDefault(k, List.of(k))) {
            es.get(ai).ifPresent(v -> ais.add(new Ai(ai, v)));
        }
        int gcp = o.gcpLength().getAsInt();
        EpcException last = null;
        for (EpcScheme s : SCHEMES.get(k)) {
            try {
                Epc e = EpcFromGs1.fromElementString(ais, gcp, s, o.filter());
                EpcBinaryCodec.encodeHex(e);
                EpcViews.epc(e, false, r);
                return;
            } catch (EpcException e) {
                last = e;
            }
        }
        r.note("EPC not derivable with --gcp-length " + gcp + ": " + last.finding().message());
    }

    private static Optional<String> epcKey(ElementString es) {
        return es.values().stream().map(AiValue::ai).filter(SCHEMES::containsKey).findFirst();
    }
}
