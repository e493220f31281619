package org.iomt.standards.epc;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses pure identity URIs (urn:epc:id:), tag URIs (urn:epc:tag:) and raw URIs (urn:epc:raw:). A pure identity URI
 * carries neither scheme length nor filter: it decodes to the shortest scheme able to carry it, with filter 0.
 */
public final class EpcUris {
    private static final String ID = "urn:epc:id:";
    private static final String TAG = "urn:epc:tag:";
    private static final String RAW = "urn:epc:raw:";

    private EpcUris() {
    }

    public static EpcDecoding parse(String uri) {
        if (uri == null) {
            return syntax("uri", "no URI given");
        }
        try {
            if (uri.startsWith(ID)) {
                return parsePure(uri.substring(ID.length()));
            }
            if (uri.startsWith(TAG)) {
                return parseTag(uri.substring(TAG.length()));
            }
            if (uri.startsWith(RAW)) {
                return parseRaw(uri.substring(RAW.length()));
            }
        } catch (EpcException e) {
            return EpcDecoding.failed(e.finding());
        }
        return syntax("uri", "\"" + uri + "\" does not start with urn:epc:id:, urn:epc:tag: or urn:epc:raw:");
    }

    private static EpcDecoding syntax(String field, String message) {
        return EpcDecoding.failed(new EpcFinding(EpcRules.URI_SYNTAX, field, message));
    }

    private static EpcDecoding parsePure(String rest) throws EpcException {
        int colon = rest.indexOf(':');
        if (colon < 0) {
            return syntax("scheme", "pure identity URI lacks ':' after the namespace");
        }
        List<EpcScheme> candidates = EpcScheme.forPureIdentityName(rest.substring(0, colon));
        if (candidates.isEmpty()) {
            return syntax("scheme", "unknown EPC namespace \"" + rest.substring(0, colon) + "\"");
        }
        List<EpcFinding> last = List.of();
        for (EpcScheme s : candidates) {
            List<String> fields = splitFields(rest.substring(colon + 1), s.fieldNames());
            Epc epc = new Epc(s, 0, fields);
            last = EpcChecks.validate(epc);
            if (last.isEmpty()) {
                return EpcDecoding.of(epc);
            }
        }
        return new EpcDecoding(Optional.empty(), last);
    }

    private static EpcDecoding parseTag(String rest) throws EpcException {
        int[] cursor = {0};
        EpcControl control = controlFields(rest, cursor);
        rest = rest.substring(cursor[0]);
        int colon = rest.indexOf(':');
        if (colon < 0) {
            return syntax("scheme", "tag URI lacks ':' after the scheme name");
        }
        String name = rest.substring(0, colon);
        Optional<EpcScheme> scheme = EpcScheme.forTagUriName(name);
        if (scheme.isEmpty()) {
            return syntax("scheme", "unknown or unsupported tag URI scheme \"" + name + "\"");
        }
        EpcScheme s = scheme.get();
        String body = rest.substring(colon + 1);
        int filter = 0;
        if (s.filterBits() > 0) {
            int dot = body.indexOf('.');
            String f = dot < 0 ? body : body.substring(0, dot);
            if (f.isEmpty() || f.length() > 3 || !EpcChars.allDigits(f)) {
                return EpcDecoding.failed(new EpcFinding(EpcRules.URI_SYNTAX, "filter", "filter must be a decimal number, got \"" + f + "\""));
            }
            filter = Integer.parseInt(f);
            body = dot < 0 ? "" : body.substring(dot + 1);
        }
        Epc epc = new Epc(s, filter, splitFields(body, s.fieldNames()), control);
        List<EpcFinding> findings = EpcChecks.validate(epc);
        return findings.isEmpty() ? EpcDecoding.of(epc) : new EpcDecoding(Optional.empty(), findings);
    }

