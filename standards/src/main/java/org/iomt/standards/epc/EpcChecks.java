package org.iomt.standards.epc;

import java.util.ArrayList;
import java.util.List;

/** Validates the field strings of an {@link Epc} against its scheme: what a URI or element string must satisfy. */
final class EpcChecks {
    private EpcChecks() {
    }

    static List<EpcFinding> validate(Epc epc) {
        List<EpcFinding> out = new ArrayList<>();
        EpcScheme scheme = epc.scheme();
        List<String> fields = epc.fields();
        int i = 0;
        for (FieldSpec spec : scheme.layout) {
            switch (spec.kind()) {
                case FILTER -> {
                    if (epc.filter() < 0 || epc.filter() >= 1 << spec.bits()) {
                        out.add(new EpcFinding(EpcRules.FILTER_RANGE, "filter", "filter " + epc.filter() + " of "
                                + scheme.tagUriName() + " must be 0.." + ((1 << spec.bits()) - 1)));
                    }
                }
                case ZERO -> { }
                case PARTITIONED -> {
                    checkPartitioned(spec, fields.get(i), fields.get(i + 1), out);
                    i += 2;
                }
                default -> checkField(scheme, spec, fields.get(i++), out);
            }
        }
        return out;
    }

    private static void checkPartitioned(FieldSpec spec, String gcp, String ref, List<EpcFinding> out) {
        if (!EpcChars.allDigits(gcp) || gcp.isEmpty()) {
            out.add(nonDigit("companyPrefix", gcp));
            return;
        }
        if (gcp.length() < 6 || gcp.length() > 12) {
            out.add(new EpcFinding(EpcRules.PARTITION_RANGE, "companyPrefix",
                    "a GS1 company prefix has 6 to 12 digits, got " + gcp.length() + " (no partition value fits)"));
            return;
        }
        int p = 12 - gcp.length();
        PartitionTable t = spec.table();
        String name = spec.name();
        switch (t.ref) {
            case FIXED_DIGITS -> {
                if (!EpcChars.allDigits(ref)) {
                    out.add(nonDigit(name, ref));
                } else if (ref.length() != t.refDigits(p)) {
                    out.add(new EpcFinding(EpcRules.DIGIT_COUNT, name, "with a " + gcp.length() + "-digit company prefix "
                            + name + " must have " + t.refDigits(p) + " digits, got " + ref.length()
                            + " (prefix and reference digits have a fixed total)"));
                }
            }
            case INTEGER -> checkInteger(name, ref, t.refBits(p), t.refDigits(p), out);
            case CHARS7 -> checkChars(name, ref, t.refMaxChars(p), 1, EpcChars::isCset82, "GS1 character set 82", out);
            case CHARS6 -> checkChars(name, ref, t.refMaxChars(p), 1, EpcChars::isCpiChar,
                    "the CPI set (0-9, A-Z, '#', '-', '/')", out);
        }
    }

