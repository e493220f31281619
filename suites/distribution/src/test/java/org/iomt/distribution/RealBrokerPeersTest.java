package org.iomt.distribution;

import org.iomt.reports.record.RequirementResult;
import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.Verdict;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real brokers other than Mosquitto, each started from {@code peers/} on loopback and certified with its example
 * profile: every row keeps the verdict docs/real-peers.md records for it, so a change of the suite that moves a
 * verdict on a real product shows here. Rows not listed PASS.
 */
@Tag("large")
@Execution(ExecutionMode.CONCURRENT)
class RealBrokerPeersTest {

    @TempDir
    Path work;

    @Test
    void hiveMqCeDeviatesOnTheUnsupportedProtocolLevelAndOnMalformedInputTheSweepFinds() throws Exception {
        Map<String, Verdict> notPassing = new TreeMap<>(Map.of(
                "mqtt-3.1.1:MQTT-3.1.2-2", Verdict.FAIL,
                "mqtt-3.1.1:MQTT-4.7.2-1", Verdict.NOT_APPLICABLE,
                "mqtt-5.0:MQTT-4.7.2-1", Verdict.NOT_APPLICABLE,
                "mqtt-3.1.1:MQTT-3.2.2-4", Verdict.NOT_APPLICABLE,
                "mqtt-3.1.1:MQTT-3.2.2-5", Verdict.NOT_APPLICABLE,
                "mqtt-5.0:MQTT-3.2.2-6", Verdict.NOT_APPLICABLE,
                "mqtt-5.0:MQTT-3.2.2-7", Verdict.NOT_APPLICABLE,
                "iomt-mqtt-security:TLS-SERVER-IDENTITY", Verdict.NOT_APPLICABLE,
                "iomt-mqtt-security:TLS-CLIENT-CREDENTIALS", Verdict.NOT_APPLICABLE,
                "iomt-mqtt-security:TLS-CLIENT-CERTIFICATE", Verdict.NOT_APPLICABLE));
        // the robustness sweep's findings, probed with raw sockets (docs/real-peers.md)
        notPassing.putAll(Map.of(
                "mqtt-3.1.1:MQTT-4.8.0-1", Verdict.FAIL,
                "mqtt-3.1.1:MQTT-2.2.2-2", Verdict.FAIL,
                "mqtt-3.1.1:MQTT-1.5.3-1", Verdict.FAIL,
                "mqtt-5.0:MQTT-4.13.1-1", Verdict.FAIL));
        try (PeerProcess hiveMq = PeerProcess.start("hivemq-ce", "org.iomt.peers.hivemq.HiveMqCe", "HiveMQ CE listening", work)) {
            RunRecord record = Certifications.certify(Certifications.HOME.resolve("profiles/examples/hivemq-ce.yaml"),
                    work.resolve("run"), "target.broker.port=" + hiveMq.port());
            assertObserved(notPassing, record);
        }
    }

    /** Every listed row has its verdict, every other row passes, and the run's verdict follows. */
    private static void assertObserved(Map<String, Verdict> notPassing, RunRecord record) {
        Map<String, Verdict> observed = record.requirements().stream().filter(r -> r.verdict() != Verdict.PASS)
                .collect(Collectors.toMap(RequirementResult::id, RequirementResult::verdict, (a, b) -> a, TreeMap::new));
        assertAll(() -> assertEquals(notPassing, observed, Certifications.problems(record)),
                () -> assertEquals(notPassing.containsValue(Verdict.FAIL) ? Verdict.FAIL : Verdict.PASS, record.verdict()),
                () -> assertTrue(record.requirements().size() > notPassing.size(), "rows were judged at all"));
    }
}
