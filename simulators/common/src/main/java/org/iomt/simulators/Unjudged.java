package org.iomt.simulators;

import java.util.Set;
import java.util.function.Predicate;

/**
 * The rows a fault leaves without a verdict besides those it breaks: what the misbehaviour takes away is what those
 * rows are judged on (a patch whose every CONNECT is refused sends no reading; a broker that withholds PUBCOMP
 * completes no QoS 2 delivery). Such rows end INCONCLUSIVE or NOT_APPLICABLE under the fault, never FAIL; every other
 * row keeps its verdict of the reference run, which the suite's own tests check.
 */
public final class Unjudged {

    private static final Unjudged NONE = new Unjudged("", row -> false);

    private final String why;
    private final Predicate<String> rows;

    private Unjudged(String why, Predicate<String> rows) {
        this.why = why;
        this.rows = rows;
    }

    /** A fault that leaves every row it does not break judgeable. */
    public static Unjudged none() {
        return NONE;
    }

    /** These rows, {@code <set>:<id>}, for the reason given. */
    public static Unjudged rows(String why, Set<String> rows) {
        return new Unjudged(why, Set.copyOf(rows)::contains);
    }

    /** Every row of one catalogue set, such as {@code mqtt-5.0}. */
    public static Unjudged everyRowOf(String set, String why) {
        return new Unjudged(why, row -> row.startsWith(set + ":"));
    }

    /** Every row: the fault stops all that the run observes. */
    public static Unjudged everyRow(String why) {
        return new Unjudged(why, row -> true);
    }

    /** Whether the fault may leave this row without a verdict. */
    public boolean covers(String requirement) {
        return rows.test(requirement);
    }

    /** Why the rows cannot be judged under the fault; empty for {@link #none()}. */
    public String why() {
        return why;
    }
}
