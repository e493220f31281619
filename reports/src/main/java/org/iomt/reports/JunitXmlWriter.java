package org.iomt.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.iomt.reports.record.NotRunScenario;
import org.iomt.reports.record.ProductIdentity;
import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.ScenarioResult;
import org.iomt.reports.record.Verdict;

/**
 * Writes {@code junit.xml} for CI pipelines: one {@code <testsuite>} for the run, one {@code <testcase>} per
 * scenario. FAIL is a {@code <failure>}, ERROR an {@code <error>}, INCONCLUSIVE and NOT_APPLICABLE are
 * {@code <skipped>} with the verdict named in the message; PASS is a plain test case. A scenario an interrupted run
 * did not run is {@code <skipped>} with a message that says so.
 */
public final class JunitXmlWriter {

    private JunitXmlWriter() {
    }

    /** Writes the record's scenarios to {@code file} as JUnit XML (UTF-8), creating parent directories. */
    public static void write(RunRecord r, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            try {
                write(r, xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML to " + file + ": " + e.getMessage(), e);
        }
    }

    /** The test suite's name: the product and the profile it was tested with. */
    public static String suiteName(RunRecord r) {
        ProductIdentity p = r.product();
        String product = p == null ? "unknown product"
                : Stream.of(p.vendor(), p.model(), p.firmware())
                        .filter(t -> t != null && !t.isBlank())
                        .map(String::trim)
                        .collect(Collectors.joining(" "));
        String profile = r.profile() == null ? "" : Texts.orEmpty(r.profile().path());
        return profile.isEmpty() ? product : product + " (" + profile + ")";
    }

    /** A test case's name: the scenario title followed by the requirement ids it cites. */
    public static String caseName(ScenarioResult s) {
        String name = Texts.orEmpty(s.name());
        return s.requirements().isEmpty() ? name : name + " [" + String.join(", ", s.requirements()) + "]";
    }

    private static void write(RunRecord r, XMLStreamWriter xml) throws XMLStreamException {
        Map<Verdict, Integer> totals = r.scenarioTotals();
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuite");
        attribute(xml, "name", suiteName(r));
        List<NotRunScenario> notRun = r.interrupted() == null ? List.of() : r.interrupted().notRun();
        attribute(xml, "tests", Integer.toString(r.scenarios().size() + notRun.size()));
        attribute(xml, "failures", Integer.toString(totals.get(Verdict.FAIL)));
        attribute(xml, "errors", Integer.toString(totals.get(Verdict.ERROR)));
        attribute(xml, "skipped",
                Integer.toString(totals.get(Verdict.INCONCLUSIVE) + totals.get(Verdict.NOT_APPLICABLE) + notRun.size()));
        attribute(xml, "time", Texts.seconds(runMillis(r)));
        if (r.startedAt() != null) {
            attribute(xml, "timestamp",
                    LocalDateTime.ofInstant(r.startedAt().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC).toString());
        }
        xml.writeCharacters("\n  ");
        xml.writeStartElement("properties");
        for (Map.Entry<String, String> p : properties(r).entrySet()) {
            xml.writeCharacters("\n    ");
            xml.writeEmptyElement("property");
            attribute(xml, "name", p.getKey());
            attribute(xml, "value", p.getValue());
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
        for (ScenarioResult s : r.scenarios()) {
            xml.writeCharacters("\n  ");
            testCase(s, xml);
        }
        for (NotRunScenario s : notRun) {
            xml.writeCharacters("\n  ");
            notRunCase(s, r.interrupted().signal(), xml);
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private static Map<String, String> properties(RunRecord r) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("iomt.run.id", Texts.orEmpty(r.runId()));
        p.put("iomt.suite.version", Texts.orEmpty(r.suiteVersion()));
        p.put("iomt.catalogue.version", Texts.orEmpty(r.catalogueVersion()));
        p.put("iomt.profile.path", r.profile() == null ? "" : Texts.orEmpty(r.profile().path()));
        p.put("iomt.verdict", r.verdict() == null ? "" : r.verdict().name());
        p.put("iomt.certified", Boolean.toString(r.certified()));
        if (r.interrupted() != null) {
            p.put("iomt.interrupted", Texts.orEmpty(r.interrupted().signal()));
        }
        return p;
    }

    private static void testCase(ScenarioResult s, XMLStreamWriter xml) throws XMLStreamException {
        Verdict v = s.verdict();
        boolean empty = v == null || v == Verdict.PASS;
        if (empty) {
            xml.writeEmptyElement("testcase");
        } else {
            xml.writeStartElement("testcase");
        }
        attribute(xml, "classname", Texts.orEmpty(s.feature()));
        attribute(xml, "name", caseName(s));
        attribute(xml, "time", Texts.seconds(s.durationMillis()));
        if (s.uri() != null) {
            attribute(xml, "file", s.uri());
            attribute(xml, "line", Integer.toString(s.line()));
        }
        if (empty) {
            return;
        }
        String reason = Texts.orEmpty(s.reason());
        xml.writeCharacters("\n    ");
        switch (v) {
            case FAIL -> {
                xml.writeStartElement("failure");
                attribute(xml, "message", reason);
                attribute(xml, "type", v.name());
                xml.writeCharacters(Texts.xmlSafe(detail(s)));
                xml.writeEndElement();
            }
            case ERROR -> {
                xml.writeStartElement("error");
                attribute(xml, "message", reason);
                attribute(xml, "type", v.name());
                xml.writeCharacters(Texts.xmlSafe(detail(s)));
                xml.writeEndElement();
            }
            default -> {
                xml.writeEmptyElement("skipped");
                attribute(xml, "message", v.name() + ": " + reason);
            }
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void notRunCase(NotRunScenario s, String signal, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("testcase");
        attribute(xml, "classname", Texts.orEmpty(s.feature()));
        attribute(xml, "name", s.requirements().isEmpty() ? Texts.orEmpty(s.name())
                : Texts.orEmpty(s.name()) + " [" + String.join(", ", s.requirements()) + "]");
        attribute(xml, "time", Texts.seconds(0));
        if (s.uri() != null) {
            attribute(xml, "file", s.uri());
            attribute(xml, "line", Integer.toString(s.line()));
        }
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("skipped");
        attribute(xml, "message", "NOT RUN: the run was interrupted by " + Texts.orEmpty(signal));
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static String detail(ScenarioResult s) {
        StringBuilder b = new StringBuilder();
        b.append(s.verdict().name()).append(": ").append(Texts.orEmpty(s.reason())).append('\n');
        if (!s.requirements().isEmpty()) {
            b.append("requirements: ").append(String.join(", ", s.requirements())).append('\n');
        }
        if (s.uri() != null) {
            b.append("scenario: ").append(s.uri()).append(':').append(s.line()).append('\n');
        }
        for (String e : s.evidence()) {
            b.append("evidence: ").append(e).append('\n');
        }
        return b.toString();
    }

    private static long runMillis(RunRecord r) {
        if (r.startedAt() != null && r.finishedAt() != null) {
            return Duration.between(r.startedAt(), r.finishedAt()).toMillis();
        }
        return r.scenarios().stream().mapToLong(ScenarioResult::durationMillis).sum();
    }

    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, Texts.xmlSafe(value));
    }
}
