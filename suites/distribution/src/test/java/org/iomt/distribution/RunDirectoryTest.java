package org.iomt.distribution;

import org.iomt.reports.RunRecordJson;
import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.ScenarioResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run leaves its directory whole: the record, JUnit XML, HTML report, evidence it cites, and Allure results. */
@Tag("large")
class RunDirectoryTest {

    @TempDir
    static Path runDir;

    private static RunRecord record;

    @BeforeAll
    static void certifyAFaultyPatch() throws Exception {
        record = Certifications.certify(Certifications.REFERENCE, runDir, "timers.readings=2", "target.faults=[unit-degc]");
    }

    @Test
    void runJsonIsTheRecord() throws Exception {
        assertEquals(record, RunRecordJson.read(runDir.resolve("run.json")));
    }

    @Test
    void everyEvidenceReferenceResolvesToItsLine() throws Exception {
        List<String> lines = Files.readAllLines(runDir.resolve("evidence/mqtt-session.jsonl"));
        List<String> references = record.scenarios().stream().flatMap(s -> s.evidence().stream()).distinct().toList();
        assertFalse(references.isEmpty());
        for (String reference : references) {
            int seq = Integer.parseInt(reference.substring(reference.indexOf('#') + 1));
            assertTrue(reference.startsWith("evidence/mqtt-session.jsonl#"), reference);
            assertTrue(lines.get(seq - 1).startsWith("{\"seq\":" + seq + ","), reference);
        }
    }

    @Test
    void everyFailingScenarioCitesTheEvidenceThatShowsIt() {
        List<ScenarioResult> failing = record.scenarios().stream().filter(s -> s.verdict() == org.iomt.reports.record.Verdict.FAIL).toList();
        assertEquals(2, failing.size());
        assertTrue(failing.stream().allMatch(s -> !s.evidence().isEmpty() && s.reason().contains("degC")));
    }

    @Test
    void junitXmlHasATestcasePerScenario() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(runDir.resolve("junit.xml").toFile());
        assertAll(() -> assertEquals(record.scenarios().size(), xml.getElementsByTagName("testcase").getLength()),
                () -> assertEquals(2, xml.getElementsByTagName("failure").getLength()));
    }

    @Test
    void theHtmlReportNamesTheProductAndEveryRequirement() throws Exception {
        String html = Files.readString(runDir.resolve("report.html"));
        assertTrue(html.contains("Reference temperature patch"));
        record.requirements().forEach(r -> assertTrue(html.contains(r.id()), r.id()));
    }

    @Test
    void allureResultsAreWrittenIntoTheRunDirectory() throws Exception {
        try (Stream<Path> results = Files.list(runDir.resolve("allure-results"))) {
            assertTrue(results.anyMatch(p -> p.toString().endsWith("-result.json")));
        }
    }
}
