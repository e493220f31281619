package org.iomt.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.iomt.reports.record.RunRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

@Tag("small")
class JunitXmlWriterTest {

    private static Element suite;

    @BeforeAll
    static void writeAndParse(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("junit.xml");
        JunitXmlWriter.write(RunRecords.everyVerdict(), file);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(file.toFile());
        suite = doc.getDocumentElement();
    }

    @Test
    void theSuiteIsNamedAfterProductAndProfile() {
        assertEquals("testsuite", suite.getTagName());
        assertEquals("Acme Medical ThermoPatch <T1> 1.4.2-rc1 (profiles/selftest/thermo-patch-retained.yaml)",
                suite.getAttribute("name"));
    }

    @Test
    void countsMatchTheScenarios() {
        assertEquals("7", suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("errors"));
        assertEquals("3", suite.getAttribute("skipped"));
        assertEquals(7, suite.getElementsByTagName("testcase").getLength());
        assertEquals(2, suite.getElementsByTagName("failure").getLength());
        assertEquals(1, suite.getElementsByTagName("error").getLength());
        assertEquals(3, suite.getElementsByTagName("skipped").getLength());
    }

    @Test
    void timesAreSeconds() {
        assertEquals("163.376", suite.getAttribute("time"));
        assertEquals("2025-03-01T09:15:02", suite.getAttribute("timestamp"));
        assertEquals("1.234", testCase(0).getAttribute("time"));
    }

    @Test
    void aTestCaseIsTheScenarioUnderItsFeature() {
        Element failing = testCase(1);
        assertEquals("Retained readings", failing.getAttribute("classname"));
        assertEquals("A new subscriber receives the retained reading [mqtt-3.1.1:MQTT-3.3.1-6, mqtt-3.1.1:MQTT-3.3.1-5]",
                failing.getAttribute("name"));
        assertEquals(0, testCase(0).getChildNodes().getLength(), "a PASS has no children");
    }

    @Test
    void aFailCarriesTheReasonEscapedAndIntact() {
        Element failure = (Element) testCase(1).getElementsByTagName("failure").item(0);
        assertEquals(RunRecords.HOSTILE_REASON.replace("\u0001", "\\u0001"), failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("evidence/retain.jsonl#4"));
    }

    @Test
    void skippedNamesTheVerdict() {
        Element inconclusive = (Element) testCase(2).getElementsByTagName("skipped").item(0);
        assertEquals("INCONCLUSIVE: device did not connect within 30 s to mqtt://127.0.0.1:41883",
                inconclusive.getAttribute("message"));
        Element notApplicable = (Element) testCase(3).getElementsByTagName("skipped").item(0);
        assertEquals("NOT_APPLICABLE: profile does not claim coap.observe", notApplicable.getAttribute("message"));
        assertEquals(1, testCase(4).getElementsByTagName("error").getLength());
    }

    @Test
    void propertiesDescribeTheRun() {
        NodeList list = suite.getElementsByTagName("property");
        Map<String, String> props = new HashMap<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element p = (Element) list.item(i);
            props.put(p.getAttribute("name"), p.getAttribute("value"));
        }
        assertEquals("run-2025-03-01-abc123", props.get("iomt.run.id"));
        assertEquals("0.1.0-SNAPSHOT", props.get("iomt.suite.version"));
        assertEquals("sha256:0b1c2d3e", props.get("iomt.catalogue.version"));
        assertEquals("profiles/selftest/thermo-patch-retained.yaml", props.get("iomt.profile.path"));
        assertEquals("ERROR", props.get("iomt.verdict"));
    }

    @Test
    void anEmptyRunIsStillValid(@TempDir Path dir) throws Exception {
        RunRecord empty = RunRecords.ofRows();
        Path file = dir.resolve("junit.xml");
        JunitXmlWriter.write(empty, file);
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile())
                .getDocumentElement();
        assertEquals("0", root.getAttribute("tests"));
    }

    private static Element testCase(int i) {
        return (Element) suite.getElementsByTagName("testcase").item(i);
    }
}
