package org.iomt.distribution;

import org.iomt.reports.ExitCodes;
import org.iomt.reports.RunRecordJson;
import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.ScenarioResult;
import org.iomt.reports.record.Verdict;
import org.iomt.simulators.RealPeer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live mode: the suite opens its broker on the profile's port and certifies whatever connects. With nothing
 * connecting, every scenario that needed the device is INCONCLUSIVE and the report is still written. With
 * Mosquitto's own command-line client as the device, a real independent MQTT client is certified.
 */
@Tag("large")
class LiveModeTest {

    private static final Path LIVE = Certifications.HOME.resolve("profiles/examples/temperature-patch-live.yaml");

    @TempDir
    Path runDir;

    @Test
    void aDeviceThatNeverConnectsIsInconclusiveNeverPassAndStillGetsAReport() throws Exception {
        int port = freePort();
        RunRecord record = Certifications.certify(LIVE, runDir, "target.listen.host=127.0.0.1", "target.listen.port=" + port,
                "timers.connect=1s", "target.credentials=null");

        assertAll(
                () -> assertEquals(Verdict.INCONCLUSIVE, record.verdict()),
                () -> assertEquals(ExitCodes.INCONCLUSIVE, ExitCodes.of(record)),
                () -> assertTrue(record.scenarios().stream().noneMatch(s -> s.verdict() == Verdict.PASS)),
                () -> assertTrue(record.scenarios().stream().filter(s -> s.verdict() == Verdict.INCONCLUSIVE)
                        .allMatch(s -> s.reason().contains("did not connect within 1 s to mqtt://127.0.0.1:" + port))),
                () -> assertTrue(Files.exists(runDir.resolve("report.html"))),
                () -> assertTrue(Files.exists(runDir.resolve("junit.xml"))),
                () -> assertEquals(record, RunRecordJson.read(runDir.resolve("run.json"))));
    }

    @Test
    void mosquittoPubAsTheDeviceDeviatesOnlyOnMalformedPackets() throws Exception {
        RealPeer.require("mosquitto_pub", "apt-get install mosquitto-clients; .ci/run installs it");
        int port = freePort();
        ScheduledExecutorService device = Executors.newSingleThreadScheduledExecutor();
        try {
            // a fresh process a reading, started every 2 s: its start-up time, which a loaded machine stretches, is the
            // interval's jitter (with a fixed delay after each process ended, it added up: 3.41 s between two readings)
            device.scheduleAtFixedRate(() -> publishWithMosquittoPub(port), 300, 2000, TimeUnit.MILLISECONDS);
            RunRecord record = Certifications.certify(LIVE, runDir, "target.listen.host=127.0.0.1", "target.listen.port=" + port,
                    "timers.connect=10s", "timers.readings=3", "claims.reporting.interval=2s", "claims.mqtt.keepAlive=5",
                    "tolerances.interval=0.35",
                    "target.credentials=null");

            List<String> notPassing = record.scenarios().stream()
                    .filter(s -> s.verdict() != Verdict.PASS && s.verdict() != Verdict.NOT_APPLICABLE)
                    .map(ScenarioResult::name).toList();
            // libmosquitto 2.0.11 takes a PUBACK with wrong flags and a second CONNACK in its stride (docs/real-peers.md)
            assertEquals(List.of("The device closes the connection on a PUBACK with wrong header flags",
                    "The device closes the connection on a second CONNACK"), notPassing, Certifications.problems(record));
            assertEquals(Verdict.FAIL, record.verdict());
        } finally {
            device.shutdownNow();
            device.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** One reading, as a patch would send it, through a fresh mosquitto_pub process (connect, publish, disconnect). */
    private static void publishWithMosquittoPub(int port) {
        String pack = String.format(java.util.Locale.ROOT, "[{\"bn\":\"https://id.gs1.org/01/09506000134352/21/A1B2C3/\","
                + "\"bt\":%.3f,\"n\":\"temperature\",\"u\":\"Cel\",\"v\":36.7}]", Instant.now().toEpochMilli() / 1000.0);
        try {
            Process p = new ProcessBuilder("mosquitto_pub", "-h", "127.0.0.1", "-p", String.valueOf(port), "-V", "mqttv311",
                    "-q", "1", "-k", "5", "-i", "patch-A1B2C3", "-t", "ward7/patch/A1B2C3/temperature", "-m", pack)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor(5, TimeUnit.SECONDS);
            p.destroy();
        } catch (IOException e) {
            throw new IllegalStateException("mosquitto_pub could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
