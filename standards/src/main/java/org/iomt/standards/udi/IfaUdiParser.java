package org.iomt.standards.udi;

import static org.iomt.standards.udi.UdiCharacters.allDigits;
import static org.iomt.standards.udi.UdiCharacters.upperAlnum;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iomt.standards.gs1.Gs1Dates;

/** Reads IFA carriers: ISO/IEC 15434 format 06 "[)&gt;␞06␝9N..." with PPN (9N), lot (1T), expiry (D), serial (S). */
final class IfaUdiParser implements UdiIssuerParser {
    private static final char GS = '\u001d';
    private static final char RS = '\u001e';
    private static final char EOT = '\u0004';

    @Override
    public UdiIssuer issuer() {
        return UdiIssuer.IFA;
    }

    @Override
    public boolean matches(UdiCarrier carrier) {
        return carrier.text().startsWith("[)>");
    }

    @Override
    public UdiParse parse(UdiCarrier carrier) {
        String original = carrier.text();
        List<UdiFinding> findings = new ArrayList<>();
        String s = original.replace("<GS>", String.valueOf(GS)).replace("<RS>", String.valueOf(RS))
                .replace("<EOT>", String.valueOf(EOT));
        String header = "[)>" + RS + "06" + GS;
        if (!s.startsWith(header)) {
            findings.add(new UdiFinding(UdiRules.IFA_SYNTAX, "", "IFA data must start with the ISO/IEC 15434 format 06"
                    + " header [)><RS>06<GS>"));
            return new UdiParse(Optional.empty(), findings);
        }
        s = s.substring(header.length());
        if (s.endsWith(String.valueOf(RS) + EOT)) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith(String.valueOf(EOT)) || s.endsWith(String.valueOf(RS))) {
            s = s.substring(0, s.length() - 1);
        }
        Map<String, String> pi = new LinkedHashMap<>();
        String di = "";
        for (String field : s.split(String.valueOf(GS), -1)) {
            if (field.startsWith("9N")) {
                di = field.substring(2);
                ppn(di, findings);
            } else if (field.startsWith("1T")) {
                pi.put("lot", field.substring(2));
            } else if (field.startsWith("16D")) {
                Optional<String> iso = Gs1Dates.isoDate8(field.substring(3));
                iso.ifPresentOrElse(d -> pi.put("manufactured", d), () -> findings.add(new UdiFinding(UdiRules.IFA_DATE,
                        "16D", "YYYYMMDD \"" + field.substring(3) + "\" is not a real date")));
            } else if (field.startsWith("D")) {
                Optional<String> iso = Gs1Dates.isoDate(field.substring(1), true);
                iso.ifPresentOrElse(d -> pi.put("expiry", d), () -> findings.add(new UdiFinding(UdiRules.IFA_DATE,
                        "D", "YYMMDD \"" + field.substring(1) + "\" is not a real date")));
            } else if (field.startsWith("S")) {
                pi.put("serial", field.substring(1));
            } else if (field.isEmpty()) {
                findings.add(new UdiFinding(UdiRules.IFA_SYNTAX, "", "empty field between two GS separators"));
            }
        }
        if (di.isEmpty()) {
            findings.add(new UdiFinding(UdiRules.DI_MISSING, "9N", "no PPN (data identifier 9N) gives the DI"));
        }
        return new UdiParse(Optional.of(new Udi(issuer(), di, pi, original)), findings);
    }

    private static void ppn(String ppn, List<UdiFinding> findings) {
        if (ppn.length() < 5 || ppn.length() > 22 || !upperAlnum(ppn)
                || !allDigits(ppn.substring(0, 2)) || !allDigits(ppn.substring(ppn.length() - 2))) {
            findings.add(new UdiFinding(UdiRules.IFA_SYNTAX, "9N", "PPN \"" + ppn + "\" is not a 2-digit agency code,"
                    + " a product number and 2 check digits (upper-case letters and digits, 5 to 22 characters)"));
            return;
        }
        String data = ppn.substring(0, ppn.length() - 2);
        String expected = UdiCheckCharacters.ifaPpnCheck(data);
        if (!expected.equals(ppn.substring(ppn.length() - 2))) {
            findings.add(new UdiFinding(UdiRules.IFA_PPN_CHECK, "9N", "PPN " + ppn + ": check digits expected "
                    + expected + ", seen " + ppn.substring(ppn.length() - 2)));
        }
        if (ppn.startsWith("11") && ppn.length() == 12 && allDigits(data)) {
            int pzn = UdiCheckCharacters.pzn8Check(data.substring(2, 9));
            if (pzn != data.charAt(9) - '0') {
                findings.add(new UdiFinding(UdiRules.IFA_PZN_CHECK, "9N", "PZN " + data.substring(2) + ": check digit "
                        + (pzn < 0 ? "cannot exist (mod 11 gives 10)" : "expected " + pzn) + ", seen " + data.charAt(9)));
            }
        }
    }
}
