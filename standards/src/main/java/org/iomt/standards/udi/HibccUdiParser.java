package org.iomt.standards.udi;

import static org.iomt.standards.udi.UdiCharacters.allDigits;
import static org.iomt.standards.udi.UdiCharacters.upperAlnum;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iomt.standards.gs1.Gs1Dates;

/**
 * Reads HIBCC supplier labels: "+" primary (LIC, PCN, U/M, check), secondary ("+$...", "+$$...", "+YYJJJ..."
 * with link and check characters) or combined ("+primary/secondary" with one check character), with the
 * supplemental fields "/S" serial, "/16D" manufacture date, "/14D" expiry date and "/Q" quantity.
 */
final class HibccUdiParser implements UdiIssuerParser {

    @Override
    public UdiIssuer issuer() {
        return UdiIssuer.HIBCC;
    }

    @Override
    public boolean matches(UdiCarrier carrier) {
        return carrier.data().startsWith("+");
    }

    @Override
    public UdiParse parse(UdiCarrier carrier) {
        String s = carrier.data();
        List<UdiFinding> findings = new ArrayList<>();
        if (s.startsWith("+/")) {
            findings.add(new UdiFinding(UdiRules.HIBCC_SYNTAX, "", "\"+/\" starts an HIBC provider (PAS) code, not a"
                    + " supplier label UDI"));
            return new UdiParse(Optional.empty(), findings);
        }
        if (s.startsWith("++")) {
            findings.add(new UdiFinding(UdiRules.HIBCC_SYNTAX, "", "\"++\" starts an HIBC Basic UDI-DI, which is not"
                    + " carried on labels and is not read here"));
            return new UdiParse(Optional.empty(), findings);
        }
        if (s.length() < 3) {
            findings.add(new UdiFinding(UdiRules.HIBCC_SYNTAX, "", "HIBC data \"" + s + "\" is too short"));
            return new UdiParse(Optional.empty(), findings);
        }
        String data = s.substring(0, s.length() - 1);
        char check = s.charAt(s.length() - 1);
        try {
            char expected = UdiCheckCharacters.hibcMod43(data);
            if (expected != check) {
                findings.add(new UdiFinding(UdiRules.HIBCC_CHECK, "check", "mod-43 check character expected '"
                        + expected + "', seen '" + check + "'"));
            }
        } catch (IllegalArgumentException e) {
            findings.add(new UdiFinding(UdiRules.HIBCC_SYNTAX, "", e.getMessage()));
            return new UdiParse(Optional.empty(), findings);
        }
        String content = data.substring(1);
        Map<String, String> pi = new LinkedHashMap<>();
        String di = "";
        char first = content.isEmpty() ? ' ' : content.charAt(0);
        if (first == '$' || Character.isDigit(first)) {
            // secondary alone: the character before the check character links it to its primary
            if (content.length() < 2) {
                findings.add(new UdiFinding(UdiRules.HIBCC_SYNTAX, "secondary", "secondary data has no link character"));
                return new UdiParse(Optional.empty(), findings);
            }
            pi.put("link", content.substring(content.length() - 1));
            hibcSecondary(content.substring(0, content.length() - 1), pi, findings);
            findings.add(new UdiFinding(UdiRules.DI_MISSING, "primary", "a secondary HIBC symbol alone has no DI;"
                    + " read the primary symbol too"));
        } else {
            int slash = content.indexOf('/');
            String primary = slash < 0 ? content : content.substring(0, slash);
            if (!hibcPrimary(primary, findings)) {
                return new UdiParse(Optional.empty(), findings);
            }
            di = primary;
            if (slash >= 0) {
                hibcSecondary(content.substring(slash + 1), pi, findings);
            }
        }
        return new UdiParse(Optional.of(new Udi(issuer(), di, pi, carrier.text())), findings);
    }

    private static boolean hibcPrimary(String p, List<UdiFinding> findings) {
        if (p.length() < 6 || !upperAlnum(p) || !Character.isLetter(p.charAt(0))
                || !Character.isDigit(p.charAt(p.length() - 1)) || p.length() - 5 > 18) {
            findings.add(new UdiFinding(UdiRules.HIBCC_SYNTAX, "primary", "primary data \"" + p + "\" is not a LIC"
                    + " (4 characters, first a letter), a PCN of 1 to 18 upper-case letters or digits and a U/M digit"));
            return false;
        }
        return true;
    }

    private static void hibcSecondary(String sec, Map<String, String> pi, List<UdiFinding> findings) {
        String[] parts = sec.split("/", -1);
        String main = parts[0];
        if (main.startsWith("$$+")) {
            hibcDollarDollar(main.substring(3), "serial", pi, findings);
        } else if (main.startsWith("$$")) {
            hibcDollarDollar(main.substring(2), "lot", pi, findings);
        } else if (main.startsWith("$+")) {
            putId("serial", main.substring(2), pi, findings);
        } else if (main.startsWith("$")) {
            putId("lot", main.substring(1), pi, findings);
        } else if (main.length() >= 5 && allDigits(main.substring(0, 5))) {
            julian(main.substring(0, 2), main.substring(2, 5), "expiry", pi, findings);
            putId("lot", main.substring(5), pi, findings);
        } else {
            findings.add(new UdiFinding(UdiRules.HIBCC_SYNTAX, "secondary", "secondary data \"" + main
                    + "\" starts with neither $, $$, $+, $$+ nor a 5-digit Julian date"));
            return;
        }
        for (int i = 1; i < parts.length; i++) {
            String f = parts[i];
            if (f.startsWith("16D")) {
                date8(f.substring(3), "manufactured", pi, findings);
            } else if (f.startsWith("14D")) {
                date8(f.substring(3), "expiry", pi, findings);
            } else if (f.startsWith("S")) {
                putId("serial", f.substring(1), pi, findings);
            } else if (f.startsWith("Q") && f.length() > 1 && allDigits(f.substring(1))) {
                pi.put("quantity", f.substring(1));
            } else {
                findings.add(new UdiFinding(UdiRules.HIBCC_SYNTAX, "supplemental", "supplemental field \"/" + f
                        + "\" is none of /S, /16D, /14D, /Q"));
            }
        }
    }

