package org.iomt.standards.udi;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.iomt.standards.gs1.DigitalLink;
import org.iomt.standards.gs1.ElementString;
import org.iomt.standards.gs1.ElementStrings;
import org.iomt.standards.gs1.Gs1Dates;
import org.iomt.standards.gs1.Gs1Parse;

/**
 * Reads a UDI in human-readable or scanned form, detects the issuing agency from its first characters and
 * splits it into DI and PIs:
 * <ul>
 * <li>GS1: bracketed element string "(01)...", scanner data with ]C1 ]d2 ]Q3 ]e0 ]J1 or raw "01...", or a
 *     Digital Link URI;</li>
 * <li>HIBCC: "+" primary (LIC, PCN, U/M, check), secondary ("+$...", "+$$...", "+YYJJJ..." with link and
 *     check characters) or combined ("+primary/secondary" with one check character); supplemental fields
 *     "/S" serial, "/16D" manufacture date, "/14D" expiry date, "/Q" quantity;</li>
 * <li>ICCBBA ISBT 128: data structures starting "=" or "&amp;" (PPIC "=/", serial "=,", DIN, expiry "=&gt;",
 *     production "=}", MPHO lot "&amp;,1", container "=)" and "&amp;)");</li>
 * <li>IFA: ISO/IEC 15434 format 06 "[)&gt;␞06␝9N..." with PPN (9N), lot (1T), expiry (D), serial (S).</li>
 * </ul>
 * Separators may be the control characters or the literal text {@code <GS>}, {@code <RS>}, {@code <EOT>}.
 * HIBC PAS (provider) codes, HIBC Basic UDI-DI and the China MA code are not read.
 */
public final class UdiParser {
    private static final Pattern ALNUM_UPPER = Pattern.compile("[A-Z0-9]*");
    private static final char GS = '\u001d';
    private static final char RS = '\u001e';
    private static final char EOT = '\u0004';

    private UdiParser() {
    }

    /** Reads one UDI. */
    public static UdiParse parse(String humanReadableOrScanned) {
        List<UdiFinding> findings = new ArrayList<>();
        if (humanReadableOrScanned == null || humanReadableOrScanned.isBlank()) {
            findings.add(new UdiFinding(UdiRules.ISSUER, "", "UDI is empty"));
            return new UdiParse(Optional.empty(), findings);
        }
        String s = humanReadableOrScanned.strip();
        String body = s;
        if (body.startsWith("]") && body.length() > 3 && "+=&".indexOf(body.charAt(3)) >= 0) {
            body = body.substring(3); // symbology identifier before HIBC or ISBT 128 data
        }
        if (s.startsWith("(") || s.startsWith("]") || s.startsWith("01") || s.startsWith("\u001d01")
                || s.startsWith("<GS>01")) {
            return gs1(s.startsWith("(") ? ElementStrings.parseBracketed(s) : ElementStrings.parseScannerData(s), s);
        }
        if (s.startsWith("http://") || s.startsWith("https://") || s.startsWith("HTTP://") || s.startsWith("HTTPS://")) {
            return gs1(DigitalLink.parse(s), s);
        }
        if (body.startsWith("+")) {
            return hibcc(body, s);
        }
        if (body.startsWith("=") || body.startsWith("&")) {
            return iccbba(body, s);
        }
        if (s.startsWith("[)>")) {
            return ifa(s);
        }
        findings.add(new UdiFinding(UdiRules.ISSUER, "", "\"" + s + "\" does not start like a GS1 ((01, ]d2, ]C1, 01),"
                + " HIBCC (+), ICCBBA (= or &) or IFA ([)>) carrier"));
        return new UdiParse(Optional.empty(), findings);
    }

    // ---------------------------------------------------------------- GS1

    private static UdiParse gs1(Gs1Parse p, String original) {
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
        return new UdiParse(Optional.of(new Udi(UdiIssuer.GS1, di.orElse(""), pi, original)), findings);
    }

    // ---------------------------------------------------------------- HIBCC

    private static UdiParse hibcc(String s, String original) {
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
        return new UdiParse(Optional.of(new Udi(UdiIssuer.HIBCC, di, pi, original)), findings);
    }

    private static boolean hibcPrimary(String p, List<UdiFinding> findings) {
        if (p.length() < 6 || !ALNUM_UPPER.matcher(p).matches() || !Character.isLetter(p.charAt(0))
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
        if (value.length() > 18 || !ALNUM_UPPER.matcher(value).matches()) {
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

    // ---------------------------------------------------------------- ICCBBA

    private static UdiParse iccbba(String s, String original) {
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
            if (!ALNUM_UPPER.matcher(v).matches()) {
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
        return new UdiParse(Optional.of(new Udi(UdiIssuer.ICCBBA, di, pi, original)), findings);
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

    // ---------------------------------------------------------------- IFA

    private static UdiParse ifa(String original) {
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
        return new UdiParse(Optional.of(new Udi(UdiIssuer.IFA, di, pi, original)), findings);
    }

    private static void ppn(String ppn, List<UdiFinding> findings) {
        if (ppn.length() < 5 || ppn.length() > 22 || !ALNUM_UPPER.matcher(ppn).matches()
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

    private static boolean allDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
