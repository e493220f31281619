package org.iomt.standards.epc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iomt.standards.gs1.Gs1CheckDigit;

/** Builds an EPC from a GS1 element string; the company prefix length must be given, the GS1 key does not carry it. */
public final class EpcFromGs1 {
    private EpcFromGs1() {
    }

    public static Epc fromElementString(List<Ai> ais, int companyPrefixLength, EpcScheme scheme, int filter)
            throws EpcException {
        if (!scheme.hasCompanyPrefix()) {
            throw fail("scheme", scheme.tagUriName() + " has no GS1 element string");
        }
        if (companyPrefixLength < 6 || companyPrefixLength > 12) {
            throw new EpcException(new EpcFinding(EpcRules.PARTITION_RANGE, "companyPrefix",
                    "company prefix length must be 6..12, got " + companyPrefixLength));
        }
        int l = companyPrefixLength;
        Map<String, String> m = new LinkedHashMap<>();
        for (Ai ai : ais) {
            if (m.put(ai.ai(), ai.value()) != null) {
                throw fail(ai.ai(), "AI (" + ai.ai() + ") appears twice");
            }
        }
        List<String> fields;
        switch (scheme.pureIdentityName()) {
            case "sgtin" -> {
                String gtin = key(m, "01", 14, 14);
                fields = List.of(gtin.substring(1, 1 + l), gtin.charAt(0) + gtin.substring(1 + l, 13), take(m, "21"));
            }
            case "sscc" -> {
                String s = key(m, "00", 18, 18);
                fields = List.of(s.substring(1, 1 + l), s.charAt(0) + s.substring(1 + l, 17));
            }
            case "sgln" -> {
                String gln = key(m, "414", 13, 13);
                String ext = m.containsKey("254") ? take(m, "254") : "0";
                fields = List.of(gln.substring(0, l), gln.substring(l, 12), ext);
            }
            case "grai" -> {
                String v = take(m, "8003");
                if (v.length() < 15 || v.charAt(0) != '0') {
                    throw fail("8003", "GRAI is '0', 13 digits with check digit, then a serial of 1-16 characters");
                }
                checked("8003", v.substring(1, 14));
                fields = List.of(v.substring(1, 1 + l), v.substring(1 + l, 13), v.substring(14));
            }
            case "giai" -> {
                String v = take(m, "8004");
                digitsOrFail("8004", v.substring(0, Math.min(l, v.length())), l);
                fields = List.of(v.substring(0, l), v.substring(l));
            }
            case "gsrn", "gsrnp" -> {
                String ai = scheme == EpcScheme.GSRN_96 ? "8018" : "8017";
                String v = key(m, ai, 18, 18);
                fields = List.of(v.substring(0, l), v.substring(l, 17));
            }
            case "gdti", "sgcn" -> {
                String ai = scheme.pureIdentityName().equals("gdti") ? "253" : "255";
                String v = take(m, ai);
                if (v.length() < 14) {
                    throw fail(ai, "(" + ai + ") is 13 digits with check digit followed by a serial");
                }
                checked(ai, v.substring(0, 13));
                fields = List.of(v.substring(0, l), v.substring(l, 12), v.substring(13));
            }
            case "cpi" -> {
                String v = take(m, "8010");
                digitsOrFail("8010", v.substring(0, Math.min(l, v.length())), l);
                fields = List.of(v.substring(0, l), v.substring(l), take(m, "8011"));
            }
            case "itip" -> {
                String v = take(m, "8006");
                if (v.length() != 18 || !EpcChars.allDigits(v)) {
                    throw fail("8006", "(8006) is a GTIN-14 followed by 2-digit piece and 2-digit total");
                }
                checked("8006", v.substring(0, 14));
                fields = List.of(v.substring(1, 1 + l), v.charAt(0) + v.substring(1 + l, 13), v.substring(14, 16),
                        v.substring(16, 18), take(m, "21"));
            }
            default -> throw fail("scheme", scheme.tagUriName() + " has no GS1 element string");
        }
        if (!m.isEmpty()) {
            throw fail(m.keySet().iterator().next(), "AI(s) " + m.keySet() + " have no place in " + scheme.tagUriName());
        }
        Epc epc = new Epc(scheme, filter, fields);
        List<EpcFinding> findings = EpcChecks.validate(epc);
        if (!findings.isEmpty()) {
            throw new EpcException(findings.get(0));
        }
        return epc;
    }

    private static String take(Map<String, String> m, String ai) throws EpcException {
        String v = m.remove(ai);
        if (v == null) {
            throw fail(ai, "AI (" + ai + ") is required");
        }
        return v;
    }

    private static String key(Map<String, String> m, String ai, int min, int max) throws EpcException {
        String v = take(m, ai);
        if (v.length() < min || v.length() > max || !EpcChars.allDigits(v)) {
            throw fail(ai, "(" + ai + ") must be " + max + " digits, got \"" + v + "\"");
        }
        checked(ai, v);
        return v;
    }

    private static void checked(String ai, String digitsWithCheck) throws EpcException {
        if (!EpcChars.allDigits(digitsWithCheck)) {
            throw fail(ai, "(" + ai + ") key must be digits, got \"" + digitsWithCheck + "\"");
        }
        if (!Gs1CheckDigit.isValid(digitsWithCheck)) {
            int n = digitsWithCheck.length() - 1;
            throw new EpcException(new EpcFinding(EpcRules.CHECK_DIGIT, ai, "check digit of " + digitsWithCheck
                    + " should be " + Gs1CheckDigit.compute(digitsWithCheck.substring(0, n))));
        }
    }

    private static void digitsOrFail(String ai, String prefix, int l) throws EpcException {
        if (prefix.length() < l || !EpcChars.allDigits(prefix)) {
            throw fail(ai, "(" + ai + ") must start with the " + l + "-digit company prefix");
        }
    }

    private static EpcException fail(String field, String message) {
        return new EpcException(new EpcFinding(EpcRules.ELEMENT_STRING, field, message));
    }
}
