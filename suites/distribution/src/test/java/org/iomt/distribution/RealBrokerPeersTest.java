package org.iomt.distribution;

import org.iomt.reports.record.RequirementResult;
import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.ScenarioResult;
import org.iomt.reports.record.Verdict;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real brokers other than Mosquitto, each started from {@code peers/} on loopback and certified with its example
 * profile: every row keeps the verdict docs/real-peers.md records for it, so a change of the suite that moves a
 * verdict on a real product shows here. (Moquette is certified by hand only: its verdicts vary from run to run,
 * docs/real-peers.md says why.)
 */
@Tag("large")
@Execution(ExecutionMode.CONCURRENT)
class RealBrokerPeersTest {

    @TempDir
    Path work;

    @Test
    void hiveMqCeDeviatesOnTheUnsupportedProtocolLevelAndOnMalformedInputTheSweepFinds() throws Exception {
        Map<String, Verdict> notPassing = Map.ofEntries(
                Map.entry("mqtt-3.1.1:MQTT-3.1.2-2", Verdict.FAIL),
                // the robustness sweep's findings, probed with raw sockets (docs/real-peers.md)
                Map.entry("mqtt-3.1.1:MQTT-4.8.0-1", Verdict.FAIL),
                Map.entry("mqtt-3.1.1:MQTT-2.2.2-2", Verdict.FAIL),
                Map.entry("mqtt-3.1.1:MQTT-1.5.3-1", Verdict.FAIL),
                Map.entry("mqtt-5.0:MQTT-4.13.1-1", Verdict.FAIL),
                // HiveMQ refuses clients' $ publishes and keeps no retained $SYS message: nothing on a $ topic to match
                Map.entry("mqtt-3.1.1:MQTT-4.7.2-1", Verdict.NOT_APPLICABLE),
                Map.entry("mqtt-5.0:MQTT-4.7.2-1", Verdict.NOT_APPLICABLE),
                // HiveMQ sends one copy, with both identifiers, for overlapping subscriptions: no copy per subscription
                Map.entry("mqtt-5.0:MQTT-3.3.4-5", Verdict.NOT_APPLICABLE),
                // HiveMQ admits a client naming the Authentication Method SCRAM-SHA-1 and names it in its CONNACK: it
                // takes the method up, so neither the refusal of an unsupported method nor a refusal before admission arises
                Map.entry("mqtt-5.0:MQTT-4.12.0-1", Verdict.NOT_APPLICABLE),
                Map.entry("mqtt-5.0:MQTT-3.14.0-1", Verdict.NOT_APPLICABLE),
                // HiveMQ takes a missing client identifier with Clean Start 0 (CONNACK 0x00): no 0x85 refusal arises
                Map.entry("mqtt-5.0:MQTT-3.1.3-8", Verdict.NOT_APPLICABLE),
                // HiveMQ grants a QoS 2 shared subscription QoS 1 (legal): no QoS 2 delivery to a member arises
                Map.entry("mqtt-5.0:MQTT-4.8.2-4", Verdict.NOT_APPLICABLE),
                Map.entry("mqtt-5.0:MQTT-4.8.2-5", Verdict.NOT_APPLICABLE));
        try (PeerProcess hiveMq = PeerProcess.start("hivemq-ce", "org.iomt.peers.hivemq.HiveMqCe", "HiveMQ CE listening", work)) {
            assertObserved(notPassing, Certifications.certify(Certifications.HOME.resolve("profiles/examples/hivemq-ce.yaml"),
                    work.resolve("run"), "target.broker.port=" + hiveMq.port()));
        }
    }

    /**
     * Every listed row has its verdict, every other row passes or is not applicable for a feature the profile does not
     * claim, the run's verdict follows, and every scenario that failed or stayed inconclusive cites the frames of its
     * connections.
     */
    private static void assertObserved(Map<String, Verdict> notPassing, RunRecord record) {
        Map<String, Verdict> observed = record.requirements().stream()
                .filter(r -> r.verdict() != Verdict.PASS && !unclaimed(r))
                .collect(Collectors.toMap(RequirementResult::id, RequirementResult::verdict, (a, b) -> a, TreeMap::new));
        assertAll(() -> assertEquals(new TreeMap<>(notPassing), observed, Certifications.problems(record)),
                () -> assertEquals(notPassing.containsValue(Verdict.FAIL) ? Verdict.FAIL
                        : notPassing.containsValue(Verdict.INCONCLUSIVE) ? Verdict.INCONCLUSIVE : Verdict.PASS, record.verdict(), "the run's verdict"),
                () -> assertTrue(record.requirements().stream().anyMatch(r -> r.verdict() == Verdict.PASS), "rows were judged at all"),
                () -> assertEquals(List.of(), record.scenarios().stream()
                        .filter(sc -> (sc.verdict() == Verdict.FAIL || sc.verdict() == Verdict.INCONCLUSIVE) && sc.evidence().isEmpty())
                        .map(ScenarioResult::id).toList(), "scenarios that did not pass and cite no frame"));
    }

    /** Not applicable because the profile does not claim what the row needs (a version, TLS, authentication). */
    private static boolean unclaimed(RequirementResult r) {
        return r.verdict() == Verdict.NOT_APPLICABLE && r.reason().startsWith("the profile ");
    }
}
