package org.iomt.standards.senml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Judges a decoded pack against {@link SenmlRule} and reports every finding, not just the first.
 *
 * <p>Our reading where RFC 8428 leaves room: a record that carries only base fields (no n, u, v, vs, vb,
 * vd, s, t or ut) sets base values for the records after it and is not itself a measurement, so the
 * name and value rules do not apply to it (RFC 8428 section 5.1.7 shows such a record). A base sum in
 * effect counts as a sum for the value rule, since the resolved record then has a sum (section 4.5.4).
 */
public final class SenmlValidator {
    static final int MANTISSA_LIMIT = 19;
    static final int EXPONENT_LIMIT = 5;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9\\-:./_]*");
    private static final Pattern NAME_CHAR = Pattern.compile("[A-Za-z0-9\\-:./_]");
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]*");

    private SenmlValidator() {
    }

    public static List<SenmlFinding> validate(SenmlPack pack) {
        List<SenmlFinding> out = new ArrayList<>();
        List<SenmlRecord> records = pack.records();
        if (records.isEmpty()) {
            out.add(new SenmlFinding(SenmlRule.PACK_NOT_EMPTY, -1, null, "pack has no records, expected at least one"));
        }
        JsonNode baseName = null;
        JsonNode baseTime = null;
        boolean baseSum = false;
        int carriedVersion = SenmlLabels.IMPLEMENTED_VERSION;
        for (int i = 0; i < records.size(); i++) {
            SenmlRecord r = records.get(i);
            checkLabels(i, r, out);

            Integer version = checkVersion(i, r, out);
            int recordVersion = version != null ? version : carriedVersion;
            if (i > 0 && recordVersion != carriedVersion) {
                out.add(new SenmlFinding(SenmlRule.VERSION_CONSISTENT, i, SenmlLabels.BASE_VERSION,
                        "record " + i + ": version " + recordVersion + " differs from version " + carriedVersion
                                + " of the records before it (no bver means " + SenmlLabels.IMPLEMENTED_VERSION
                                + "), expected one version per pack"));
            }
            carriedVersion = recordVersion;

            if (r.has(SenmlLabels.BASE_NAME)) {
                baseName = r.fields().get(SenmlLabels.BASE_NAME);
            }
            if (r.has(SenmlLabels.BASE_TIME)) {
                baseTime = r.fields().get(SenmlLabels.BASE_TIME);
            }
            if (r.has(SenmlLabels.BASE_SUM)) {
                baseSum = true;
            }
            checkUnit(i, r, SenmlLabels.UNIT, out);
            checkUnit(i, r, SenmlLabels.BASE_UNIT, out);
            checkDataValue(i, r, out);

            if (isBaseOnly(r)) {
                continue;
            }
            checkName(i, baseName, r.fields().get(SenmlLabels.NAME), out);
            checkValues(i, r, baseSum, out);
            checkTime(i, baseTime, r.fields().get(SenmlLabels.TIME), out);
        }
        return List.copyOf(out);
    }

    /** A record with none of the regular labels only sets base values. */
    static boolean isBaseOnly(SenmlRecord r) {
        return r.fields().keySet().stream().noneMatch(SenmlLabels.REGULAR::contains);
    }

    private static void checkLabels(int i, SenmlRecord r, List<SenmlFinding> out) {
        for (Map.Entry<String, JsonNode> e : r.fields().entrySet()) {
            String label = e.getKey();
            JsonNode node = e.getValue();
            if (!hasExpectedType(label, node)) {
                String seen = describe(node);
                out.add(new SenmlFinding(SenmlRule.FIELD_TYPE, i, label, "record " + i + ": \"" + label + "\" is "
                        + seen + ", expected " + SenmlLabels.expectedType(label)
                        + (SenmlLabels.NUMBERS.contains(label) && node.isNumber() ? " representable as a finite double" : "")));
            }
            if (node instanceof SenmlNumberNode number) {
                checkSpelling(i, label, number.text(), out);
            }
            if (label.endsWith("_")) {
                out.add(new SenmlFinding(SenmlRule.MUST_UNDERSTAND, i, label, "record " + i + ": label \"" + label
                        + "\" ends in '_' and is not understood by this reader, so the pack cannot be used"));
            }
        }
    }

    private static boolean hasExpectedType(String label, JsonNode node) {
        if (SenmlLabels.STRINGS.contains(label)) {
            return node.isTextual();
        }
        if (SenmlLabels.NUMBERS.contains(label)) {
            return node.isNumber() && Double.isFinite(node.doubleValue());
        }
        if (SenmlLabels.BOOLEANS.contains(label)) {
            return node.isBoolean();
        }
        return true;
    }

    private static void checkSpelling(int i, String label, String text, List<SenmlFinding> out) {
        int e = text.toLowerCase(Locale.ROOT).indexOf('e');
        if (e >= 0 && text.charAt(e) == 'E') {
            out.add(new SenmlFinding(SenmlRule.NUMBER_EXPONENT_LOWERCASE, i, label, "record " + i + ": \"" + label
                    + "\" is written " + text + ", expected a lower-case 'e' before the exponent"));
        }
        String mantissa = e < 0 ? text : text.substring(0, e);
        String exponent = e < 0 ? "" : text.substring(e + 1);
        if (mantissa.length() >= MANTISSA_LIMIT || exponent.length() >= EXPONENT_LIMIT) {
            out.add(new SenmlFinding(SenmlRule.NUMBER_LENGTH, i, label, "record " + i + ": \"" + label + "\" is written "
                    + text + " (mantissa " + mantissa.length() + " characters, exponent " + exponent.length()
                    + "), expected a mantissa under " + MANTISSA_LIMIT + " and an exponent under " + EXPONENT_LIMIT
                    + " characters"));
        }
    }

    /** Returns the record's own version when it states a usable one. */
    private static Integer checkVersion(int i, SenmlRecord r, List<SenmlFinding> out) {
        JsonNode node = r.fields().get(SenmlLabels.BASE_VERSION);
        if (node == null || !node.isNumber() || !Double.isFinite(node.doubleValue())) {
            return null; // absent, or a type finding already
        }
        double d = node.doubleValue();
        if (d != Math.rint(d) || d < 1 || d > Integer.MAX_VALUE) {
            out.add(new SenmlFinding(SenmlRule.VERSION_POSITIVE_INTEGER, i, SenmlLabels.BASE_VERSION,
                    "record " + i + ": bver is " + node.asText() + ", expected a positive integer"));
            return null;
        }
        int version = (int) d;
        if (version > SenmlLabels.IMPLEMENTED_VERSION) {
            out.add(new SenmlFinding(SenmlRule.VERSION_SUPPORTED, i, SenmlLabels.BASE_VERSION,
                    "record " + i + ": bver is " + version + ", this reader implements version "
                            + SenmlLabels.IMPLEMENTED_VERSION + " and must not use a pack of a higher version"));
        }
        return version;
    }

    private static void checkUnit(int i, SenmlRecord r, String label, List<SenmlFinding> out) {
        JsonNode node = r.fields().get(label);
        if (node == null || !node.isTextual()) {
            return;
        }
        String unit = node.textValue();
        if (SenmlUnits.isRegistered(unit)) {
            return;
        }
        if (SenmlUnits.isSecondaryUnit(unit)) {
            out.add(new SenmlFinding(SenmlRule.UNIT_SECONDARY, i, label, "record " + i + ": " + kind(label) + " \""
                    + unit + "\" is a secondary unit (RFC 8798), expected a unit of the primary SenML units registry"));
        } else {
            out.add(new SenmlFinding(SenmlRule.UNIT_REGISTERED, i, label, "record " + i + ": " + kind(label) + " \""
                    + unit + "\" is not in the SenML units registry"));
        }
    }

    private static String kind(String label) {
        return label.equals(SenmlLabels.UNIT) ? "unit" : "base unit";
    }

    private static void checkDataValue(int i, SenmlRecord r, List<SenmlFinding> out) {
        JsonNode node = r.fields().get(SenmlLabels.DATA_VALUE);
        if (node == null || !node.isTextual()) {
            return;
        }
        String vd = node.textValue();
        String problem = null;
        if (vd.indexOf('=') >= 0) {
            problem = "has '=' padding";
        } else if (!BASE64URL.matcher(vd).matches()) {
            problem = "has characters outside the URL-safe base64 alphabet";
        } else if (vd.length() % 4 == 1) {
            problem = "has a length (" + vd.length() + ") no base64 text can have";
        } else {
            try {
                Base64.getUrlDecoder().decode(vd);
            } catch (IllegalArgumentException e) {
                problem = "does not decode (" + e.getMessage() + ")";
            }
        }
        if (problem != null) {
            out.add(new SenmlFinding(SenmlRule.DATA_VALUE_BASE64URL, i, SenmlLabels.DATA_VALUE, "record " + i
                    + ": vd \"" + vd + "\" " + problem + ", expected base64url without padding"));
        }
    }

    private static void checkName(int i, JsonNode baseName, JsonNode name, List<SenmlFinding> out) {
        if ((baseName != null && !baseName.isTextual()) || (name != null && !name.isTextual())) {
            return; // the type finding explains it
        }
        String full = (baseName == null ? "" : baseName.textValue()) + (name == null ? "" : name.textValue());
        String field = name != null ? SenmlLabels.NAME : SenmlLabels.BASE_NAME;
        if (full.isEmpty()) {
            out.add(new SenmlFinding(SenmlRule.NAME_NOT_EMPTY, i, field, "record " + i
                    + ": resolved name (bn + n) is empty, expected a name identifying the sensor"));
            return;
        }
        if (NAME.matcher(full).matches()) {
            return;
        }
        String detail;
        if (!Character.isLetterOrDigit(full.charAt(0)) || full.charAt(0) > 127) {
            detail = "starts with '" + full.charAt(0) + "', expected a letter or digit first";
        } else {
            int bad = 1;
            while (bad < full.length() && NAME_CHAR.matcher(String.valueOf(full.charAt(bad))).matches()) {
                bad++;
            }
            detail = "has '" + full.charAt(bad) + "' at position " + bad
                    + ", expected only letters, digits and - : . / _";
        }
        out.add(new SenmlFinding(SenmlRule.NAME_CHARACTERS, i, field, "record " + i + ": resolved name \"" + full
                + "\" " + detail));
    }

    private static void checkValues(int i, SenmlRecord r, boolean baseSum, List<SenmlFinding> out) {
        List<String> present = r.fields().keySet().stream().filter(SenmlLabels.VALUES::contains).toList();
        boolean hasSum = r.has(SenmlLabels.SUM) || baseSum;
        if (present.isEmpty() && !hasSum) {
            out.add(new SenmlFinding(SenmlRule.VALUE_PRESENT, i, null, "record " + i
                    + ": no value field (v, vs, vb or vd) and no sum, expected exactly one value field"));
        } else if (present.size() > 1) {
            out.add(new SenmlFinding(SenmlRule.VALUE_PRESENT, i, present.get(1), "record " + i + ": "
                    + present.size() + " value fields " + present + ", expected exactly one"));
        }
    }

    private static void checkTime(int i, JsonNode baseTime, JsonNode time, List<SenmlFinding> out) {
        if (baseTime == null || time == null || !baseTime.isNumber() || !time.isNumber()) {
            return;
        }
        double bt = baseTime.doubleValue();
        double sum = bt + time.doubleValue();
        boolean baseRelative = bt < SenmlLabels.RELATIVE_TIME_LIMIT;
        boolean sumRelative = sum < SenmlLabels.RELATIVE_TIME_LIMIT;
        if (baseRelative != sumRelative) {
            out.add(new SenmlFinding(SenmlRule.TIME_REFERENCE_MIXED, i, SenmlLabels.TIME, "record " + i
                    + ": base time " + baseTime.asText() + " is " + (baseRelative ? "relative" : "absolute")
                    + " but base time + time = " + sum + " is " + (sumRelative ? "relative" : "absolute")
                    + " (limit 2^28), expected both on the same side"));
        }
    }

    private static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isObject()) {
            return "an object";
        }
        return node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }
}
