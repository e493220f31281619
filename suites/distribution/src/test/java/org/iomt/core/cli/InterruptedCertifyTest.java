package org.iomt.core.cli;

import org.iomt.distribution.Certifications;
import org.iomt.reports.ExitCodes;
import org.iomt.reports.RunRecordJson;
import org.iomt.reports.record.RunRecord;
import org.iomt.simulators.RealPeer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code iomt certify} in a JVM of its own, stopped as a CI runner cancels a job (SIGTERM, a broker run once a few
 * scenarios have a verdict) and as Ctrl-C does (SIGINT, a patch run while its observation window is open): it exits with {@link ExitCodes#INTERRUPTED}, leaves a run directory
 * whose record says it was interrupted, and leaves no process or temporary folder behind.
 */
@Tag("large")
class InterruptedCertifyTest {

    private static final Pattern VERDICT_LINE = Pattern.compile("^\\[ *\\d+/\\d+] .*");
    /** Verdicts to wait for before the signal: enough to prove the record keeps them, far fewer than a whole run. */
    private static final int VERDICTS_BEFORE_SIGNAL = 3;
    private static final long BOUND_SECONDS = 60;

    @TempDir
    Path dir;

    @Test
    void sigtermStopsABrokerCertificationAndItsMosquitto() throws Exception {
        RealPeer.require("mosquitto", "apt-get install mosquitto; .ci/run installs it");
        Certify certify = Certify.start(Certifications.MOSQUITTO, dir.resolve("run"));
        certify.awaitVerdicts();
        List<ProcessHandle> mosquittos = certify.process.descendants()
                .filter(p -> p.info().command().orElse("").endsWith("mosquitto")).toList();
        assertEquals(1, mosquittos.size(), "the run's own Mosquitto: " + certify.output());
        Path mosquittoFolder = configurationFolder(mosquittos.get(0));
        assertTrue(Files.isDirectory(mosquittoFolder), mosquittoFolder.toString());

        certify.process.destroy(); // SIGTERM on Linux
        int exit = certify.awaitExit();

        assertInterruptedRecord(certify, exit, "SIGTERM", VERDICTS_BEFORE_SIGNAL);
        assertAll(
                () -> assertTrue(mosquittos.stream().noneMatch(ProcessHandle::isAlive), "Mosquitto still runs"),
                () -> assertFalse(Files.exists(mosquittoFolder), "Mosquitto's folder is left: " + mosquittoFolder));
    }

    @Test
    void ctrlCStopsAPatchCertification() throws Exception {
        Certify certify = Certify.start(Certifications.REFERENCE, dir.resolve("run"));
        // every scenario of a patch judges the one observation window, so the signal comes while it is open
        certify.awaitLine("Running ");
        List<ProcessHandle> children = certify.process.descendants().toList();

        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(certify.process.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor());
        int exit = certify.awaitExit();

        assertInterruptedRecord(certify, exit, "SIGINT", 0);
        assertTrue(children.stream().noneMatch(ProcessHandle::isAlive), "a process of the run still runs: " + children);
    }

    private static void assertInterruptedRecord(Certify certify, int exit, String signal, int verdictsKept) throws IOException {
        assertEquals(ExitCodes.INTERRUPTED, exit, () -> String.join("\n", certify.output()));
        RunRecord record = RunRecordJson.read(certify.runDir.resolve("run.json"));
        assertAll(
                () -> assertEquals(signal, record.interrupted().signal()),
                () -> assertTrue(record.scenarios().size() >= verdictsKept, "verdicts kept: " + record.scenarios().size()),
                () -> assertFalse(record.interrupted().notRun().isEmpty(), "scenarios not run"),
                () -> assertFalse(record.certified()),
                () -> assertTrue(Files.readString(certify.runDir.resolve("report.html")).contains("INTERRUPTED")),
                () -> assertTrue(Files.readString(certify.runDir.resolve("junit.xml")).contains("NOT RUN: the run was interrupted by "
                        + signal)),
                () -> assertTrue(Files.isDirectory(certify.runDir.resolve("evidence"))),
                () -> assertTrue(certify.output().stream().anyMatch(l -> l.startsWith("RESULT: INTERRUPTED by " + signal)),
                        () -> String.join("\n", certify.output())));
    }

    /** The folder of the configuration file Mosquitto was started with ({@code mosquitto -c <folder>/mosquitto.conf}). */
    private static Path configurationFolder(ProcessHandle mosquitto) {
        String[] arguments = mosquitto.info().arguments().orElseThrow();
        for (int i = 0; i + 1 < arguments.length; i++) {
            if (arguments[i].equals("-c")) {
                return Path.of(arguments[i + 1]).getParent();
            }
        }
        throw new AssertionError("Mosquitto was started without -c: " + List.of(arguments));
    }

    /**
     * {@code iomt certify} running as a child JVM on the test class path. Its output goes to a file, which outlives
     * the process ({@link Process#destroy} closes the pipes of the process it signals).
     */
    private record Certify(Process process, Path runDir, Path log) {

        static Certify start(Path profile, Path runDir) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Path log = runDir.resolveSibling(runDir.getFileName() + ".log");
            // a build started in the background (as CI may start it) hands its children SIGINT ignored, and a JVM
            // leaves an ignored SIGINT ignored: env gives the child the default disposition a terminal would
            Process process = new ProcessBuilder("env", "--default-signal=INT,TERM", java,
                    "-cp", System.getProperty("java.class.path"), "-Diomt.home=" + Certifications.HOME, Iomt.class.getName(),
                    "certify", "--profile", profile.toString(), "--out", runDir.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            return new Certify(process, runDir, log);
        }

        /** What the run printed so far. */
        List<String> output() {
            try {
                return Files.readAllLines(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return List.of("(output unreadable: " + e.getMessage() + ")");
            }
        }

        /** Waits, bounded, until the run has printed a line that starts so. */
        void awaitLine(String start) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
            while (output().stream().noneMatch(l -> l.startsWith(start)) && process.isAlive() && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20)); // bounded poll of the progress lines
            }
            assertTrue(process.isAlive() && output().stream().anyMatch(l -> l.startsWith(start)),
                    () -> "the run should be under way:\n" + String.join("\n", output()));
        }

        /** Waits, bounded, until the run has printed a few verdicts. */
        void awaitVerdicts() {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(BOUND_SECONDS);
            while (verdicts() < VERDICTS_BEFORE_SIGNAL && process.isAlive() && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20)); // bounded poll of the progress lines
            }
            assertTrue(process.isAlive() && verdicts() >= VERDICTS_BEFORE_SIGNAL,
                    () -> "the run should be under way with a few verdicts:\n" + String.join("\n", output()));
        }

        private long verdicts() {
            return output().stream().filter(l -> VERDICT_LINE.matcher(l).matches()).count();
        }

        /** Waits, bounded, for the run to end, killing it when it does not, and returns its exit code. */
        int awaitExit() throws InterruptedException {
            if (!process.waitFor(BOUND_SECONDS, TimeUnit.SECONDS)) {
                List<ProcessHandle> left = new ArrayList<>(process.descendants().toList());
                process.destroyForcibly();
                left.forEach(ProcessHandle::destroyForcibly);
                throw new AssertionError("the run did not end within " + BOUND_SECONDS + " s of the signal:\n"
                        + String.join("\n", output()));
            }
            return process.exitValue();
        }
    }
}
