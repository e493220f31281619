package org.iomt.reports;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.iomt.reports.record.Interruption;
import org.iomt.reports.record.Level;
import org.iomt.reports.record.NotRunScenario;
import org.iomt.reports.record.ProductIdentity;
import org.iomt.reports.record.ProfileSummary;
import org.iomt.reports.record.RequirementResult;
import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.ScenarioResult;
import org.iomt.reports.record.Scope;
import org.iomt.reports.record.Verdict;

/**
 * Writes {@code report.html}, the certification report: one self-contained file (inline CSS, no scripts, no
 * external resources) that reads on screen and on paper. Every text from the record is escaped, since some of
 * it (a reason quoting a payload, a firmware string) comes from the device under test. The report of an interrupted
 * run says so in its banner and lists the scenarios it did not run.
 */
public final class HtmlReportWriter {

    /** Evidence references that may become links: relative, inside the run directory, no scheme. */
    private static final Pattern SAFE_LINK = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*(#[A-Za-z0-9._-]*)?");

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:#1b1b1b;margin:2em auto;max-width:72em;padding:0 1em;line-height:1.4}
            h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #999}
            table{border-collapse:collapse;width:100%;margin:.5em 0;font-size:.92em}
            th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top}
            td:first-child code{white-space:nowrap}
            th{background:#eee}thead{display:table-header-group}tr{page-break-inside:avoid;break-inside:avoid}
            table.kv th{width:14em}td.num{text-align:right}
            code,.mono{font-family:ui-monospace,Consolas,"Liberation Mono",monospace;font-size:.95em;overflow-wrap:anywhere}
            .banner{padding:.8em 1em;border:3px solid;font-size:1.3em;font-weight:bold;margin:1em 0}
            .banner.certified{border-color:#1a7f37;background:#e6f4ea;color:#0d4d22}
            .banner.not-certified{border-color:#b3261e;background:#fbe9e7;color:#7a1712}
            .v{font-weight:bold;white-space:nowrap;padding:0 .3em;border-radius:3px}
            .v-PASS{color:#fff;background:#1a7f37}.v-FAIL{color:#fff;background:#b3261e}
            .v-INCONCLUSIVE{color:#1b1b1b;background:#f0b400}.v-NOT_APPLICABLE{color:#fff;background:#6e6e6e}
            .v-ERROR{color:#fff;background:#6f2dbd}
            .reason{white-space:pre-wrap;overflow-wrap:anywhere}
            .muted{color:#555}
            footer{margin-top:2em;font-size:.85em;color:#555}
            @media print{body{margin:0;max-width:none;font-size:10pt}a{color:inherit;text-decoration:none}
            *{-webkit-print-color-adjust:exact;print-color-adjust:exact}h2{break-after:avoid}}
            """;

    private HtmlReportWriter() {
    }

    /** Writes the report to {@code file} (UTF-8), creating parent directories as needed. */
    public static void write(RunRecord r, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, render(r), StandardCharsets.UTF_8);
    }

    /** The report as HTML text. */
    public static String render(RunRecord r) {
        Html h = new Html();
        String title = "Certification report - run " + Texts.orEmpty(r.runId());
        h.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .raw("<title>").text(title).raw("</title>\n<style>\n").raw(CSS).raw("</style>\n</head>\n<body>\n");
        h.raw("<h1>").text(title).raw("</h1>\n");
        h.raw("<p class=\"muted\">Report id <code>").text(r.runId()).raw("</code> &middot; schema <code>")
                .text(r.schema()).raw("</code></p>\n");
        banner(h, r);
        product(h, r.product());
        profile(h, r.profile());
        method(h, r);
        totals(h, r);
        interruption(h, r.interrupted());
        requirements(h, r.requirements());
        warnings(h, r.warnings());
        scope(h, r);
        scenarios(h, r.scenarios());
        h.raw("<footer>Evidence references are relative to the run directory that holds this report. ")
                .raw("Verdicts, worst last: NOT_APPLICABLE &lt; PASS &lt; INCONCLUSIVE &lt; FAIL &lt; ERROR.</footer>\n");
        h.raw("</body>\n</html>\n");
        return h.toString();
    }

    private static void banner(Html h, RunRecord r) {
        Verdict v = r.verdict();
        boolean certified = r.certified();
        h.raw("<div class=\"banner ").raw(certified ? "certified" : "not-certified").raw("\">")
                .text(certified ? "CERTIFIED" : r.interrupted() != null ? "INTERRUPTED" : "NOT CERTIFIED")
                .raw(" &mdash; overall verdict ").verdict(v);
        h.raw("<div class=\"muted\" style=\"font-size:.7em;font-weight:normal\">")
                .text(SummaryTable.resultLine(r)).raw("</div></div>\n");
    }

    private static void product(Html h, ProductIdentity p) {
        h.raw("<h2>Product under test</h2>\n<table class=\"kv\">\n");
        if (p == null) {
            h.row("Product", "not given");
        } else {
            h.row("Vendor", p.vendor()).row("Model", p.model()).row("Firmware", p.firmware())
                    .row("Serial number", p.serial()).row("UDI", p.udi() == null ? "not given" : p.udi());
        }
        h.raw("</table>\n");
    }

    private static void profile(Html h, ProfileSummary p) {
        h.raw("<h2>Profile</h2>\n<table class=\"kv\">\n");
        if (p == null) {
            h.row("Profile", "not given").raw("</table>\n");
            return;
        }
        h.row("Path", p.path()).rowCode("SHA-256", p.sha256()).row("Device class", p.device()).row("Target", p.target())
                .row("Faults", p.faults().isEmpty() ? "none" : String.join(", ", p.faults()));
        h.raw("</table>\n");
        keyValues(h, "Claims", p.claims());
        keyValues(h, "Overrides (--set)", p.overrides());
    }

    private static void keyValues(Html h, String caption, Map<String, String> values) {
        h.raw("<h3>").text(caption).raw("</h3>\n");
        if (values.isEmpty()) {
            h.raw("<p class=\"muted\">none</p>\n");
            return;
        }
        h.raw("<table>\n<thead><tr><th>key</th><th>value</th></tr></thead>\n<tbody>\n");
        for (Map.Entry<String, String> e : Texts.sorted(values).entrySet()) {
            h.raw("<tr><td><code>").text(e.getKey()).raw("</code></td><td><code>").text(e.getValue())
                    .raw("</code></td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }

    private static void method(Html h, RunRecord r) {
        h.raw("<h2>Method</h2>\n<table class=\"kv\">\n")
                .row("Suite version", r.suiteVersion())
                .rowCode("Catalogue version", r.catalogueVersion())
                .row("Started (UTC)", Texts.utc(r.startedAt()))
                .row("Finished (UTC)", Texts.utc(r.finishedAt()))
                .row("Duration", Texts.duration(r.startedAt(), r.finishedAt()))
                .raw("</table>\n");
    }

    private static void totals(Html h, RunRecord r) {
        h.raw("<h2>Totals</h2>\n<table>\n<thead><tr><th></th>");
        for (Verdict v : Verdict.values()) {
            h.raw("<th>").verdict(v).raw("</th>");
        }
        h.raw("<th>total</th></tr></thead>\n<tbody>\n");
        totalsRow(h, "Requirements", r.requirementTotals(), r.requirements().size());
        totalsRow(h, "Scenarios", r.scenarioTotals(), r.scenarios().size());
        h.raw("</tbody>\n</table>\n");
        long applicableMust = r.requirements().stream()
                .filter(q -> q.level() == Level.MUST && q.verdict() != Verdict.NOT_APPLICABLE).count();
        h.raw("<p>").text(applicableMust + " applicable MUST requirement(s); " + r.warnings().size()
                + " warning(s) from SHOULD or MAY requirements.").raw("</p>\n");
    }

    private static void totalsRow(Html h, String label, Map<Verdict, Integer> totals, int all) {
        h.raw("<tr><th>").text(label).raw("</th>");
        for (Verdict v : Verdict.values()) {
            h.raw("<td class=\"num\">").text(Integer.toString(totals.getOrDefault(v, 0))).raw("</td>");
        }
        h.raw("<td class=\"num\">").text(Integer.toString(all)).raw("</td></tr>\n");
    }

    private static void interruption(Html h, Interruption interrupted) {
        if (interrupted == null) {
            return;
        }
        h.raw("<h2>Interruption</h2>\n<p>").text("The run was interrupted by " + Texts.orEmpty(interrupted.signal()) + " at "
                + Texts.utc(interrupted.at()) + " (UTC). The verdicts below are those reached before it; the "
                + interrupted.notRun().size() + " scenario(s) listed here were not run and have no verdict.").raw("</p>\n");
        h.raw("<table>\n<thead><tr><th>scenario not run</th><th>feature</th><th>requirements</th></tr></thead>\n<tbody>\n");
        for (NotRunScenario s : interrupted.notRun()) {
            h.raw("<tr id=\"").attr(anchor("sc", s.id())).raw("\"><td>").text(s.name())
                    .raw("<div class=\"muted mono\">").text(Texts.orEmpty(s.uri()) + ":" + s.line()).raw("</div></td><td>")
                    .text(s.feature()).raw("</td><td>");
            for (String id : s.requirements()) {
                h.raw("<code>").text(id).raw("</code><br>");
            }
            h.raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }

    private static void requirements(Html h, List<RequirementResult> requirements) {
        h.raw("<h2>Requirements</h2>\n");
        h.raw("<table>\n<thead><tr><th>id</th><th>level</th><th>section</th><th>summary</th><th>verdict</th>")
                .raw("<th>reason</th><th>scenarios</th></tr></thead>\n<tbody>\n");
        for (RequirementResult q : requirements) {
            h.raw("<tr id=\"").attr(anchor("req", q.id())).raw("\"><td><code>").text(q.id()).raw("</code></td><td>")
                    .text(q.level() == null ? "" : q.level().name()).raw("</td><td>").text(q.section())
                    .raw("</td><td>").text(q.summary()).raw("</td><td>").verdict(q.verdict())
                    .raw("</td><td class=\"reason\">").text(q.reason()).raw("</td><td>");
            scenarioLinks(h, q.scenarios());
            h.raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }

    private static void warnings(Html h, List<RequirementResult> warnings) {
        h.raw("<h2>Warnings</h2>\n");
        if (warnings.isEmpty()) {
            h.raw("<p>No SHOULD or MAY requirement failed or was inconclusive.</p>\n");
            return;
        }
        h.raw("<p>SHOULD and MAY requirements that did not pass. They are reported, and never fail the product.</p>\n")
                .raw("<table>\n<thead><tr><th>id</th><th>level</th><th>summary</th><th>verdict</th><th>reason</th>")
                .raw("</tr></thead>\n<tbody>\n");
        for (RequirementResult q : warnings) {
            h.raw("<tr><td><a href=\"#").attr(anchor("req", q.id())).raw("\"><code>").text(q.id())
                    .raw("</code></a></td><td>").text(q.level().name()).raw("</td><td>").text(q.summary())
                    .raw("</td><td>").verdict(q.verdict()).raw("</td><td class=\"reason\">").text(q.reason())
                    .raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }

    private static void scope(Html h, RunRecord r) {
        Scope scope = r.scope();
        String deviceClass = "the device class" + (r.profile() == null ? "" : " " + Texts.orEmpty(r.profile().device()));
        h.raw("<h2>Scope</h2>\n<p>");
        if (scope.notJudged() == 0) {
            h.text("This run judged all " + scope.applicable() + " rows of the requirement catalogue that apply to "
                    + deviceClass + " (a row is judged when its verdict is PASS or FAIL).").raw("</p>\n");
            return;
        }
        h.text("This run judged " + scope.judged() + " of the " + scope.applicable()
                + " rows of the requirement catalogue that apply to " + deviceClass
                + " (a row is judged when its verdict is PASS or FAIL); the " + scope.notJudged()
                + " others, with the reason for each:").raw("</p>\n<p class=\"muted\">");
        List<String> counts = scope.notJudgedByKind().entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label()).toList();
        h.text(String.join(", ", counts) + ".").raw("</p>\n");
        Set<String> inRun = r.requirements().stream().map(RequirementResult::id).collect(Collectors.toSet());
        h.raw("<table>\n<thead><tr><th>id</th><th>level</th><th>summary</th><th>not judged because</th>")
                .raw("<th>reason</th></tr></thead>\n<tbody>\n");
        for (Scope.NotJudgedRow row : scope.notJudgedRows()) {
            h.raw("<tr><td>");
            if (inRun.contains(row.id())) {
                h.raw("<a href=\"#").attr(anchor("req", row.id())).raw("\"><code>").text(row.id()).raw("</code></a>");
            } else {
                h.raw("<code>").text(row.id()).raw("</code>");
            }
            h.raw("</td><td>").text(row.level() == null ? "" : row.level().name()).raw("</td><td>").text(row.summary())
                    .raw("</td><td>").text(row.kind() == null ? "" : row.kind().label())
                    .raw("</td><td class=\"reason\">").text(row.reason()).raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }

    private static void scenarios(Html h, List<ScenarioResult> scenarios) {
        h.raw("<h2>Scenarios</h2>\n");
        h.raw("<table>\n<thead><tr><th>scenario</th><th>feature</th><th>requirements</th><th>verdict</th>")
                .raw("<th>reason</th><th>time</th><th>evidence</th></tr></thead>\n<tbody>\n");
        for (ScenarioResult s : scenarios) {
            h.raw("<tr id=\"").attr(anchor("sc", s.id())).raw("\"><td>").text(s.name())
                    .raw("<div class=\"muted mono\">").text(Texts.orEmpty(s.uri()) + ":" + s.line()).raw("</div></td><td>")
                    .text(s.feature()).raw("</td><td>");
            for (String id : s.requirements()) {
                h.raw("<a href=\"#").attr(anchor("req", id)).raw("\"><code>").text(id).raw("</code></a><br>");
            }
            h.raw("</td><td>").verdict(s.verdict()).raw("</td><td class=\"reason\">").text(s.reason())
                    .raw("</td><td class=\"num\">").text(Texts.seconds(s.durationMillis()) + " s").raw("</td><td>");
            for (String ref : s.evidence()) {
                evidenceLink(h, ref);
            }
            h.raw("</td></tr>\n");
        }
        h.raw("</tbody>\n</table>\n");
    }

    private static void scenarioLinks(Html h, List<String> ids) {
        for (String id : ids) {
            h.raw("<a href=\"#").attr(anchor("sc", id)).raw("\" class=\"mono\">").text(id).raw("</a><br>");
        }
    }

    /** Links an evidence reference only when it is a plain relative path; anything else is shown as text. */
    private static void evidenceLink(Html h, String ref) {
        if (isSafeRelativeLink(ref)) {
            h.raw("<a class=\"mono\" href=\"").attr(ref).raw("\">").text(ref).raw("</a><br>");
        } else {
            h.raw("<span class=\"mono\">").text(ref).raw("</span><br>");
        }
    }

    static boolean isSafeRelativeLink(String ref) {
        return ref != null && SAFE_LINK.matcher(ref).matches()
                && !ref.startsWith(".") && !ref.contains("/.") && !ref.contains("..");
    }

    /** A fragment id made only of safe characters, stable for a given id. */
    static String anchor(String prefix, String id) {
        StringBuilder b = new StringBuilder(prefix).append('-');
        for (char c : Texts.orEmpty(id).toCharArray()) {
            b.append(Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '.' ? c
                    : "_" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + "_");
        }
        return b.toString();
    }

    /** An HTML buffer whose only way to add text is escaped. */
    private static final class Html {
        private final StringBuilder b = new StringBuilder(32_768);

        Html raw(String markup) {
            b.append(markup);
            return this;
        }

        Html text(String s) {
            escape(Texts.xmlSafe(s));
            return this;
        }

        Html attr(String s) {
            return text(s);
        }

        Html verdict(Verdict v) {
            if (v == null) {
                return this;
            }
            return raw("<span class=\"v v-").raw(v.name()).raw("\">").text(v.name()).raw("</span>");
        }

        Html row(String key, String value) {
            return raw("<tr><th>").text(key).raw("</th><td>").text(value).raw("</td></tr>\n");
        }

        Html rowCode(String key, String value) {
            return raw("<tr><th>").text(key).raw("</th><td><code>").text(value).raw("</code></td></tr>\n");
        }

        private void escape(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '&' -> b.append("&amp;");
                    case '<' -> b.append("&lt;");
                    case '>' -> b.append("&gt;");
                    case '"' -> b.append("&quot;");
                    case '\'' -> b.append("&#39;");
                    default -> b.append(c);
                }
            }
        }

        @Override
        public String toString() {
            return b.toString();
        }
    }
}
