package org.iomt.standards.gs1;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * GS1 Digital Link URIs (uncompressed form): parse into an element string with findings, and generate
 * the canonical URI from an element string.
 *
 * <p>Parsing: scheme http/https in all lower or all upper case; host checked for its character set only;
 * any path stem; the right-most primary key whose qualifiers fill the rest of the path; qualifiers in one
 * of the key's defined orders; numeric query parameters are data attributes (other parameters and bare
 * singletons are ignored); the fragment is ignored; percent-escapes decoded ({@code +} is a plus in the
 * path and a space in the query). Every AI value is then checked with {@link ElementStrings#validate}.
 *
 * <p>Not supported: compressed Digital Link URIs, convenience alphas ({@code /gtin/...}), and
 * zero-suppressed GTINs (a 13-digit GTIN is reported, as the GS1 syntax engine does by default).
 */
public final class DigitalLink {
    /** The default domain of canonical URIs. */
    public static final String DEFAULT_DOMAIN = "https://id.gs1.org";
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9\\-._~:\\[\\]]+");

    private DigitalLink() {
    }

    /** Parses and validates a Digital Link URI. */
    public static Gs1Parse parse(String uri) {
        List<Gs1Finding> findings = new ArrayList<>();
        Optional<ElementString> es = read(uri, findings);
        return new Gs1Parse(es, findings);
    }

    private static Optional<ElementString> read(String uri, List<Gs1Finding> findings) {
        if (uri == null) {
            findings.add(new Gs1Finding(Gs1Rules.DL_SCHEME, "", "URI is null"));
            return Optional.empty();
        }
        int colon = uri.indexOf(':');
        String scheme = colon < 0 ? "" : uri.substring(0, colon);
        if (!(scheme.equals("http") || scheme.equals("https") || scheme.equals("HTTP") || scheme.equals("HTTPS"))
                || !uri.startsWith("//", colon + 1)) {
            findings.add(new Gs1Finding(Gs1Rules.DL_SCHEME, "", "URI \"" + uri
                    + "\" does not start with http:// or https:// (all lower or all upper case)"));
            return Optional.empty();
        }
        String rest = uri.substring(colon + 3);
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            rest = rest.substring(0, hash);
        }
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        int slash = rest.indexOf('/');
        String host = slash < 0 ? rest : rest.substring(0, slash);
        if (host.isEmpty() || !HOST.matcher(host).matches()) {
            findings.add(new Gs1Finding(Gs1Rules.DL_SCHEME, "", "host \"" + host
                    + "\" is empty or has a character not allowed in a host"));
            return Optional.empty();
        }
        if (slash < 0) {
            findings.add(new Gs1Finding(Gs1Rules.DL_PRIMARY_KEY, "", "URI \"" + uri + "\" has no path"));
            return Optional.empty();
        }
        String[] segments = rest.substring(slash + 1).split("/", -1);
        if (segments.length > 1 && segments[segments.length - 1].isEmpty()) {
            findings.add(new Gs1Finding(Gs1Rules.DL_PATH, "", "path ends with \"/\"; a Digital Link URI ends with a value"));
            return Optional.empty();
        }
        int key = findKey(segments);
        if (key < 0) {
            findings.add(new Gs1Finding(Gs1Rules.DL_PRIMARY_KEY, "", "path of \"" + uri
                    + "\" holds no primary key AI followed by a value (and only key qualifiers after it)"));
            return Optional.empty();
        }
        AiDefinition keyDef = AiTable.find(segments[key]).orElseThrow();
        List<AiValue> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = key; i < segments.length; i += 2) {
            String ai = segments[i];
            if (segments[i + 1].isEmpty()) {
                findings.add(new Gs1Finding(Gs1Rules.DL_VALUE_MISSING, ai, "AI " + ai + " has an empty value segment"));
                return Optional.empty();
            }
            Optional<String> value = decode(segments[i + 1], ai, false, findings);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            if (!seen.add(ai)) {
                findings.add(new Gs1Finding(Gs1Rules.DL_DUPLICATE_AI, ai, "AI " + ai + " appears twice in the path"));
            }
            values.add(new AiValue(ai, value.get()));
        }
        List<String> qualifiers = values.stream().skip(1).map(AiValue::ai).toList();
        Optional<List<String>> sequence = matchingSequence(keyDef, qualifiers);
        if (sequence.isEmpty() && seen.size() == values.size()) {
            findings.add(new Gs1Finding(Gs1Rules.DL_QUALIFIER_ORDER, keyDef.ai(), "qualifiers " + qualifiers
                    + " after key " + keyDef.ai() + " do not follow an allowed order " + keyDef.dlQualifierPaths().get()));
        }
        if (keyDef.ai().equals("01")) {
            String gtin = values.get(0).value();
            if (gtin.length() != 14 && Gs1CheckDigit.allDigits(gtin)
                    && (gtin.length() == 8 || gtin.length() == 12 || gtin.length() == 13)) {
                findings.add(new Gs1Finding(Gs1Rules.DL_GTIN_14, "01", "GTIN \"" + gtin + "\" has " + gtin.length()
                        + " digits; a Digital Link URI writes it with 14 (leading zeros)"));
            }
        }
        List<String> pathQualifiers = sequence.orElse(qualifiers);
        for (String param : query.split("&")) {
            if (param.isEmpty()) {
                continue;
            }
            int eq = param.indexOf('=');
            if (eq < 0) {
                continue; // bare singleton: ignored
            }
            String name = param.substring(0, eq);
            if (name.isEmpty() || !Gs1CheckDigit.allDigits(name)) {
                continue; // not an AI: ignored
            }
            Optional<AiDefinition> def = AiTable.find(name);
            if (def.isEmpty()) {
                findings.add(new Gs1Finding(Gs1Rules.AI_UNKNOWN, name, "query parameter " + name + " is numeric but not a known AI"));
                continue;
            }
            if (name.equals(keyDef.ai()) || pathQualifiers.contains(name) || keyDef.allowedQualifiers().contains(name)
                    && !sequenceExcludes(keyDef, pathQualifiers, name)) {
                boolean dup = seen.contains(name);
                findings.add(new Gs1Finding(dup ? Gs1Rules.DL_DUPLICATE_AI : Gs1Rules.DL_QUERY_AI, name, "AI " + name
                        + (dup ? " already appears in the path" : " is a key qualifier of " + keyDef.ai()
                        + " and belongs in the path, not in the query")));
                continue;
            }
            if (!def.get().dlDataAttribute()) {
                findings.add(new Gs1Finding(Gs1Rules.DL_QUERY_AI, name, "AI " + name + " may not be a Digital Link data attribute"));
                continue;
            }
            String raw = param.substring(eq + 1);
            if (raw.isEmpty()) {
                findings.add(new Gs1Finding(Gs1Rules.DL_EMPTY_VALUE, name, "query parameter " + name + " has an empty value"));
                continue;
            }
            Optional<String> value = decode(raw, name, true, findings);
            if (value.isEmpty()) {
                continue;
            }
            if (!seen.add(name)) {
                findings.add(new Gs1Finding(Gs1Rules.DL_DUPLICATE_AI, name, "AI " + name + " appears more than once"));
                continue;
            }
            values.add(new AiValue(name, value.get()));
        }
        ElementString es = new ElementString(values);
        findings.addAll(ElementStrings.validate(es));
        return Optional.of(es);
    }

    /** True when the qualifiers used in the path pick an alternative sequence that does not contain ai. */
    private static boolean sequenceExcludes(AiDefinition key, List<String> pathQualifiers, String ai) {
        if (pathQualifiers.isEmpty()) {
            return false;
        }
        for (List<String> seq : key.dlQualifierPaths().get()) {
            if (seq.containsAll(pathQualifiers)) {
                return !seq.contains(ai);
            }
        }
        return false;
    }

    /** The right-most primary key whose following segments are AI/value pairs of its qualifiers. */
    private static int findKey(String[] segments) {
        for (int i = segments.length - 2; i >= 0; i--) {
            if ((segments.length - i) % 2 != 0) {
                continue;
            }
            Optional<AiDefinition> def = AiTable.find(segments[i]);
            if (def.isEmpty() || !def.get().isPrimaryKey()) {
                continue;
            }
            List<String> allowed = def.get().allowedQualifiers();
            boolean ok = true;
            for (int j = i + 2; j < segments.length; j += 2) {
                if (!allowed.contains(segments[j])) {
                    ok = false;
                    break;
                }
            }
            if (ok) {
                return i;
            }
        }
        return -1;
    }

    /** The allowed sequence the qualifiers follow (as an ordered subsequence), if any. */
    private static Optional<List<String>> matchingSequence(AiDefinition key, List<String> qualifiers) {
        for (List<String> seq : key.dlQualifierPaths().get()) {
            int pos = 0;
            boolean ok = true;
            for (String ai : qualifiers) {
                int at = seq.indexOf(ai);
                if (at < pos) {
                    ok = false;
                    break;
                }
                pos = at + 1;
            }
            if (ok) {
                return Optional.of(seq);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> decode(String s, String ai, boolean query, List<Gs1Finding> findings) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%') {
                int hi = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
                int lo = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0 || hi * 16 + lo == 0) {
                    findings.add(new Gs1Finding(Gs1Rules.DL_PERCENT_ENCODING, ai, "AI " + ai + " value \"" + s
                            + "\" has a '%' at position " + i + " not followed by two hex digits (or encoding NUL)"));
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+' && query) {
                bytes.write(' ');
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            findings.add(new Gs1Finding(Gs1Rules.DL_PERCENT_ENCODING, ai, "AI " + ai + " value \"" + s
                    + "\" does not decode to UTF-8"));
            return Optional.empty();
        }
    }

    /** The canonical URI on {@link #DEFAULT_DOMAIN}. */
    public static String canonical(ElementString es) {
        return canonical(es, DEFAULT_DOMAIN);
    }

    /**
     * The canonical Digital Link URI of an element string: the first primary key and its qualifiers (in the
     * defined order) in the path; then in the query the other AIs of predefined length, then the rest, each
     * group in input order. Repeated identical AIs are written once. Values are percent-encoded except
     * for unreserved characters.
     *
     * @param domain scheme and host, optionally with a path stem, e.g. "https://example.com"
     * @throws IllegalArgumentException when there is no primary key, or an AI may not be a data attribute
     */
    public static String canonical(ElementString es, String domain) {
        List<AiValue> values = new ArrayList<>();
        Set<String> seenPairs = new HashSet<>();
        for (AiValue v : es.values()) {
            if (seenPairs.add(v.ai() + "\u0000" + v.value())) {
                values.add(v);
            }
        }
        AiValue key = values.stream().filter(v -> AiTable.find(v.ai()).map(AiDefinition::isPrimaryKey).orElse(false))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("element string " + es.bracketed()
                        + " holds no Digital Link primary key"));
        AiDefinition keyDef = AiTable.find(key.ai()).orElseThrow();
        List<String> best = List.of();
        int bestCount = -1;
        for (List<String> seq : keyDef.dlQualifierPaths().get()) {
            int count = (int) seq.stream().filter(ai -> values.stream().anyMatch(v -> v.ai().equals(ai))).count();
            if (count > bestCount) {
                best = seq;
                bestCount = count;
            }
        }
        StringBuilder sb = new StringBuilder(domain.endsWith("/") ? domain.substring(0, domain.length() - 1) : domain);
        sb.append('/').append(key.ai()).append('/').append(escape(key.value(), false));
        Set<AiValue> used = new HashSet<>();
        used.add(key);
        for (String ai : best) {
            for (AiValue v : values) {
                if (v.ai().equals(ai) && !used.contains(v)) {
                    sb.append('/').append(ai).append('/').append(escape(v.value(), false));
                    used.add(v);
                    break;
                }
            }
        }
        List<AiValue> fixed = new ArrayList<>();
        List<AiValue> variable = new ArrayList<>();
        for (AiValue v : values) {
            if (used.contains(v)) {
                continue;
            }
            Optional<AiDefinition> def = AiTable.find(v.ai());
            if (def.isEmpty() || !def.get().dlDataAttribute()) {
                throw new IllegalArgumentException("AI (" + v.ai() + ") may not be a Digital Link data attribute");
            }
            (def.get().predefinedLength() ? fixed : variable).add(v);
        }
        char sep = '?';
        for (List<AiValue> group : List.of(fixed, variable)) {
            for (AiValue v : group) {
                sb.append(sep).append(v.ai()).append('=').append(escape(v.value(), true));
                sep = '&';
            }
        }
        return sb.toString();
    }

    /** Percent-encodes all but RFC 3986 unreserved characters; in the query a space becomes '+'. */
    static String escape(String value, boolean query) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else if (c == ' ' && query) {
                sb.append('+');
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
