package org.iomt.distribution;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A real peer of {@code peers/<name>} started on a free loopback port in a JVM of its own, from the classes and
 * libraries its module built; its console goes to a log file in the test's folder. Closing its standard input stops it; a peer that does
 * not stop in time is killed. A peer that was not built, or does not start in time, fails the test with its log's path.
 */
final class PeerProcess implements AutoCloseable {

    private static final Duration START = Duration.ofSeconds(60);
    private static final Duration STOP = Duration.ofSeconds(15);

    private final Process process;
    private final int port;

    private PeerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * @param module    the peer's folder under {@code peers/}
     * @param mainClass its launcher, called with the port and a work folder
     * @param ready     the start of the line it prints once it listens
     * @param work      a folder of the test's for its data and log
     */
    static PeerProcess start(String module, String mainClass, String ready, Path work) throws Exception {
        Path target = Certifications.HOME.resolve("peers").resolve(module).resolve("target");
        if (!Files.isDirectory(target.resolve("lib"))) {
            fail(module + " was not built: " + target.resolve("lib") + " is missing (mvn -pl peers/" + module + " process-classes)");
        }
        int port = freePort();
        Path log = work.resolve(module + ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp",
                target.resolve("classes") + File.pathSeparator + target.resolve("lib").resolve("*"),
                mainClass, String.valueOf(port), work.resolve(module).toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + START.toNanos();
        while (!Files.readString(log).contains(ready)) {
            if (!process.isAlive()) {
                fail(module + " ended before it listened; see " + log);
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                fail(module + " did not listen within " + START.toSeconds() + " s; see " + log);
            }
            Thread.sleep(100);
        }
        return new PeerProcess(process, port);
    }

    int port() {
        return port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(STOP.toSeconds(), TimeUnit.SECONDS);
        }
    }
}
