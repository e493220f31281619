package org.iomt.distribution;

import org.iomt.reports.record.RequirementResult;
import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.Verdict;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttEncoder;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Publish;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A device that sends one reading and then hangs silent gets FAIL or INCONCLUSIVE in bounded time, never PASS on timing. */
@Tag("large")
class UnreliableDeviceTest {

    private static final String READING = "[{\"bn\":\"https://id.gs1.org/01/09506000134352/21/A1B2C3/\",\"bt\":%.3f,"
            + "\"n\":\"temperature\",\"u\":\"Cel\",\"v\":36.7}]";

    @TempDir
    Path runDir;

    @Test
    void aDeviceThatHangsAfterOneReadingFailsItsTimingWithinTheBound() throws Exception {
        int port = LiveModeTest.freePort();
        CompletableFuture<Void> device = CompletableFuture.runAsync(() -> hangAfterOneReading(port));
        long start = System.nanoTime();
        RunRecord record = Certifications.certify(Certifications.HOME.resolve("profiles/examples/temperature-patch-live.yaml"),
                runDir, "target.listen.host=127.0.0.1", "target.listen.port=" + port, "target.credentials=null",
                "timers.connect=5s", "claims.mqtt.keepAlive=1", "claims.reporting.interval=1s");
        double seconds = (System.nanoTime() - start) / 1e9;
        device.get(10, TimeUnit.SECONDS);

        Map<String, Verdict> verdicts = record.requirements().stream()
                .collect(Collectors.toMap(RequirementResult::id, RequirementResult::verdict));
        assertAll(
                () -> assertEquals(Verdict.FAIL, verdicts.get("mqtt-3.1.1:MQTT-3.1.2-23"), "silent past its Keep Alive"),
                () -> assertEquals(Verdict.FAIL, verdicts.get("iomt-temperature-patch:TP-INTERVAL"), "stopped reporting"),
                () -> assertNotEquals(Verdict.PASS, record.verdict()),
                () -> assertTrue(seconds < 40, "finished in " + seconds + " s"));
    }

    private static void hangAfterOneReading(int port) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                OutputStream out = socket.getOutputStream();
                out.write(MqttEncoder.encode(Connect.of(MqttVersion.V3_1_1, "patchA1B2C3", 1, true), MqttVersion.V3_1_1));
                String reading = String.format(java.util.Locale.ROOT, READING, Instant.now().toEpochMilli() / 1000.0);
                out.write(MqttEncoder.encode(Publish.of("ward7/patch/A1B2C3/temperature", 1, false, 1,
                        reading.getBytes(StandardCharsets.UTF_8)), MqttVersion.V3_1_1));
                out.flush();
                socket.getInputStream().readAllBytes(); // hang until the suite closes the connection
                return;
            } catch (java.io.IOException notListeningYet) {
                java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos()); // bounded poll
            }
        }
    }
}
