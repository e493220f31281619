package org.iomt.standards.gs1;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The GTIN part of GS1 Digital Link URIs: {@code {stem}/01/{gtin14}[/22/{cpv}][/10/{lot}][/21/{serial}]}.
 *
 * <p>Parsing anchors on the right-most {@code 01} segment that is followed by a 14-digit value (a custom
 * path stem before it is allowed), decodes percent-escapes, and reads the qualifiers 22, 10, 21 in that
 * order. Path segments after the recognised ones, the query and the fragment are ignored for now. Other
 * primary keys and query attributes are not handled here; {@link DigitalLink#parse} reads and validates whole
 * Digital Link URIs.
 */
public final class Gs1DigitalLinkPaths {
    private static final String GTIN_AI = "01";
    /** Key qualifiers of AI 01, in the order the path must give them. */
    private static final List<String> QUALIFIERS = List.of("22", "10", "21");
    private static final Map<String, String> QUALIFIER_NAMES = Map.of(
            "22", "consumer product variant", "10", "batch/lot", "21", "serial number");
    /** GS1 AI encodable character set 82. */
    private static final Pattern CSET82 = Pattern.compile("[!\"%&'()*+,\\-./0-9:;<=>?A-Z_a-z]{1,20}");
    private static final Pattern FOURTEEN_DIGITS = Pattern.compile("[0-9]{14}");

    private Gs1DigitalLinkPaths() {
    }

    /**
     * Reads the GTIN key and its qualifiers from a Digital Link URI.
     *
     * @throws Gs1Exception with one of the {@code DL_*}, {@code CHECK_DIGIT} or {@code AI_VALUE} rules
     */
    public static DigitalLinkKey parseGtinKey(String uri) throws Gs1Exception {
        if (uri == null) {
            throw new Gs1Exception(Gs1Rules.DL_SCHEME, "URI is null");
        }
        int colon = uri.indexOf(':');
        String scheme = colon < 0 ? "" : uri.substring(0, colon);
        if (!(scheme.equals("http") || scheme.equals("https") || scheme.equals("HTTP") || scheme.equals("HTTPS"))
                || !uri.startsWith("//", colon + 1)) {
            throw new Gs1Exception(Gs1Rules.DL_SCHEME, "URI \"" + uri
                    + "\" does not start with http:// or https:// (all lower or all upper case)");
        }
        String rest = uri.substring(colon + 3);
        int end = indexOfAny(rest, "?#");
        rest = end < 0 ? rest : rest.substring(0, end);
        int slash = rest.indexOf('/');
        if (slash <= 0) {
            throw new Gs1Exception(Gs1Rules.DL_PRIMARY_KEY, "URI \"" + uri + "\" has no host or no path");
        }
        String[] segments = rest.substring(slash + 1).split("/", -1);

        int key = findKey(segments);
        if (key < 0) {
            throw new Gs1Exception(Gs1Rules.DL_PRIMARY_KEY, "URI \"" + uri
                    + "\" has no path segment 01 followed by a GTIN, expected .../01/{14-digit GTIN}");
        }
        String gtin = decode(segments[key + 1], GTIN_AI);
        if (!FOURTEEN_DIGITS.matcher(gtin).matches()) {
            if (gtin.length() != 14) {
                throw new Gs1Exception(Gs1Rules.DL_GTIN_14, "GTIN \"" + gtin + "\" has " + gtin.length()
                        + " characters, expected 14 digits (pad GTIN-8/12/13 with leading zeros)");
            }
            throw new Gs1Exception(Gs1Rules.GTIN_DIGITS, "GTIN \"" + gtin + "\" has a character other than 0-9");
        }
        Gtin.parse(gtin); // check digit

        String[] values = new String[QUALIFIERS.size()];
        int lastOrder = -1;
        int i = key + 2;
        while (i < segments.length) {
            int order = QUALIFIERS.indexOf(segments[i]);
            if (order < 0) {
                break; // not a key qualifier: the rest is ignored for now
            }
            String ai = segments[i];
            if (order <= lastOrder) {
                throw new Gs1Exception(Gs1Rules.DL_QUALIFIER_ORDER, "AI " + ai + " comes after AI "
                        + QUALIFIERS.get(lastOrder) + ", expected the key qualifiers of 01 in the order 22, 10, 21,"
                        + " each at most once");
            }
            if (i + 1 >= segments.length || segments[i + 1].isEmpty()) {
                throw new Gs1Exception(Gs1Rules.DL_VALUE_MISSING, "AI " + ai + " (" + QUALIFIER_NAMES.get(ai)
                        + ") has no value segment after it");
            }
            String value = decode(segments[i + 1], ai);
            if (!CSET82.matcher(value).matches()) {
                throw new Gs1Exception(Gs1Rules.DL_AI_VALUE, "AI " + ai + " value \"" + value + "\" has "
                        + value.length() + " characters, expected 1 to 20 characters of GS1 character set 82");
            }
            values[order] = value;
            lastOrder = order;
            i += 2;
        }
        return new DigitalLinkKey(gtin, Optional.ofNullable(values[0]), Optional.ofNullable(values[1]),
                Optional.ofNullable(values[2]));
    }

    /**
     * Builds {@code baseUri/01/{gtin14}/21/{serial}} with the serial percent-encoded; no {@code /21} part
     * when the serial is null or empty.
     *
     * @throws IllegalArgumentException for a GTIN that is not 14 digits with a valid check digit, or a
     *                                  serial outside 1..20 characters of character set 82
     */
    public static String format(String baseUri, String gtin14, String serial) {
        if (gtin14 == null || !FOURTEEN_DIGITS.matcher(gtin14).matches() || !Gs1CheckDigit.isValid(gtin14)) {
            throw new IllegalArgumentException("expected a 14-digit GTIN with a valid check digit, got \"" + gtin14 + "\"");
        }
        StringBuilder sb = new StringBuilder(baseUri.endsWith("/") ? baseUri.substring(0, baseUri.length() - 1)
                : baseUri);
        sb.append('/').append(GTIN_AI).append('/').append(gtin14);
        if (serial != null && !serial.isEmpty()) {
            if (!CSET82.matcher(serial).matches()) {
                throw new IllegalArgumentException("serial \"" + serial
                        + "\" is not 1 to 20 characters of GS1 character set 82");
            }
            sb.append("/21/").append(encode(serial));
        }
        return sb.toString();
    }

    private static int findKey(String[] segments) {
        int fallback = -1;
        for (int i = segments.length - 2; i >= 0; i--) {
            if (segments[i].equals(GTIN_AI)) {
                if (FOURTEEN_DIGITS.matcher(segments[i + 1]).matches()) {
                    return i;
                }
                if (fallback < 0) {
                    fallback = i;
                }
            }
        }
        return fallback;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Percent-decoding of one path segment ({@code +} stays a plus in the path). */
    static String decode(String segment, String ai) throws Gs1Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%') {
                int hi = i + 2 < segment.length() ? Character.digit(segment.charAt(i + 1), 16) : -1;
                int lo = i + 2 < segment.length() ? Character.digit(segment.charAt(i + 2), 16) : -1;
                if (hi < 0 || lo < 0) {
                    throw new Gs1Exception(Gs1Rules.DL_PERCENT_ENCODING, "AI " + ai + " value \"" + segment
                            + "\" has a '%' at position " + i + " not followed by two hex digits");
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(utf8, 0, utf8.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new Gs1Exception(Gs1Rules.DL_PERCENT_ENCODING, "AI " + ai + " value \"" + segment
                    + "\" does not decode to UTF-8");
        }
    }

    /** Percent-encodes everything but RFC 3986 unreserved characters. */
    static String encode(String value) {
        StringBuilder sb = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
