package org.iomt.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/** Run records for the tests: one with every verdict, and small ones built from requirement rows. */
final class RunRecords {

    static final String HOSTILE_REASON =
            "expected PUBACK for packet id 7; device sent <script>alert('x')</script> & \"quotes\" \u0001 end";

    private RunRecords() {
    }

    static ProductIdentity product() {
        return new ProductIdentity("Acme Medical", "ThermoPatch <T1>", "1.4.2-rc1", "SN-000123", "(01)09506000134352");
    }

    static ProfileSummary profile() {
        return new ProfileSummary("profiles/selftest/thermo-patch-retained.yaml",
                "9f2c6a0e4b1d7c3a5e8f0b2d4c6a8e0f1b3d5c7a9e1f3b5d7c9a1e3f5b7d9c1a",
                "temperature-patch", "simulated", List.of("retained-not-stored"),
                Map.of("mqtt.version", "3.1.1", "mqtt.qos", "0,1", "coap.observe", "false"),
                Map.of("mqtt.keepAlive", "30"));
    }

    /** Every verdict on a scenario and on a requirement, SHOULD and MAY rows included; overall ERROR. */
    static RunRecord everyVerdict() {
        List<ScenarioResult> scenarios = List.of(
                scenario("session.feature:12", "Broker accepts a clean session", "MQTT session",
                        List.of("mqtt-3.1.1:MQTT-3.1.2-6"), Verdict.PASS, null, List.of("evidence/session.jsonl#1")),
                scenario("retain.feature:20", "A new subscriber receives the retained reading", "Retained readings",
                        List.of("mqtt-3.1.1:MQTT-3.3.1-6", "mqtt-3.1.1:MQTT-3.3.1-5"), Verdict.FAIL, HOSTILE_REASON,
                        List.of("evidence/retain.jsonl#4", "evidence/retain.jsonl#5", "javascript:alert(1)",
                                "https://example.org/x", "../../etc/passwd")),
                scenario("connect.feature:8", "The patch connects within its keep-alive", "Connecting",
                        List.of("mqtt-3.1.1:MQTT-3.1.0-1"), Verdict.INCONCLUSIVE,
                        "device did not connect within 30 s to mqtt://127.0.0.1:41883", List.of()),
                scenario("observe.feature:5", "Observers receive each new reading", "CoAP observe",
                        List.of("rfc7641-observe:RFC7641-3.2"), Verdict.NOT_APPLICABLE,
                        "profile does not claim coap.observe", List.of()),
                scenario("senml.feature:14", "Readings carry a unit", "SenML readings",
                        List.of("rfc8428-senml:RFC8428-4.5.4"), Verdict.ERROR,
                        "decoder threw IllegalStateException: buffer underflow", List.of("evidence/senml.jsonl#2")),
                scenario("session.feature:30", "Broker answers a PINGREQ", "MQTT session",
                        List.of("mqtt-3.1.1:MQTT-3.12.4-1"), Verdict.FAIL, "no PINGRESP within 5 s",
                        List.of("evidence/session.jsonl#9")),
                scenario("retain.feature:40", "Zero-byte retained message clears the topic", "Retained readings",
                        List.of("mqtt-3.1.1:MQTT-3.3.1-10"), Verdict.INCONCLUSIVE,
                        "no retained message to clear", List.of()));
        List<RequirementResult> requirements = List.of(
                requirement("mqtt-3.1.1:MQTT-3.1.2-6", Level.MUST, Verdict.PASS, null, "session.feature:12"),
                requirement("mqtt-3.1.1:MQTT-3.3.1-5", Level.MUST, Verdict.FAIL, HOSTILE_REASON, "retain.feature:20"),
                requirement("mqtt-3.1.1:MQTT-3.3.1-6", Level.MUST, Verdict.FAIL, HOSTILE_REASON, "retain.feature:20"),
                requirement("mqtt-3.1.1:MQTT-3.1.0-1", Level.MUST, Verdict.INCONCLUSIVE,
                        "device did not connect within 30 s to mqtt://127.0.0.1:41883", "connect.feature:8"),
                requirement("rfc7641-observe:RFC7641-3.2", Level.MUST, Verdict.NOT_APPLICABLE,
                        "profile does not claim coap.observe", "observe.feature:5"),
                requirement("rfc8428-senml:RFC8428-4.5.4", Level.MUST, Verdict.ERROR,
                        "decoder threw IllegalStateException: buffer underflow", "senml.feature:14"),
                requirement("mqtt-3.1.1:MQTT-3.12.4-1", Level.SHOULD, Verdict.FAIL, "no PINGRESP within 5 s",
                        "session.feature:30"),
                requirement("mqtt-3.1.1:MQTT-3.3.1-10", Level.MAY, Verdict.INCONCLUSIVE,
                        "no retained message to clear", "retain.feature:40"));
        return record(scenarios, requirements, scopeOf(requirements,
                new Scope.NotJudgedRow("mqtt-3.1.1:MQTT-4.7.1-1", "Topic wildcards in our own words", Level.MUST,
                        Scope.ReasonKind.NOT_TESTED, "WebSocket transport is not claimed by <products> in scope"),
                new Scope.NotJudgedRow("mqtt-3.1.1:MQTT-3.14.4-1", "A broker closes the connection after DISCONNECT",
                        Level.MUST, Scope.ReasonKind.NO_SCENARIO, "no scenario of this device class judges this row")));
    }

