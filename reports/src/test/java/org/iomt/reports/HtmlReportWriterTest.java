package org.iomt.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iomt.reports.record.Level;
import org.iomt.reports.record.RequirementResult;
import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.Verdict;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("small")
class HtmlReportWriterTest {

    private final RunRecord record = RunRecords.everyVerdict();
    private final String html = HtmlReportWriter.render(record);

    @Test
    void writesTheReportFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("run/report.html");
        HtmlReportWriter.write(record, file);
        assertEquals(html, Files.readString(file));
    }

    @Test
    void everyRequirementHasARowWithItsVerdict() {
        for (RequirementResult q : record.requirements()) {
            String anchor = HtmlReportWriter.anchor("req", q.id());
            int row = html.indexOf("<tr id=\"" + anchor + "\">");
            assertTrue(row >= 0, "no row for " + q.id());
            String rowText = html.substring(row, html.indexOf("</tr>", row));
            assertTrue(rowText.contains(q.id()), q.id());
            assertTrue(rowText.contains("class=\"v v-" + q.verdict().name() + "\""), q.id());
        }
    }

    @Test
    void deviceTextIsEscaped() {
        assertFalse(html.contains("<script"), "a reason must not become markup");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;"));
        assertTrue(html.contains("ThermoPatch &lt;T1&gt;"));
        assertFalse(html.contains("\u0001"), "control characters are shown, not embedded");
    }

    @Test
    void noExternalResourcesAndOnlyRelativeLinks() {
        String lower = html.toLowerCase(Locale.ROOT);
        for (String banned : List.of("<script", "<link", "<img", "<iframe", "src=", "@import", "url(")) {
            assertFalse(lower.contains(banned), banned);
        }
        Matcher m = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
        List<String> hrefs = new ArrayList<>();
        while (m.find()) {
            hrefs.add(m.group(1));
        }
        assertFalse(hrefs.isEmpty());
        for (String href : hrefs) {
            assertTrue(href.startsWith("#") || href.startsWith("evidence/"), href);
        }
        assertTrue(hrefs.contains("evidence/retain.jsonl#4"));
        assertTrue(html.contains("<span class=\"mono\">javascript:alert(1)</span>"), "an unsafe reference stays text");
    }

    @Test
    void bannerTellsTheOutcome() {
        assertTrue(html.contains("<title>Certification report - run run-2025-03-01-abc123</title>"));
        assertTrue(html.contains("NOT CERTIFIED &mdash; overall verdict <span class=\"v v-ERROR\">ERROR</span>"));
        RunRecord passing = RunRecords.ofRows(RunRecords.row("a:1", Level.MUST, Verdict.PASS));
        assertTrue(HtmlReportWriter.render(passing).contains("<div class=\"banner certified\">CERTIFIED"));
    }

    @Test
    void theReportHasEverySection() {
        for (String section : List.of("Product under test", "Profile", "Claims", "Overrides (--set)", "Method",
                "Totals", "Requirements", "Warnings", "Scope", "Scenarios")) {
            assertTrue(html.contains(">" + section + "</h"), section);
        }
        assertTrue(html.contains("retained-not-stored"));
        assertTrue(html.contains("2025-03-01T09:15:02Z"));
        assertTrue(html.contains("2 min 43 s"));
    }

    @Test
    void warningsListShouldAndMayRowsThatDidNotPass() {
        String warnings = html.substring(html.indexOf(">Warnings</h2>"), html.indexOf(">Scenarios</h2>"));
        assertTrue(warnings.contains("mqtt-3.1.1:MQTT-3.12.4-1"));
        assertTrue(warnings.contains("mqtt-3.1.1:MQTT-3.3.1-10"));
        assertFalse(warnings.contains("mqtt-3.1.1:MQTT-3.3.1-5"));
    }

    @Test
    void scopeSaysHowManyRowsWereJudgedAndWhyNotTheOthers() {
        String scope = html.substring(html.indexOf(">Scope</h2>"), html.indexOf(">Scenarios</h2>"));
        assertTrue(scope.contains("This run judged 4 of the 10 rows of the requirement catalogue that apply to the device "
                + "class temperature-patch (a row is judged when its verdict is PASS or FAIL); the 6 others, with the "
                + "reason for each:"), scope);
        assertTrue(scope.contains("1 not tested, 1 no scenario, 1 not applicable, 2 inconclusive, 1 error."), scope);
        for (var row : record.scope().notJudgedRows()) {
            assertTrue(scope.contains(">" + row.id() + "</code>"), row.id());
        }
        assertTrue(scope.contains("<td>not tested</td><td class=\"reason\">WebSocket transport is not claimed by "
                + "&lt;products&gt; in scope</td>"), scope);
        assertTrue(scope.contains("<a href=\"#" + HtmlReportWriter.anchor("req", "rfc7641-observe:RFC7641-3.2") + "\">"),
                "a row the run cited links to its verdict");
        assertFalse(scope.contains("href=\"#" + HtmlReportWriter.anchor("req", "mqtt-3.1.1:MQTT-4.7.1-1")),
                "a row the run never cited has no verdict row to link to");
        assertFalse(scope.contains("MQTT-3.1.2-6"), "a judged row is not listed");
    }

    @Test
    void scopeOfARunThatJudgedEveryRow() {
        String all = HtmlReportWriter.render(RunRecords.ofRows(RunRecords.row("a:1", Level.MUST, Verdict.PASS)));
        assertTrue(all.contains("This run judged all 1 rows of the requirement catalogue that apply to the device class "
                + "temperature-patch"));
    }

    @Test
    void onlyPlainRelativePathsBecomeLinks() {
        assertTrue(HtmlReportWriter.isSafeRelativeLink("evidence/mqtt-session.jsonl#12"));
        for (String bad : List.of("javascript:alert(1)", "https://example.org/a", "//example.org/a", "/etc/passwd",
                "../x.jsonl", "evidence/../../x", "evidence/a b.jsonl", "evidence/x\".jsonl")) {
            assertFalse(HtmlReportWriter.isSafeRelativeLink(bad), bad);
        }
    }
}
