package org.iomt.identification.inspect;

import org.iomt.standards.epc.Ai;
import org.iomt.standards.epc.Epc;
import org.iomt.standards.epc.EpcBank;
import org.iomt.standards.epc.EpcBankDecoding;
import org.iomt.standards.epc.EpcBinaryCodec;
import org.iomt.standards.epc.EpcDecoding;
import org.iomt.standards.epc.EpcException;
import org.iomt.standards.epc.EpcFinding;
import org.iomt.standards.epc.EpcUris;
import org.iomt.standards.gs1.AiValue;
import org.iomt.standards.gs1.ElementString;

import java.util.List;

/** The representations of an EPC: scheme, filter, partition, URIs, binary, bank, and its GS1 forms. */
final class EpcViews {
    private EpcViews() {
    }

    /** An EPC read from hex, bits or a tag or raw URI: the filter is the one it carries. */
    static void decoded(EpcDecoding d, InspectionDraft r) {
        addFindings(d.findings(), r);
        d.epc().ifPresent(e -> epc(e, true, r));
    }

    /** A pure identity URI carries no filter and no length: the shortest scheme with the given filter. */
    static void pureIdentity(String uri, int filter, InspectionDraft r) {
        EpcDecoding d = EpcUris.parse(uri);
        addFindings(d.findings(), r);
        d.epc().ifPresent(e -> {
            int f = e.scheme().filterBits() > 0 ? filter : 0;
            epc(new Epc(e.scheme(), f, e.fields(), e.control()), true, r);
            r.note("a pure identity URI carries no filter and no binary length: the tag forms use " + e.scheme().tagUriName()
                    + (e.scheme().filterBits() > 0 ? " with filter " + f + " (--filter)" : ""));
        });
    }

    /** A whole EPC memory bank: StoredCRC, PC, XPC_W1, and the EPC with the control information the PC carries. */
    static void bank(String hex, InspectionDraft r) {
        EpcBankDecoding d = EpcBank.decode(hex);
        addFindings(d.findings(), r);
        addFindings(d.epc().findings(), r);
        if (hex.length() >= 8 && d.findings().stream().noneMatch(f -> f.rule().equals("TDS-INPUT-SYNTAX"))) {
            r.represent("storedCrc", word(d.storedCrc()));
            r.represent("computedCrc", word(d.computedCrc()));
            r.represent("pc", word(d.pc().encode()));
            r.represent("pcEpcWords", String.valueOf(d.pc().length()));
            d.xpcW1().ifPresent(x -> r.represent("xpcW1", word(x)));
            if (d.epc().epc().isEmpty() && !d.epcHex().isEmpty()) {
                r.represent("rawUri", d.uri());
            }
        }
        d.epc().epc().ifPresent(e -> epc(e, true, r));
    }

    /**
     * Scheme, filter, partition, tag and pure identity URIs, hex and the whole bank; with {@code withGs1}, also the
     * GS1 element string and canonical Digital Link when the scheme has a GS1 key.
     */
    static void epc(Epc e, boolean withGs1, InspectionDraft r) {
        r.represent("scheme", e.scheme().tagUriName());
        if (e.scheme().filterBits() > 0) {
            r.represent("filter", String.valueOf(e.filter()));
        }
        e.partition().ifPresent(p -> r.represent("partition", String.valueOf(p)));
        r.represent("tagUri", e.tagUri());
        r.represent("pureIdentityUri", e.pureIdentityUri());
        try {
            r.represent("hex", EpcBinaryCodec.encodeHex(e));
            r.represent("bank", EpcBank.encode(e));
        } catch (EpcException ex) {
            addFindings(List.of(ex.finding()), r);
        }
        if (!withGs1) {
            return;
        }
        List<Ai> ais = e.elementString();
        if (ais.isEmpty()) {
            r.note(e.scheme().tagUriName() + " has no GS1 key: no element string or Digital Link");
            return;
        }
        ElementString es = new ElementString(ais.stream().map(a -> new AiValue(a.ai(), a.value())).toList());
        Gs1Views.keyForms(es, r);
    }

    private static void addFindings(List<EpcFinding> findings, InspectionDraft r) {
        for (EpcFinding f : findings) {
            r.finding(f.rule(), f.field(), f.message());
        }
    }

    private static String word(int v) {
        return String.format("%04X", v);
    }
}
