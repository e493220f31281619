package org.iomt.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Small text helpers shared by the writers: safe characters, times and durations. */
final class Texts {

    private static final DateTimeFormatter UTC_SECONDS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Texts() {
    }

    /** The empty string for null, the text otherwise. */
    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * Replaces every character XML 1.0 cannot carry (controls other than tab, LF, CR; lone surrogates; U+FFFE,
     * U+FFFF) by a visible {@code \\uXXXX}, so that text a device controls cannot break a document.
     */
    static String xmlSafe(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            int width = 1;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                ok = true;
                width = 2;
            } else if (Character.isSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (ok) {
                if (out != null) {
                    out.append(s, i, i + width);
                }
            } else {
                if (out == null) {
                    out = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
            i += width - 1;
        }
        return out == null ? s : out.toString();
    }

    /** One line of plain text: controls (line breaks included) become spaces, XML-unsafe characters escaped. */
    static String oneLine(String s) {
        String safe = xmlSafe(s);
        StringBuilder out = new StringBuilder(safe.length());
        for (int i = 0; i < safe.length(); i++) {
            char c = safe.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        return out.toString();
    }

    /** Cuts a text to at most {@code width} characters, marking a cut with "...". */
    static String truncate(String s, int width) {
        if (s.length() <= width) {
            return s;
        }
        if (width <= 3) {
            return s.substring(0, Math.max(0, width));
        }
        int end = width - 3;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "...";
    }

    /** An instant in UTC to the second, for people; null as the empty string. */
    static String utc(Instant t) {
        return t == null ? "" : UTC_SECONDS.format(t);
    }

    /** Wall time between two instants, as "1 h 02 min 03 s" or "4.250 s"; empty when either is missing. */
    static String duration(Instant from, Instant to) {
        if (from == null || to == null) {
            return "";
        }
        return duration(Duration.between(from, to));
    }

    static String duration(Duration d) {
        if (d.isNegative()) {
            return "-" + duration(d.negated());
        }
        long s = d.getSeconds();
        if (s < 60) {
            return String.format(Locale.ROOT, "%.3f s", d.toMillis() / 1000.0);
        }
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min %02d s", s / 3600, (s % 3600) / 60, s % 60);
    }

    /** Milliseconds as seconds with three decimals, the way JUnit XML writes time. */
    static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", Math.max(0, millis) / 1000.0);
    }

    /** A copy sorted by key, so that maps print the same way on every run. */
    static Map<String, String> sorted(Map<String, String> m) {
        return m == null ? Map.of() : new TreeMap<>(m);
    }
}
