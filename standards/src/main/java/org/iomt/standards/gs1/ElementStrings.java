package org.iomt.standards.gs1;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks GS1 element strings: the bracketed human-readable form, raw scanner data (with or
 * without an AIM symbology identifier, FNC1 transmitted as GS), and the rules of the AI table.
 */
public final class ElementStrings {
    /** The group separator a scanner sends for FNC1. */
    public static final char GS = '\u001d';
    private static final Pattern CSET39 = Pattern.compile("[#\\-/0-9A-Z]*");
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_\\-=]*");
    /** Symbology identifiers whose data is a GS1 element string. */
    private static final Set<String> GS1_AI_SYMBOLOGIES = Set.of("]C1", "]d2", "]Q3", "]e0", "]J1");

    private ElementStrings() {
    }

    /**
     * Parses "(01)09520123456788(10)ABC" and validates the result. A "(" inside a value is written "\(".
     */
    public static Gs1Parse parseBracketed(String s) {
        List<Gs1Finding> findings = new ArrayList<>();
        if (s == null || s.isEmpty()) {
            findings.add(new Gs1Finding(Gs1Rules.ES_SYNTAX, "", "element string is empty"));
            return new Gs1Parse(Optional.empty(), findings);
        }
        if (s.charAt(0) != '(') {
            findings.add(new Gs1Finding(Gs1Rules.ES_SYNTAX, "", "element string \"" + s
                    + "\" does not start with \"(\" followed by an AI"));
            return new Gs1Parse(Optional.empty(), findings);
        }
        List<AiValue> values = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int close = s.indexOf(')', i);
            if (close < 0) {
                findings.add(new Gs1Finding(Gs1Rules.ES_SYNTAX, "", "AI starting at position " + i
                        + " has no closing \")\""));
                return new Gs1Parse(Optional.empty(), findings);
            }
            String ai = s.substring(i + 1, close);
            if (ai.length() < 2 || ai.length() > 4 || !Gs1CheckDigit.allDigits(ai)) {
                findings.add(new Gs1Finding(Gs1Rules.ES_SYNTAX, ai, "\"(" + ai
                        + ")\" at position " + i + " is not an AI of 2 to 4 digits"));
                return new Gs1Parse(Optional.empty(), findings);
            }
            StringBuilder value = new StringBuilder();
            int j = close + 1;
            while (j < s.length() && s.charAt(j) != '(') {
                if (s.charAt(j) == '\\' && j + 1 < s.length() && s.charAt(j + 1) == '(') {
                    j++;
                }
                value.append(s.charAt(j));
                j++;
            }
            if (value.length() == 0) {
                findings.add(new Gs1Finding(Gs1Rules.ES_SYNTAX, ai, "AI (" + ai + ") has an empty value"));
                return new Gs1Parse(Optional.empty(), findings);
            }
            values.add(new AiValue(ai, value.toString()));
            i = j;
        }
        ElementString es = new ElementString(values);
        return new Gs1Parse(Optional.of(es), validate(es));
    }

    /**
     * Parses data as a scanner transmits it and validates the result. An optional AIM symbology
     * identifier comes first: ]C1 (GS1-128), ]d2 (GS1 DataMatrix), ]Q3 (GS1 QR Code), ]e0 (GS1 DataBar),
     * ]J1 (GS1 DotCode) carry AI data; ]E0 / ]E4 carry a GTIN-13 / GTIN-8 and give AI (01). Without an
     * identifier the data is taken as AI data. FNC1 separators may be the GS character (0x1D), the
     * literal text {@code <GS>} or the literal escape {@code \u001d}.
     */
    public static Gs1Parse parseScannerData(String s) {
        List<Gs1Finding> findings = new ArrayList<>();
        if (s == null || s.isEmpty()) {
            findings.add(new Gs1Finding(Gs1Rules.SCAN_SYNTAX, "", "scanner data is empty"));
            return new Gs1Parse(Optional.empty(), findings);
        }
        String data = normaliseSeparators(s);
        if (data.startsWith("]")) {
            if (data.length() < 3) {
                findings.add(new Gs1Finding(Gs1Rules.SCAN_SYMBOLOGY, "", "symbology identifier \"" + data
                        + "\" is truncated, expected ] followed by two characters"));
                return new Gs1Parse(Optional.empty(), findings);
            }
            String id = data.substring(0, 3);
            data = data.substring(3);
            if (id.equals("]E0") || id.equals("]E4")) {
                return gtinSymbol(id, data);
            }
            if (!GS1_AI_SYMBOLOGIES.contains(id)) {
                findings.add(new Gs1Finding(Gs1Rules.SCAN_SYMBOLOGY, "", "symbology identifier " + id
                        + " does not announce GS1 AI data; expected ]C1, ]d2, ]Q3, ]e0 or ]J1"));
                return new Gs1Parse(Optional.empty(), findings);
            }
        }
        if (!data.isEmpty() && data.charAt(0) == GS) {
            data = data.substring(1); // a leading FNC1 transmitted by some readers
        }
        List<AiValue> values = new ArrayList<>();
        int i = 0;
        while (i < data.length()) {
            if (data.charAt(i) == GS) {
                findings.add(new Gs1Finding(Gs1Rules.SCAN_SYNTAX, "", "empty element (two separators) at position " + i));
                i++;
                continue;
            }
            Optional<AiDefinition> def = AiTable.prefixOf(data.substring(i));
            if (def.isEmpty()) {
                String head = data.substring(i, Math.min(data.length(), i + 4));
                findings.add(new Gs1Finding(Gs1Rules.AI_UNKNOWN, head, "no known AI starts the data \""
                        + printable(data.substring(i)) + "\" at position " + i));
                return new Gs1Parse(Optional.empty(), findings);
            }
            AiDefinition d = def.get();
            int start = i + d.ai().length();
            String value;
            if (d.predefinedLength()) {
                int end = start + d.maxLength();
                if (end > data.length() || data.substring(start, end).indexOf(GS) >= 0) {
                    int gs = data.indexOf(GS, start);
                    int stop = gs < 0 ? data.length() : gs;
                    findings.add(new Gs1Finding(Gs1Rules.SCAN_SYNTAX, d.ai(), "AI (" + d.ai() + ") has a predefined length of "
                            + d.maxLength() + " but only " + (stop - start) + " characters follow"));
                    values.add(new AiValue(d.ai(), data.substring(start, stop)));
                    i = stop;
                    continue;
                }
                value = data.substring(start, end);
                i = end;
                if (i < data.length() && data.charAt(i) == GS) {
                    i++; // a redundant separator after a predefined-length AI is tolerated
                }
            } else {
                int gs = data.indexOf(GS, start);
                int end = gs < 0 ? data.length() : gs;
                value = data.substring(start, end);
                i = gs < 0 ? end : end + 1;
            }
            if (value.isEmpty()) {
                findings.add(new Gs1Finding(Gs1Rules.SCAN_SYNTAX, d.ai(), "AI (" + d.ai() + ") has an empty value"));
                continue;
            }
            values.add(new AiValue(d.ai(), value));
        }
        if (values.isEmpty()) {
            findings.add(new Gs1Finding(Gs1Rules.SCAN_SYNTAX, "", "scanner data holds no AI"));
            return new Gs1Parse(Optional.empty(), findings);
        }
        ElementString es = new ElementString(values);
        findings.addAll(validate(es));
        return new Gs1Parse(Optional.of(es), findings);
    }

    /** Replaces the literal forms of the GS separator with the GS character. */
    static String normaliseSeparators(String s) {
        return s.replace("<GS>", String.valueOf(GS)).replace("\\u001d", String.valueOf(GS))
                .replace("\\u001D", String.valueOf(GS));
    }

    private static Gs1Parse gtinSymbol(String id, String digits) {
        int expected = id.equals("]E0") ? 13 : 8;
        List<Gs1Finding> findings = new ArrayList<>();
        if (digits.length() != expected || !Gs1CheckDigit.allDigits(digits)) {
            findings.add(new Gs1Finding(Gs1Rules.SCAN_SYNTAX, "01", id + " carries " + expected
                    + " digits, got \"" + printable(digits) + "\""));
            return new Gs1Parse(Optional.empty(), findings);
        }
        ElementString es = ElementString.of(new AiValue("01", "0".repeat(14 - expected) + digits));
        return new Gs1Parse(Optional.of(es), validate(es));
    }

    /**
     * Every rule of the AI table the element string breaks: unknown AIs, value length and character set,
     * check digits and check pairs, dates and times, other content rules, duplicate AIs, mandatory
     * associations and invalid pairs.
     *
     * <p>Not checked: whether a GS1 Company Prefix is allocated, and the ISO country, currency, package
     * type, importer index and coupon code lists.
     */
    public static List<Gs1Finding> validate(ElementString es) {
        List<Gs1Finding> findings = new ArrayList<>();
        Map<String, String> firstValue = new HashMap<>();
        Set<String> present = new LinkedHashSet<>();
        for (AiValue v : es.values()) {
            Optional<AiDefinition> def = AiTable.find(v.ai());
            if (def.isEmpty()) {
                findings.add(new Gs1Finding(Gs1Rules.AI_UNKNOWN, v.ai(), "AI (" + v.ai() + ") is not in the AI table"));
                continue;
            }
            String earlier = firstValue.putIfAbsent(v.ai(), v.value());
            if (earlier != null) {
                if (!earlier.equals(v.value())) {
                    findings.add(new Gs1Finding(Gs1Rules.AI_DUPLICATE, v.ai(), "AI (" + v.ai()
                            + ") appears twice with different values \"" + earlier + "\" and \"" + v.value() + "\""));
                }
                continue;
            }
            present.add(v.ai());
            validateValue(def.get(), v.value(), findings);
        }
        for (String ai : present) {
            AiDefinition d = AiTable.find(ai).orElseThrow();
            for (List<String> requirement : d.requires()) {
                boolean met = requirement.stream().anyMatch(alt -> allPresent(alt, present));
                if (!met) {
                    findings.add(new Gs1Finding(Gs1Rules.AI_REQUIRES, ai, "AI (" + ai + ") needs one of "
                            + String.join(", ", requirement) + " alongside it; none is present"));
                }
            }
        }
        List<String> list = new ArrayList<>(present);
        for (int a = 0; a < list.size(); a++) {
            for (int b = a + 1; b < list.size(); b++) {
                String x = list.get(a);
                String y = list.get(b);
                if (excludes(x, y) || excludes(y, x)) {
                    findings.add(new Gs1Finding(Gs1Rules.AI_EXCLUDES, x, "AI (" + x + ") and AI (" + y
                            + ") must not be used together"));
                }
            }
        }
        return findings;
    }

    /** Checks one value against its definition, adding findings. */
    static void validateValue(AiDefinition d, String value, List<Gs1Finding> findings) {
        String ai = d.ai();
        if (value.length() < d.minLength() || value.length() > d.maxLength()) {
            findings.add(new Gs1Finding(Gs1Rules.AI_VALUE_LENGTH, ai, "AI (" + ai + ") value \"" + value + "\" has "
                    + value.length() + " characters, expected " + (d.fixedLength() ? String.valueOf(d.maxLength())
                    : d.minLength() + " to " + d.maxLength())));
            return;
        }
        int pos = 0;
        for (AiComponent c : d.components()) {
            int left = value.length() - pos;
            if (left == 0 && c.optional()) {
                break;
            }
            int take = Math.min(left, c.maxLength());
            if (take < c.minLength()) {
                findings.add(new Gs1Finding(Gs1Rules.AI_VALUE_LENGTH, ai, "AI (" + ai + ") value \"" + value
                        + "\": component at position " + pos + " needs " + c.minLength() + " characters, has " + take));
                return;
            }
            String part = value.substring(pos, pos + take);
            if (!charsetOk(c.charset(), part)) {
                findings.add(new Gs1Finding(Gs1Rules.AI_VALUE_CHARSET, ai, "AI (" + ai + ") value \"" + value
                        + "\" has a character outside " + charsetName(c.charset()) + " in \"" + part + "\""));
                return;
            }
            for (String check : c.checks()) {
                ContentChecks.apply(check, ai, part, findings);
            }
            pos += take;
        }
    }

    private static boolean charsetOk(char charset, String part) {
        switch (charset) {
            case 'N': return Gs1CheckDigit.allDigits(part);
            case 'X': return part.chars().allMatch(ch -> Gs1CheckPair.CSET82.indexOf(ch) >= 0);
            case 'Y': return CSET39.matcher(part).matches();
            case 'Z': return BASE64URL.matcher(part).matches();
            default: return false;
        }
    }

    private static String charsetName(char charset) {
        switch (charset) {
            case 'N': return "digits 0-9";
            case 'X': return "GS1 character set 82";
            case 'Y': return "GS1 character set 39";
            default: return "base64url";
        }
    }

    private static boolean allPresent(String alternative, Set<String> present) {
        for (String part : alternative.split("\\+")) {
            if (present.stream().noneMatch(p -> matches(part, p))) {
                return false;
            }
        }
        return true;
    }

    private static boolean excludes(String ai, String other) {
        AiDefinition d = AiTable.find(ai).orElseThrow();
        return d.excludes().stream().anyMatch(pattern -> matches(pattern, other));
    }

    /** True when the AI matches the pattern, where 'n' stands for any digit. */
    static boolean matches(String pattern, String ai) {
        if (pattern.length() != ai.length()) {
            return false;
        }
        for (int i = 0; i < pattern.length(); i++) {
            char p = pattern.charAt(i);
            if (p != 'n' && p != ai.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static String printable(String s) {
        return s.replace(String.valueOf(GS), "<GS>");
    }

    /** The content checks named in the AI table. */
    static final class ContentChecks {
        private ContentChecks() {
        }

        static void apply(String check, String ai, String part, List<Gs1Finding> findings) {
            switch (check) {
                case "csum":
                    if (!Gs1CheckDigit.isValid(part)) {
                        int n = part.length() - 1;
                        findings.add(new Gs1Finding(Gs1Rules.CHECK_DIGIT, ai, "AI (" + ai + ") " + part
                                + ": check digit expected " + Gs1CheckDigit.compute(part.substring(0, n))
                                + ", seen " + part.charAt(n)));
                    }
                    break;
                case "csumalpha":
                    if (!Gs1CheckPair.isValid(part)) {
                        String expected = part.length() < 3 ? "?" : Gs1CheckPair.compute(part.substring(0, part.length() - 2));
                        findings.add(new Gs1Finding(Gs1Rules.CHECK_PAIR, ai, "AI (" + ai + ") " + part
                                + ": check character pair expected " + expected + ", seen "
                                + part.substring(Math.max(0, part.length() - 2))));
                    }
                    break;
                case "yymmd0":
                case "yymmdd":
                    if (Gs1Dates.isoDate(part, check.equals("yymmd0")).isEmpty()) {
                        findings.add(dateFinding(ai, part, "YYMMDD" + (check.equals("yymmd0") ? " (day 00 allowed)"
                                : " (day 00 not allowed)")));
                    }
                    break;
                case "yyyymmdd":
                    if (Gs1Dates.isoDate8(part).isEmpty()) {
                        findings.add(dateFinding(ai, part, "YYYYMMDD"));
                    }
                    break;
                case "yymmddhh":
                    if (Gs1Dates.isoDate(part.substring(0, 6), false).isEmpty()) {
                        findings.add(dateFinding(ai, part, "YYMMDDHH"));
                    } else {
                        range(ai, part.substring(6), 0, 23, "hour", findings);
                    }
                    break;
                case "hh":
                    range(ai, part, 0, 23, "hour", findings);
                    break;
                case "mi":
                    range(ai, part, 0, 59, "minute", findings);
                    break;
                case "ss":
                    range(ai, part, 0, 59, "second", findings);
                    break;
                case "hhmi":
                    range(ai, part.substring(0, 2), 0, 23, "hour", findings);
                    range(ai, part.substring(2), 0, 59, "minute", findings);
                    break;
                case "zero":
                    content(!part.equals("0"), ai, part, "must be the digit 0", findings);
                    break;
                case "nonzero":
                    content(part.chars().allMatch(ch -> ch == '0'), ai, part, "must not be zero", findings);
                    break;
                case "nozeroprefix":
                    content(part.length() > 1 && part.charAt(0) == '0', ai, part, "must not start with 0", findings);
                    break;
                case "hasnondigit":
                    content(Gs1CheckDigit.allDigits(part), ai, part, "must contain a character other than a digit",
                            findings);
                    break;
                case "yesno":
                    content(!part.equals("0") && !part.equals("1"), ai, part, "must be 0 or 1", findings);
                    break;
                case "iso5218":
                    content(!"0129".contains(part), ai, part, "must be 0, 1, 2 or 9", findings);
                    break;
                case "hyphen":
                    content(!part.equals("-"), ai, part, "must be a hyphen", findings);
                    break;
                case "winding":
                    content(!"019".contains(part), ai, part, "must be 0, 1 or 9", findings);
                    break;
                case "pieceoftotal":
                    pieceOfTotal(ai, part, findings);
                    break;
                case "posinseqslash":
                    positionInSequence(ai, part, findings);
                    break;
                case "latitude":
                    content(new BigInteger(part).compareTo(BigInteger.valueOf(1_800_000_000L)) > 0, ai, part,
                            "latitude must be at most 1800000000", findings);
                    break;
                case "longitude":
                    content(new BigInteger(part).compareTo(BigInteger.valueOf(3_600_000_000L)) > 0, ai, part,
                            "longitude must be at most 3600000000", findings);
                    break;
                case "iban":
                    content(!ibanOk(part), ai, part, "is not an IBAN with valid check digits", findings);
                    break;
                case "pcenc":
                    content(!percentOk(part), ai, part, "has a '%' not followed by two hex digits", findings);
                    break;
                default:
                    // gcppos1/2, iso3166*, iso4217, mediatype, packagetype, importeridx, couponcode,
                    // couponposoffer: need registries or code lists we do not carry
                    break;
            }
        }

        private static Gs1Finding dateFinding(String ai, String part, String form) {
            return new Gs1Finding(Gs1Rules.AI_DATE, ai, "AI (" + ai + ") \"" + part + "\" is not a valid date " + form);
        }

        private static void range(String ai, String part, int min, int max, String what, List<Gs1Finding> findings) {
            int v = Integer.parseInt(part);
            if (v < min || v > max) {
                findings.add(new Gs1Finding(Gs1Rules.AI_TIME, ai, "AI (" + ai + ") " + what + " " + part
                        + " is outside " + min + ".." + max));
            }
        }

        private static void content(boolean broken, String ai, String part, String rule, List<Gs1Finding> findings) {
            if (broken) {
                findings.add(new Gs1Finding(Gs1Rules.AI_CONTENT, ai, "AI (" + ai + ") field \"" + part + "\" " + rule));
            }
        }

        private static void pieceOfTotal(String ai, String part, List<Gs1Finding> findings) {
            int piece = Integer.parseInt(part.substring(0, 2));
            int total = Integer.parseInt(part.substring(2));
            content(piece == 0 || total == 0 || piece > total, ai, part,
                    "must be piece/total with 1 <= piece <= total", findings);
        }

        private static void positionInSequence(String ai, String part, List<Gs1Finding> findings) {
            boolean ok = part.length() == 3 && part.charAt(1) == '/' && Character.isDigit(part.charAt(0))
                    && Character.isDigit(part.charAt(2)) && part.charAt(0) != '0'
                    && part.charAt(0) <= part.charAt(2);
            content(!ok, ai, part, "must be position/total with 1 <= position <= total", findings);
        }

        private static boolean ibanOk(String s) {
            if (s.length() < 5 || !s.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]+")) {
                return false;
            }
            String moved = s.substring(4) + s.substring(0, 4);
            StringBuilder digits = new StringBuilder();
            for (char ch : moved.toCharArray()) {
                digits.append(Character.isDigit(ch) ? String.valueOf(ch) : String.valueOf(ch - 'A' + 10));
            }
            return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
        }

        private static boolean percentOk(String s) {
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '%') {
                    if (i + 2 >= s.length() || Character.digit(s.charAt(i + 1), 16) < 0
                            || Character.digit(s.charAt(i + 2), 16) < 0) {
                        return false;
                    }
                    i += 2;
                }
            }
            return true;
        }
    }
}
