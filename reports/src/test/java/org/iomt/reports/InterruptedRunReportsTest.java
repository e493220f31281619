package org.iomt.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.iomt.reports.record.Level;
import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.Verdict;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every output of a run that a signal stopped says so, keeps the verdicts reached, and lists what did not run. */
@Tag("small")
class InterruptedRunReportsTest {

    private final RunRecord record = RunRecords.interrupted();

    @Test
    void anInterruptedRunExitsWithItsOwnCodeWhateverItJudged() {
        assertEquals(6, ExitCodes.INTERRUPTED);
        assertEquals(ExitCodes.INTERRUPTED, ExitCodes.of(record));
        RunRecord passing = RunRecords.ofRows(RunRecords.row("a:1", Level.MUST, Verdict.PASS));
        assertEquals(ExitCodes.CERTIFIED, ExitCodes.of(passing));
        assertEquals(ExitCodes.INTERRUPTED, ExitCodes.of(withInterruption(passing)));
    }

    @Test
    void anInterruptedRunIsNeverCertified() {
        RunRecord passing = RunRecords.ofRows(RunRecords.row("a:1", Level.MUST, Verdict.PASS));
        assertTrue(passing.certified());
        assertFalse(withInterruption(passing).certified());
    }

    @Test
    void theRecordSurvivesWriteAndRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("run.json");
        RunRecordJson.write(record, file);
        assertEquals(record, RunRecordJson.read(file));
    }

    @Test
    void runJsonNamesTheSignalAndTheScenariosNotRun() throws IOException {
        JsonNode tree = new ObjectMapper().readTree(RunRecordJson.toJson(record));
        JsonNode interrupted = tree.get("interrupted");
        assertEquals("SIGTERM", interrupted.get("signal").asText());
        assertEquals("2025-03-01T09:16:00Z", interrupted.get("at").asText());
        assertEquals(List.of("retain.feature:20", "retain.feature:40"),
                interrupted.get("notRun").findValuesAsText("id"));
        assertEquals(2, tree.get("scenarios").size());
    }

    @Test
    void aCompleteRunHasNoInterruptedSection() throws IOException {
        RunRecord complete = RunRecords.everyVerdict();
        assertNull(complete.interrupted());
        assertFalse(new ObjectMapper().readTree(RunRecordJson.toJson(complete)).has("interrupted"));
    }

    @Test
    void theSummarySaysInterruptedWithTheVerdictsSoFar() {
        List<String> lines = SummaryTable.render(record).lines().toList();
        assertEquals("Interrupted: by SIGTERM at 2025-03-01T09:16:00Z; 2 scenario(s) not run", lines.get(lines.size() - 2));
        assertEquals("RESULT: INTERRUPTED by SIGTERM - not certified; 2 of 4 scenarios not run; so far 1 FAIL of 2 applicable"
                + " MUST requirements", lines.get(lines.size() - 1));
    }

    @Test
    void junitXmlSkipsTheScenariosNotRun(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("junit.xml");
        JunitXmlWriter.write(record, file);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Element suite = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        assertEquals("4", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("2", suite.getAttribute("skipped"));
        NodeList skipped = suite.getElementsByTagName("skipped");
        assertEquals(2, skipped.getLength());
        assertEquals("NOT RUN: the run was interrupted by SIGTERM", ((Element) skipped.item(0)).getAttribute("message"));
        assertTrue(((Element) skipped.item(1).getParentNode()).getAttribute("name").startsWith("Zero-byte retained"));
    }

    @Test
    void theReportShowsTheInterruptionAndListsTheScenariosNotRun() {
        String html = HtmlReportWriter.render(record);
        assertTrue(html.contains("<div class=\"banner not-certified\">INTERRUPTED &mdash; overall verdict"), "banner");
        assertTrue(html.contains("<h2>Interruption</h2>"));
        assertTrue(html.contains("The run was interrupted by SIGTERM at 2025-03-01T09:16:00Z (UTC)"));
        assertTrue(html.contains("Zero-byte retained message &lt;clears&gt; the topic"));
        assertTrue(html.contains("<tr id=\"" + HtmlReportWriter.anchor("sc", "retain.feature:20") + "\">"));
        assertFalse(HtmlReportWriter.render(RunRecords.everyVerdict()).contains("Interruption"));
    }

    private static RunRecord withInterruption(RunRecord r) {
        RunRecord stopped = RunRecords.interrupted();
        return new RunRecord(r.schema(), r.runId(), r.suiteVersion(), r.catalogueVersion(), r.product(), r.profile(),
                r.startedAt(), r.finishedAt(), r.verdict(), r.scenarios(), r.requirements(), r.scope(), stopped.interrupted());
    }
}
