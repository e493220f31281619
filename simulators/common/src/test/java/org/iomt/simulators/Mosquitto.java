package org.iomt.simulators;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Eclipse Mosquitto, a real broker, started for one test on a free loopback port with anonymous access and no
 * persistence; closing it stops that process only. Where Mosquitto is not installed the test is skipped,
 * or fails when real peers are required ({@link RealPeer}).
 */
public final class Mosquitto implements AutoCloseable {

    private final Process process;
    private final int port;

    private Mosquitto(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts Mosquitto with its configuration and log in {@code dir}, and waits (at most 5 s) until it accepts. */
    public static Mosquitto start(Path dir) throws IOException {
        return start(dir, "");
    }

    /**
     * Starts Mosquitto as {@link #start(Path)} does, with {@code acl} (Mosquitto's acl_file lines; empty for none) as the
     * access-control list of its anonymous clients.
     */
    public static Mosquitto start(Path dir, String acl) throws IOException {
        Path executable = RealPeer.require("mosquitto", "apt-get install mosquitto; .ci/run installs it");
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path conf = dir.resolve("mosquitto.conf");
        Path log = dir.resolve("mosquitto.log");
        String access = "";
        if (!acl.isEmpty()) {
            Path aclFile = dir.resolve("acl");
            Files.writeString(aclFile, acl);
            readableByTheBroker(dir, aclFile);
            access = "acl_file " + aclFile + "\n";
        }
        Files.writeString(conf, "listener " + port + " 127.0.0.1\nallow_anonymous true\npersistence false\nlog_dest stdout\n" + access);
        Process process = new ProcessBuilder(executable.toString(), "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Mosquitto mosquitto = new Mosquitto(process, port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!accepts(port)) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                mosquitto.close();
                throw new IllegalStateException("Mosquitto did not start: " + Files.readString(log));
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10)); // bounded poll
        }
        return mosquitto;
    }

    public int port() {
        return port;
    }

    public InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", port);
    }

    /** The broker's URI for Paho. */
    public String uri() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Mosquitto started as root reads its access-control list as the user it drops to. */
    private static void readableByTheBroker(Path dir, Path file) throws IOException {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
