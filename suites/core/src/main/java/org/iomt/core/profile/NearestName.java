package org.iomt.core.profile;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The known name nearest a mistyped one, by edit distance, for "did you mean" hints. */
public final class NearestName {

    private NearestName() {
    }

    /**
     * The known name fewest single-character edits away from {@code typed}, if it is close enough to be the one meant:
     * at most two edits, and fewer than half the typed name's length.
     */
    public static Optional<String> to(String typed, Collection<String> known) {
        int limit = Math.min(2, (typed.length() - 1) / 2);
        return known.stream()
                .filter(k -> distance(typed, k) <= limit)
                .min(Comparator.comparingInt((String k) -> distance(typed, k)).thenComparing(Comparator.naturalOrder()));
    }

    /** The Levenshtein distance: insertions, deletions and substitutions of one character. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