    private static void hibcDollarDollar(String t, String idName, Map<String, String> pi, List<UdiFinding> findings) {
        if (t.startsWith("8") && t.length() >= 3 && allDigits(t.substring(1, 3))) {
            pi.put("quantity", t.substring(1, 3));
            t = t.substring(3);
        } else if (t.startsWith("9") && t.length() >= 6 && allDigits(t.substring(1, 6))) {
            pi.put("quantity", t.substring(1, 6));
            t = t.substring(6);
        }
        char flag = t.isEmpty() ? ' ' : t.charAt(0);
        String rest;
        if (flag == '0' || flag == '1') {
            if (!fits(t, 4, findings)) {
                return;
            }
            monthYear(t.substring(2, 4), t.substring(0, 2), pi, findings);
            rest = t.substring(4);
        } else if (flag == '2') {
            if (!fits(t, 7, findings)) {
                return;
            }
            ymd(t.substring(5, 7), t.substring(1, 3), t.substring(3, 5), pi, findings);
            rest = t.substring(7);
        } else if (flag == '3' || flag == '4') {
            int len = flag == '3' ? 7 : 9;
            if (!fits(t, len, findings)) {
                return;
            }
            ymd(t.substring(1, 3), t.substring(3, 5), t.substring(5, 7), pi, findings);
            if (flag == '4') {
                hour(t.substring(7, 9), findings);
            }
            rest = t.substring(len);
        } else if (flag == '5' || flag == '6') {
            int len = flag == '5' ? 6 : 8;
            if (!fits(t, len, findings)) {
                return;
            }
            julian(t.substring(1, 3), t.substring(3, 6), "expiry", pi, findings);
            if (flag == '6') {
                hour(t.substring(6, 8), findings);
            }
            rest = t.substring(len);
        } else if (flag == '7') {
            rest = t.substring(1);
        } else if (pi.containsKey("quantity")) {
            rest = t;
        } else {
            findings.add(new UdiFinding(UdiRules.HIBCC_SYNTAX, "expiry", "\"$$\" is followed by \"" + t
                    + "\", expected an expiry date format flag (MMYY, or 2 to 7) or a quantity flag (8, 9)"));
            return;
        }
        putId(idName, rest, pi, findings);
    }

    private static boolean fits(String t, int n, List<UdiFinding> findings) {
        if (t.length() < n || !allDigits(t.substring(t.charAt(0) == '0' || t.charAt(0) == '1' ? 0 : 1, n))) {
            findings.add(new UdiFinding(UdiRules.HIBCC_SYNTAX, "expiry", "date field \"" + t + "\" needs " + n
                    + " digits for its format"));
            return false;
        }
        return true;
    }

    private static void putId(String name, String value, Map<String, String> pi, List<UdiFinding> findings) {
        if (value.length() > 18 || !upperAlnum(value)) {
            findings.add(new UdiFinding(UdiRules.HIBCC_SYNTAX, name, name + " \"" + value
                    + "\" is not 0 to 18 upper-case letters or digits"));
            return;
        }
        if (!value.isEmpty()) {
            pi.put(name, value);
        }
    }

    private static void monthYear(String yy, String mm, Map<String, String> pi, List<UdiFinding> findings) {
        try {
            pi.put("expiry", YearMonth.of(2000 + Integer.parseInt(yy), Integer.parseInt(mm)).toString());
        } catch (DateTimeException e) {
            findings.add(new UdiFinding(UdiRules.HIBCC_DATE, "expiry", "MMYY \"" + mm + yy + "\" is not a real month"));
        }
    }

    private static void ymd(String yy, String mm, String dd, Map<String, String> pi, List<UdiFinding> findings) {
        try {
            pi.put("expiry", LocalDate.of(2000 + Integer.parseInt(yy), Integer.parseInt(mm), Integer.parseInt(dd))
                    .toString());
        } catch (DateTimeException e) {
            findings.add(new UdiFinding(UdiRules.HIBCC_DATE, "expiry", "date 20" + yy + "-" + mm + "-" + dd
                    + " is not a real date"));
        }
    }

    private static void julian(String yy, String ddd, String name, Map<String, String> pi, List<UdiFinding> findings) {
        int year = 2000 + Integer.parseInt(yy);
        int day = Integer.parseInt(ddd);
        if (day < 1 || day > LocalDate.of(year, 1, 1).lengthOfYear()) {
            findings.add(new UdiFinding(UdiRules.HIBCC_DATE, name, "Julian day " + ddd + " does not exist in " + year));
            return;
        }
        pi.put(name, LocalDate.ofYearDay(year, day).toString());
    }

    private static void hour(String hh, List<UdiFinding> findings) {
        if (Integer.parseInt(hh) > 23) {
            findings.add(new UdiFinding(UdiRules.HIBCC_DATE, "expiry", "hour " + hh + " is outside 00..23"));
        }
    }

    private static void date8(String v, String name, Map<String, String> pi, List<UdiFinding> findings) {
        Optional<String> iso = Gs1Dates.isoDate8(v);
        if (iso.isEmpty()) {
            findings.add(new UdiFinding(UdiRules.HIBCC_DATE, name, "YYYYMMDD \"" + v + "\" is not a real date"));
        } else {
            pi.put(name, iso.get());
        }
    }
}
