package org.iomt.standards.udi;

import static org.iomt.standards.udi.UdiCharacters.allDigits;
import static org.iomt.standards.udi.UdiCharacters.upperAlnum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads ICCBBA ISBT 128 data structures starting "=" or "&amp;": PPIC "=/", serial "=,", DIN, expiry "=&gt;",
 * production "=}", MPHO lot "&amp;,1", container "=)" and "&amp;)".
 */
final class IccbbaUdiParser implements UdiIssuerParser {

    @Override
    public UdiIssuer issuer() {
        return UdiIssuer.ICCBBA;
    }

    @Override
    public boolean matches(UdiCarrier carrier) {
        return carrier.data().startsWith("=") || carrier.data().startsWith("&");
    }

    @Override
    public UdiParse parse(UdiCarrier carrier) {
        String s = carrier.data();
        List<UdiFinding> findings = new ArrayList<>();
        Map<String, String> pi = new LinkedHashMap<>();
        String di = "";
        int i = 0;
        while (i < s.length()) {
            String rest = s.substring(i);
            String id = rest.length() >= 2 ? rest.substring(0, 2) : rest;
            int len;
            switch (id) {
                case "=/": len = 16; break;
                case "=,": len = 6; break;
                case "=>":
                case "=}": len = 6; break;
                case "&>":
                case "&}": len = 10; break;
                case "&,": len = 19; break;
                case "=)":
                case "&)": len = 10; break;
                default:
                    len = -1;
                    break;
            }
            boolean din = len < 0 && rest.length() > 1 && rest.charAt(0) == '='
                    && Character.isLetterOrDigit(rest.charAt(1));
            if (din) {
                id = "=";
                len = 15;
            }
            int start = i + id.length();
            if (len < 0 || start + len > s.length()) {
                findings.add(new UdiFinding(UdiRules.ICCBBA_SYNTAX, id, "no ISBT 128 data structure of the expected length"
                        + " starts at \"" + rest + "\""));
                break;
            }
            String v = s.substring(start, start + len);
            if (!upperAlnum(v)) {
                findings.add(new UdiFinding(UdiRules.ICCBBA_SYNTAX, id, "data \"" + v + "\" after " + id
                        + " has a character other than A-Z, 0-9"));
                break;
            }
            switch (id) {
                case "=/": di = v; break;
                case "=)": di = v; break;
                case "=,": pi.put("serial", v); break;
                case "&)": pi.put("lot", v); break;
                case "&,":
                    if (v.charAt(0) != '1') {
                        findings.add(new UdiFinding(UdiRules.ICCBBA_SYNTAX, "&,", "MPHO lot number must start \"&,1\""));
                    }
                    pi.put("lot", v.substring(1));
                    break;
                case "=>": isbtDate(v, "expiry", pi, findings); break;
                case "=}": isbtDate(v, "manufactured", pi, findings); break;
                case "&>": isbtDate(v.substring(0, 6), "expiry", pi, findings); isbtTime(v.substring(6), findings); break;
                case "&}": isbtDate(v.substring(0, 6), "manufactured", pi, findings); isbtTime(v.substring(6), findings); break;
                default: din(v, pi, findings); break;
            }
            i = start + len;
        }
        if (di.isEmpty()) {
            findings.add(new UdiFinding(UdiRules.DI_MISSING, "=/", "no processor product identification code (=/) or"
                    + " container code (=)) gives the DI"));
        }
        return new UdiParse(Optional.of(new Udi(issuer(), di, pi, carrier.text())), findings);
    }

    private static void din(String v, Map<String, String> pi, List<UdiFinding> findings) {
        String din = v.substring(0, 13);
        pi.put("din", din);
        String flag = v.substring(13);
        if (!allDigits(flag)) {
            return; // flags of other types are not checked
        }
        int f = Integer.parseInt(flag);
        if (f >= 60 && f <= 96) {
            char expected = UdiCheckCharacters.iso7064Mod37_2(din);
            int seen = f - 60;
            if (UdiCheckCharacters.mod37Value(expected) != seen) {
                findings.add(new UdiFinding(UdiRules.ICCBBA_CHECK, "=", "DIN " + din + ": flag " + flag
                        + " announces check value " + seen + ", mod 37-2 gives " + UdiCheckCharacters.mod37Value(expected)
                        + " ('" + expected + "', flag " + (60 + UdiCheckCharacters.mod37Value(expected)) + ")"));
            }
        }
    }

    private static void isbtDate(String cyyjjj, String name, Map<String, String> pi, List<UdiFinding> findings) {
        if (!allDigits(cyyjjj)) {
            findings.add(new UdiFinding(UdiRules.ICCBBA_DATE, name, "date \"" + cyyjjj + "\" is not cyyjjj digits"));
            return;
        }
        int year = 2000 + Integer.parseInt(cyyjjj.substring(0, 3));
        int day = Integer.parseInt(cyyjjj.substring(3));
        if (day < 1 || day > LocalDate.of(year, 1, 1).lengthOfYear()) {
            findings.add(new UdiFinding(UdiRules.ICCBBA_DATE, name, "day of year " + cyyjjj.substring(3)
                    + " does not exist in " + year));
            return;
        }
        pi.put(name, LocalDate.ofYearDay(year, day).toString());
    }

    private static void isbtTime(String hhmm, List<UdiFinding> findings) {
        if (Integer.parseInt(hhmm.substring(0, 2)) > 23 || Integer.parseInt(hhmm.substring(2)) > 59) {
            findings.add(new UdiFinding(UdiRules.ICCBBA_DATE, "time", "time " + hhmm + " is not a real hhmm"));
        }
    }
}