    /** A record with one scenario per requirement row, each with the row's verdict. */
    static RunRecord ofRows(RequirementResult... rows) {
        List<ScenarioResult> scenarios = new ArrayList<>();
        for (RequirementResult q : rows) {
            scenarios.add(scenario(q.scenarios().get(0), "Scenario for " + q.id(), "Feature",
                    List.of(q.id()), q.verdict(), q.reason(), List.of()));
        }
        return record(scenarios, List.of(rows));
    }

    static RequirementResult row(String id, Level level, Verdict verdict) {
        return requirement(id, level, verdict, verdict == Verdict.PASS ? null : "because " + verdict, "s-" + id);
    }

    /**
     * A run that SIGTERM stopped after two scenarios, one passing and one failing, with two scenarios not run;
     * overall FAIL.
     */
    static RunRecord interrupted() {
        List<ScenarioResult> scenarios = List.of(
                scenario("session.feature:12", "Broker accepts a clean session", "MQTT session",
                        List.of("mqtt-3.1.1:MQTT-3.1.2-6"), Verdict.PASS, null, List.of("evidence/session.jsonl#1")),
                scenario("session.feature:30", "Broker answers a PINGREQ", "MQTT session",
                        List.of("mqtt-3.1.1:MQTT-3.12.4-1"), Verdict.FAIL, "no PINGRESP within 5 s", List.of()));
        List<RequirementResult> requirements = List.of(
                requirement("mqtt-3.1.1:MQTT-3.1.2-6", Level.MUST, Verdict.PASS, null, "session.feature:12"),
                requirement("mqtt-3.1.1:MQTT-3.12.4-1", Level.MUST, Verdict.FAIL, "no PINGRESP within 5 s",
                        "session.feature:30"));
        List<NotRunScenario> notRun = List.of(
                new NotRunScenario("retain.feature:20", "A new subscriber receives the retained reading", "Retained readings",
                        "features/protocol/mqtt/retain.feature", 20, List.of("@req:mqtt-3.1.1:MQTT-3.3.1-6"),
                        List.of("mqtt-3.1.1:MQTT-3.3.1-6")),
                new NotRunScenario("retain.feature:40", "Zero-byte retained message <clears> the topic", "Retained readings",
                        "features/protocol/mqtt/retain.feature", 40, List.of("@req:mqtt-3.1.1:MQTT-3.3.1-10"),
                        List.of("mqtt-3.1.1:MQTT-3.3.1-10")));
        RunRecord complete = record(scenarios, requirements);
        return new RunRecord(complete.schema(), complete.runId(), complete.suiteVersion(), complete.catalogueVersion(),
                complete.product(), complete.profile(), complete.startedAt(), complete.finishedAt(), complete.verdict(),
                scenarios, requirements, complete.scope(), new Interruption("SIGTERM", Instant.parse("2025-03-01T09:16:00Z"), notRun));
    }

    /** A record of these scenarios and requirements, scoped to exactly the requirements. */
    static RunRecord record(List<ScenarioResult> scenarios, List<RequirementResult> requirements) {
        return record(scenarios, requirements, scopeOf(requirements));
    }

    static RunRecord record(List<ScenarioResult> scenarios, List<RequirementResult> requirements, Scope scope) {
        return new RunRecord(RunRecord.SCHEMA, "run-2025-03-01-abc123", "0.1.0-SNAPSHOT",
                "sha256:0b1c2d3e", product(), profile(),
                Instant.parse("2025-03-01T09:15:02.123456789Z"), Instant.parse("2025-03-01T09:17:45.5Z"),
                RunRecord.overallOf(requirements), scenarios, requirements, scope);
    }

    /**
     * The scope of a run whose requirements are exactly these rows and the rows it never cited: PASS and FAIL
     * rows judged, every other row not judged with its verdict as the reason kind.
     */
    static Scope scopeOf(List<RequirementResult> requirements, Scope.NotJudgedRow... uncited) {
        List<Scope.NotJudgedRow> notJudged = new ArrayList<>();
        int judged = 0;
        for (RequirementResult q : requirements) {
            if (q.verdict() == Verdict.PASS || q.verdict() == Verdict.FAIL) {
                judged++;
            } else {
                notJudged.add(new Scope.NotJudgedRow(q.id(), q.summary(), q.level(),
                        Scope.ReasonKind.valueOf(q.verdict().name()), q.reason()));
            }
        }
        notJudged.addAll(List.of(uncited));
        return new Scope(judged + notJudged.size(), judged, notJudged.size(), notJudged);
    }

    static ScenarioResult scenario(String id, String name, String feature, List<String> requirements,
                                   Verdict verdict, String reason, List<String> evidence) {
        String uri = "features/protocol/mqtt/" + id.replaceAll(":\\d+$", "");
        int line = id.matches(".*:\\d+") ? Integer.parseInt(id.replaceAll(".*:", "")) : 1;
        List<String> tags = new ArrayList<>();
        requirements.forEach(q -> tags.add("@req:" + q));
        tags.add("@pics:mqtt.retain");
        return new ScenarioResult(id, name, feature, uri, line, tags, requirements, verdict, reason, evidence, 1234);
    }

    static RequirementResult requirement(String id, Level level, Verdict verdict, String reason, String scenario) {
        return new RequirementResult(id, "3.3.1", "Summary of " + id + " in our own words, quite long so that the "
                + "terminal table has to cut it somewhere before the end of the line", level, "server", verdict,
                reason, List.of(scenario));
    }
}