    private static void checkField(EpcScheme scheme, FieldSpec spec, String v, List<EpcFinding> out) {
        String name = spec.name();
        switch (spec.kind()) {
            case INTEGER -> checkInteger(name, v, spec.bits(), -1, out);
            case INTEGER_DIGITS -> checkInteger(name, v, spec.bits(), spec.maxChars(), out);
            case FIXED_DIGITS -> {
                if (!EpcChars.allDigits(v) || v.isEmpty()) {
                    out.add(nonDigit(name, v));
                } else if (v.length() != spec.maxChars()) {
                    out.add(new EpcFinding(EpcRules.DIGIT_COUNT, name, name + " must have exactly " + spec.maxChars()
                            + " digits, got \"" + v + "\""));
                }
            }
            case SENTINEL_DIGITS -> {
                if (v.isEmpty()) {
                    out.add(empty(name));
                } else if (!EpcChars.allDigits(v)) {
                    out.add(nonDigit(name, v));
                } else if (v.length() > spec.maxChars()) {
                    out.add(new EpcFinding(EpcRules.FIELD_OVER_LIMIT, name, name + " has at most " + spec.maxChars()
                            + " digits, got " + v.length()));
                }
            }
            case CHARS7 -> checkChars(name, v, spec.maxChars(), 1, EpcChars::isCset82, "GS1 character set 82", out);
            case CHARS6 -> {
                boolean serial = "serial".equals(name);
                String body = serial && v.startsWith("#") ? v.substring(1) : v;
                if (serial && v.equals("#")) {
                    out.add(empty(name));
                } else {
                    checkChars(name, body, spec.maxChars() - (body.length() == v.length() ? 0 : 1), serial ? 1 : 0,
                            EpcChars::isAdiChar, "the ADI set (0-9, A-Z, '-', '/'; '#' only first in a serial)", out);
                }
            }
            case CAGE8, CAGE6 -> {
                if (v.length() < 5 || v.length() > 6) {
                    out.add(new EpcFinding(EpcRules.FIELD_OVER_LIMIT, name,
                            "a CAGE code has 5 characters and a DoDAAC 6, got \"" + v + "\""));
                } else {
                    for (int k = 0; k < v.length(); k++) {
                        if (!EpcChars.isUpperAlnum(v.charAt(k))) {
                            out.add(new EpcFinding(EpcRules.SERIAL_CHARSET, name,
                                    "CAGE/DoDAAC holds only 0-9 and A-Z, got '" + v.charAt(k) + "'"));
                            break;
                        }
                    }
                }
            }
            default -> throw new IllegalStateException(spec.kind() + " in " + scheme);
        }
    }

    static void checkInteger(String name, String v, int bits, int maxDigits, List<EpcFinding> out) {
        if (v.isEmpty()) {
            out.add(empty(name));
            return;
        }
        if (!EpcChars.allDigits(v)) {
            out.add(nonDigit(name, v));
            return;
        }
        if (v.length() > 1 && v.charAt(0) == '0') {
            out.add(new EpcFinding(EpcRules.SERIAL_LEADING_ZERO, name, name + " \"" + v
                    + "\" has a leading zero; this scheme encodes it as an integer, so only \"0\" may start with 0"));
            return;
        }
        long value = EpcChars.parseDigits(v);
        if (maxDigits >= 0 && v.length() > maxDigits) {
            out.add(new EpcFinding(EpcRules.FIELD_OVER_LIMIT, name, name + " has at most " + maxDigits
                    + " digits, got " + v.length()));
        } else if (value < 0 || bits < 63 && value >= 1L << bits) {
            out.add(new EpcFinding(EpcRules.FIELD_OVER_LIMIT, name, name + " " + v + " does not fit in " + bits
                    + " bits (limit " + ((1L << bits) - 1) + ")"));
        }
    }

    private interface CharTest {
        boolean test(int c);
    }

    private static void checkChars(String name, String v, int maxChars, int minChars, CharTest allowed, String set,
            List<EpcFinding> out) {
        if (v.length() < minChars) {
            out.add(empty(name));
            return;
        }
        for (int k = 0; k < v.length(); k++) {
            if (!allowed.test(v.charAt(k))) {
                out.add(new EpcFinding(EpcRules.SERIAL_CHARSET, name, name + " character '" + v.charAt(k)
                        + "' at position " + k + " is not in " + set));
                return;
            }
        }
        if (v.length() > maxChars) {
            out.add(new EpcFinding(EpcRules.FIELD_OVER_LIMIT, name, name + " has at most " + maxChars
                    + " characters here, got " + v.length()));
        }
    }

    static EpcFinding nonDigit(String name, String v) {
        return new EpcFinding(EpcRules.NON_DIGIT, name, name + " must be digits 0-9, got \"" + v + "\"");
    }

    static EpcFinding empty(String name) {
        return new EpcFinding(EpcRules.FIELD_EMPTY, name, name + " must not be empty");
    }
}