    private static EpcDecoding parseRaw(String rest) throws EpcException {
        int[] cursor = {0};
        EpcControl control = controlFields(rest, cursor);
        rest = rest.substring(cursor[0]);
        int dot = rest.indexOf('.');
        if (dot <= 0 || !EpcChars.allDigits(rest.substring(0, dot)) || rest.charAt(0) == '0' || dot > 4) {
            return syntax("length", "raw URI must start with the bit length, a decimal number without leading zeros");
        }
        int length = Integer.parseInt(rest.substring(0, dot));
        String value = rest.substring(dot + 1);
        String hex;
        if (value.startsWith("x")) {
            hex = value.substring(1);
            if (hex.indexOf('.') >= 0) {
                return EpcDecoding.failed(new EpcFinding(EpcRules.NOT_EPC_TOGGLE, "afi",
                        "raw URI carries an AFI (toggle 1): the bank holds an ISO UII, not an EPC"));
            }
        } else if (!value.isEmpty() && EpcChars.allDigits(value)) {
            BigInteger v = new BigInteger(value);
            if (v.bitLength() > length) {
                return syntax("value", "decimal value does not fit in " + length + " bits");
            }
            hex = String.format("%" + (length + 3) / 4 + "s", v.shiftLeft((4 - length % 4) % 4).toString(16)).replace(' ', '0');
        } else {
            return syntax("value", "raw URI value must be x followed by hex digits, or decimal digits");
        }
        if (hex.length() != (length + 3) / 4) {
            return syntax("value", "a " + length + "-bit raw value takes " + (length + 3) / 4 + " hex digits, got " + hex.length());
        }
        Bits bits = Bits.fromHex(hex);
        if (bits == null) {
            return syntax("value", "raw value holds a character that is not a hex digit");
        }
        EpcDecoding d = EpcBinaryCodec.decode(bits);
        if (d.epc().isEmpty()) {
            return d;
        }
        return EpcDecoding.of(d.epc().get().withControl(control));
    }

    /** Parses "[att=xNN][umi=1][xpc=xNNNN]:" at the start; advances cursor past the ':' when fields are present. */
    static EpcControl controlFields(String s, int[] cursor) throws EpcException {
        if (!s.startsWith("[")) {
            return EpcControl.NONE;
        }
        int att = 0;
        boolean umi = false;
        int xpc = 0;
        int lastOrder = -1;
        int p = 0;
        while (p < s.length() && s.charAt(p) == '[') {
            int close = s.indexOf(']', p);
            int eq = s.indexOf('=', p);
            if (close < 0 || eq < 0 || eq > close) {
                throw control(EpcRules.CONTROL_SYNTAX, "control field at " + p + " is not [name=value]");
            }
            String name = s.substring(p + 1, eq);
            String value = s.substring(eq + 1, close);
            int order;
            switch (name) {
                case "att" -> {
                    order = 0;
                    att = hexValue(name, value, 2);
                }
                case "umi" -> {
                    order = 1;
                    if (!value.equals("0") && !value.equals("1")) {
                        throw control(EpcRules.CONTROL_SYNTAX, "umi must be 0 or 1, got \"" + value + "\"");
                    }
                    umi = value.equals("1");
                }
                case "xpc" -> {
                    order = 2;
                    xpc = hexValue(name, value, 4);
                }
                default -> throw control(EpcRules.CONTROL_SYNTAX, "unknown control field \"" + name + "\"");
            }
            if (order <= lastOrder) {
                throw control(EpcRules.CONTROL_ORDER, "control field " + name
                        + " repeats or comes out of order; the order is att, umi, xpc");
            }
            lastOrder = order;
            p = close + 1;
        }
        if (p >= s.length() || s.charAt(p) != ':') {
            throw control(EpcRules.CONTROL_SYNTAX, "control fields must be followed by ':'");
        }
        cursor[0] = p + 1;
        return new EpcControl(att, umi, xpc);
    }

    private static int hexValue(String name, String value, int digits) throws EpcException {
        if (value.length() != digits + 1 || value.charAt(0) != 'x') {
            throw control(EpcRules.CONTROL_SYNTAX, name + " must be x followed by " + digits + " hex digits, got \"" + value + "\"");
        }
        int v = 0;
        for (int i = 1; i < value.length(); i++) {
            int d = Hex.value(value.charAt(i));
            if (d < 0) {
                throw control(EpcRules.CONTROL_SYNTAX, name + " must be x followed by " + digits + " hex digits, got \"" + value + "\"");
            }
            v = v << 4 | d;
        }
        return v;
    }

    private static EpcException control(String rule, String message) {
        return new EpcException(new EpcFinding(rule, "control", message));
    }

    /** Splits the dot-separated body into exactly the scheme's fields (the last one keeps any further dots). */
    private static List<String> splitFields(String body, List<String> names) throws EpcException {
        List<String> out = new ArrayList<>(names.size());
        int p = 0;
        for (int i = 0; i < names.size(); i++) {
            boolean last = i == names.size() - 1;
            int dot = last ? body.length() : body.indexOf('.', p);
            if (dot < 0) {
                throw new EpcException(new EpcFinding(EpcRules.URI_SYNTAX, names.get(i + 1),
                        "URI has fewer fields than " + names + " (separated by '.')"));
            }
            out.add(EpcChars.unescape(body.substring(p, dot), names.get(i)));
            p = dot + 1;
        }
        return out;
    }
}
