package org.iomt.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iomt.reports.record.Level;
import org.iomt.reports.record.RequirementResult;
import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.Scope;
import org.iomt.reports.record.Verdict;

/**
 * The run in plain text for a terminal: one fixed-width line per requirement, then totals, the scope and the result
 * line.
 * No colours, no line longer than {@link #WIDTH} unless a requirement id alone is longer.
 */
public final class SummaryTable {

    /** The widest line the table aims for. */
    public static final int WIDTH = 110;

    private static final int VERDICT_COLUMN = 14; // "NOT_APPLICABLE"
    private static final int LEVEL_COLUMN = 6;    // "SHOULD"
    private static final int MAX_ID_COLUMN = 48;

    private SummaryTable() {
    }

    /** The table, lines ending with {@code \n}. */
    public static String render(RunRecord r) {
        int idColumn = Math.min(MAX_ID_COLUMN, Math.max(2, r.requirements().stream()
                .mapToInt(q -> Texts.oneLine(q.id()).length()).max().orElse(2)));
        String format = "%-" + VERDICT_COLUMN + "s  %-" + LEVEL_COLUMN + "s  %-" + idColumn + "s  %s";
        List<String> lines = new ArrayList<>();
        lines.add(String.format(format, "VERDICT", "LEVEL", "ID", "SUMMARY").stripTrailing());
        lines.add("-".repeat(WIDTH));
        for (RequirementResult q : r.requirements()) {
            String id = Texts.oneLine(q.id());
            String prefix = String.format(format, name(q.verdict()), q.level() == null ? "" : q.level().name(), id, "");
            String summary = Texts.truncate(Texts.oneLine(q.summary()), Math.max(10, WIDTH - prefix.length()));
            lines.add((prefix + summary).stripTrailing());
        }
        lines.add("-".repeat(WIDTH));
        lines.add(totalsLine("Requirements", r.requirementTotals(), r.requirements().size()));
        lines.add(totalsLine("Scenarios", r.scenarioTotals(), r.scenarios().size()));
        lines.add(Texts.truncate(scopeLine(r.scope()), WIDTH));
        if (r.interrupted() != null) {
            lines.add("Interrupted: by " + Texts.oneLine(r.interrupted().signal()) + " at " + Texts.utc(r.interrupted().at())
                    + "; " + r.interrupted().notRun().size() + " scenario(s) not run");
        }
        if (!r.warnings().isEmpty()) {
            lines.add("Warnings: " + r.warnings().size() + " SHOULD/MAY requirement(s) not passing: "
                    + Texts.truncate(String.join(", ", r.warnings().stream().map(q -> Texts.oneLine(q.id())).toList()),
                    WIDTH - 50));
        }
        lines.add(resultLine(r));
        return String.join("\n", lines) + "\n";
    }

    /**
     * The one-line outcome, such as
     * {@code RESULT: NOT CERTIFIED - 2 FAIL, 1 INCONCLUSIVE of 14 applicable MUST requirements}, or
     * {@code RESULT: INTERRUPTED by SIGTERM - not certified; 80 of 109 scenarios not run; so far 1 FAIL of 9 applicable
     * MUST requirements}.
     */
    public static String resultLine(RunRecord r) {
        List<RequirementResult> applicableMust = r.requirements().stream()
                .filter(q -> q.level() == Level.MUST && q.verdict() != Verdict.NOT_APPLICABLE)
                .toList();
        int n = applicableMust.size();
        String of = " of " + n + " applicable MUST requirement" + (n == 1 ? "" : "s");
        if (r.certified()) {
            return "RESULT: CERTIFIED - " + n + " PASS" + of;
        }
        List<String> parts = new ArrayList<>();
        for (Verdict v : List.of(Verdict.ERROR, Verdict.FAIL, Verdict.INCONCLUSIVE)) {
            long count = applicableMust.stream().filter(q -> q.verdict() == v).count();
            if (count > 0) {
                parts.add(count + " " + v.name());
            }
        }
        if (r.interrupted() != null) {
            int notRun = r.interrupted().notRun().size();
            return "RESULT: INTERRUPTED by " + Texts.oneLine(r.interrupted().signal()) + " - not certified; " + notRun + " of "
                    + (notRun + r.scenarios().size()) + " scenarios not run"
                    + (parts.isEmpty() ? "" : "; so far " + String.join(", ", parts) + of);
        }
        StringBuilder line = new StringBuilder("RESULT: NOT CERTIFIED - ");
        if (n == 0) {
            line.append("no applicable MUST requirements");
        } else if (parts.isEmpty()) {
            line.append("overall verdict ").append(name(r.verdict())).append(of);
        } else {
            line.append(String.join(", ", parts)).append(of);
        }
        long otherErrors = r.requirements().stream()
                .filter(q -> q.level() != Level.MUST && q.verdict() == Verdict.ERROR).count();
        if (otherErrors > 0) {
            line.append("; test system ERROR in ").append(otherErrors).append(" SHOULD/MAY requirement")
                    .append(otherErrors == 1 ? "" : "s");
        }
        return line.toString();
    }

    /**
     * The run's scope in one line, such as
     * {@code Scope:        35 of 231 applicable rows judged, 196 not (159 not tested, 16 no scenario, 21 not applicable)}.
     */
    static String scopeLine(Scope scope) {
        String line = String.format("%-13s", "Scope:") + " " + scope.judged() + " of " + scope.applicable()
                + " applicable rows judged, " + scope.notJudged() + " not";
        List<String> kinds = scope.notJudgedByKind().entrySet().stream()
                .map(kind -> kind.getValue() + " " + kind.getKey().label()).toList();
        return kinds.isEmpty() ? line : line + " (" + String.join(", ", kinds) + ")";
    }

    private static String totalsLine(String label, Map<Verdict, Integer> totals, int all) {
        StringBuilder b = new StringBuilder(String.format("%-13s", label + ":"));
        for (Verdict v : Verdict.values()) {
            b.append(' ').append(totals.getOrDefault(v, 0)).append(' ').append(v.name()).append(',');
        }
        b.setLength(b.length() - 1);
        return b.append("  (").append(all).append(" in all)").toString();
    }

    private static String name(Verdict v) {
        return v == null ? "" : v.name();
    }
}
