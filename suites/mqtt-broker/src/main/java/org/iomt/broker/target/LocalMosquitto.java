package org.iomt.broker.target;

import org.iomt.core.spi.Folders;
import org.iomt.mqtt.drivers.BrokerSettings;
import org.iomt.simulators.Executables;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Eclipse Mosquitto started by the suite on free loopback ports with a generated configuration, limited as the
 * profile's claims say ({@link MosquittoLimits}): an anonymous
 * listener, a listener that requires a user name and password, an anonymous restricted listener whose access-control
 * list denies publishing to one topic, and, when openssl is at hand, a TLS listener with a
 * certificate issued for localhost and 127.0.0.1 by a CA generated for this run. Persistence is off, so every run
 * starts from an empty broker. The broker's own log is kept next to the run's evidence.
 */
final class LocalMosquitto implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    private static final Duration START_BOUND = Duration.ofSeconds(10);
    private static final int START_ATTEMPTS = 3;

    private final Process process;
    private final int anonymousPort;
    private final int passwordPort;
    private final int restrictedPort;
    private final Optional<Integer> tlsPort;
    private final Optional<Integer> mutualTlsPort;
    private final Path caFile;
    private final BrokerSettings.Credentials credentials;
    private final Path workDir;

    /** Stops the broker and deletes its folder when the JVM ends before {@link #close} (a test JVM killed mid-run). */
    private final Thread onExit;

    private LocalMosquitto(Path workDir, Process process, Ports ports, Path caFile, BrokerSettings.Credentials credentials) {
        this.workDir = workDir;
        this.process = process;
        this.anonymousPort = ports.anonymous();
        this.passwordPort = ports.password();
        this.restrictedPort = ports.restricted();
        this.tlsPort = ports.tls();
        this.mutualTlsPort = ports.mutualTls();
        this.caFile = caFile;
        this.credentials = credentials;
        this.onExit = new Thread(() -> {
            process.destroyForcibly();
            Folders.deleteQuietly(workDir);
        }, "iomt-mosquitto-cleanup");
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    /**
     * Generates the configuration in {@code workDir}, starts the broker and waits, bounded, until every listener
     * accepts connections. The broker owns {@code workDir} from now on: {@link #close} deletes it, and so does a start
     * that fails.
     *
     * @param program    the mosquitto binary: a path, or a name looked up on {@code PATH}
     * @param workDir    an empty folder for the configuration, password file and certificates
     * @param logFile    where the broker writes its log
     * @param limits     the QoS and retained messages the broker supports
     * @param unauthorised the topic the restricted listener does not authorise clients to publish to
     */
    static LocalMosquitto start(String program, Path workDir, Path logFile, Options options, MosquittoLimits limits,
                                String unauthorised) throws IOException {
        try {
            return startIn(program, workDir, logFile, options, limits, unauthorised);
        } catch (IOException | RuntimeException e) {
            Folders.deleteQuietly(workDir);
            throw e;
        }
    }

    private static LocalMosquitto startIn(String program, Path workDir, Path logFile, Options options, MosquittoLimits limits,
                                          String unauthorised) throws IOException {
        Path executable = Executables.find(program).orElseThrow(() -> new IOException("no Mosquitto program "
                + (program.contains("/") ? "at " + program : "'" + program + "' on PATH")
                + " (Debian: apt-get install mosquitto; .ci/run installs it)"));
        Path passwordTool = Executables.find("mosquitto_passwd").orElseThrow(() -> new IOException(
                "no mosquitto_passwd on PATH (it comes with Mosquitto: apt-get install mosquitto)"));
        BrokerSettings.Credentials credentials = new BrokerSettings.Credentials("iomt-suite", randomSecret());
        Path passwd = workDir.resolve("passwd");
        Files.writeString(passwd, "");
        run(workDir, passwordTool.toString(), "-b", passwd.toString(), credentials.username(),
                options.credentialsAccepted() ? credentials.password() : "refused-" + credentials.password());
        boolean tls = certificates(workDir, options.certificateName());
        Files.writeString(workDir.resolve("acl"), "topic readwrite #\ntopic deny " + unauthorised + "\n");
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            Ports ports = Ports.pick(tls);
            Path confFile = workDir.resolve("mosquitto.conf");
            Files.writeString(confFile, configuration(ports, workDir, passwd, options, limits));
            readableByTheBroker(workDir);
            Process process = new ProcessBuilder(executable.toString(), "-c", confFile.toString())
                    .redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
            if (listening(process, ports)) {
                return new LocalMosquitto(workDir, process, ports, workDir.resolve("ca.crt"), credentials);
            }
            stop(process);
        }
        throw new IOException("Mosquitto did not start in " + START_ATTEMPTS + " attempts of " + START_BOUND.toSeconds()
                + " s; its log: " + logFile);
    }

    /**
     * Free loopback ports for the listeners. A port is free when picked but another process may take it before the
     * broker binds it (parallel test JVMs do), so a start that loses the race is retried with new ports.
     */
    private record Ports(int anonymous, int password, int restricted, Optional<Integer> tls, Optional<Integer> mutualTls) {

        static Ports pick(boolean tls) throws IOException {
            return new Ports(freePort(), freePort(), freePort(), tls ? Optional.of(freePort()) : Optional.empty(),
                    tls ? Optional.of(freePort()) : Optional.empty());
        }

        List<Integer> all() {
            List<Integer> ports = new ArrayList<>(List.of(anonymous, password, restricted));
            tls.ifPresent(ports::add);
            mutualTls.ifPresent(ports::add);
            return ports;
        }
    }

    private static String configuration(Ports ports, Path workDir, Path passwd, Options options, MosquittoLimits limits) {
        StringBuilder conf = new StringBuilder()
                .append("per_listener_settings true\npersistence false\nlog_dest stdout\nlog_type all\nlog_timestamp_format %H:%M:%S\n")
                .append(limits.general())
                .append("listener ").append(ports.anonymous()).append(' ').append(HOST).append("\nallow_anonymous true\n").append(limits.listener())
                .append("listener ").append(ports.password()).append(' ').append(HOST)
                .append("\nallow_anonymous false\npassword_file ").append(passwd).append('\n').append(limits.listener())
                .append("listener ").append(ports.restricted()).append(' ').append(HOST)
                .append("\nallow_anonymous true\nacl_file ").append(workDir.resolve("acl")).append('\n').append(limits.listener());
        ports.tls().ifPresent(port -> conf.append("listener ").append(port).append(' ').append(HOST)
                .append("\nallow_anonymous ").append(options.anonymousTls())
                .append(options.anonymousTls() ? "" : "\npassword_file " + passwd)
                .append("\ncertfile ").append(workDir.resolve("server.crt"))
                .append("\nkeyfile ").append(workDir.resolve("server.key"))
                .append("\ntls_version tlsv1.2\n").append(limits.listener()));
        ports.mutualTls().ifPresent(port -> conf.append("listener ").append(port).append(' ').append(HOST)
                .append("\nallow_anonymous true")
                .append("\ncertfile ").append(workDir.resolve("server.crt"))
                .append("\nkeyfile ").append(workDir.resolve("server.key"))
                .append("\ncafile ").append(workDir.resolve("ca.crt"))
                .append("\nrequire_certificate ").append(options.clientCertificateRequired())
                .append("\ntls_version tlsv1.2\n").append(limits.listener()));
        return conf.toString();
    }

    /**
     * Waits, bounded, until every listener accepts a connection while the broker runs, and the broker still runs a
     * moment later: a broker that lost one of its ports to another process stops at once, even if that process
     * answers on the port. False when it stopped or the bound passed.
     */
    private static boolean listening(Process process, Ports ports) {
        long deadline = System.nanoTime() + START_BOUND.toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            if (ports.all().stream().allMatch(LocalMosquitto::accepts)) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200)); // time for a failed bind to end the process
                return process.isAlive();
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20)); // bounded poll for the listeners
        }
        return false;
    }

    /**
     * How the generated configuration departs from a careful one, for the faults a proxy cannot inject.
     *
     * @param certificateName           the name the TLS listeners' certificate is issued for
     * @param anonymousTls              the TLS listener admits clients without credentials
     * @param clientCertificateRequired the mutual-TLS listener requires a client certificate
     * @param credentialsAccepted       the password and TLS listeners admit the suite's user name and password
     */
    record Options(String certificateName, boolean anonymousTls, boolean clientCertificateRequired, boolean credentialsAccepted) {
    }

    Optional<Integer> mutualTlsPort() {
        return mutualTlsPort;
    }

    /** The client certificate (PEM) the CA of the run issued for the suite, and its key. */
    Path clientCertificate() {
        return workDir.resolve("client.crt");
    }

    Path clientKey() {
        return workDir.resolve("client.key");
    }

    int anonymousPort() {
        return anonymousPort;
    }

    int passwordPort() {
        return passwordPort;
    }

    /** The anonymous listener whose access-control list denies publishing to the run's unauthorised topic. */
    int restrictedPort() {
        return restrictedPort;
    }

    Optional<Integer> tlsPort() {
        return tlsPort;
    }

    /** The CA that issued the TLS listener's certificate (PEM). */
    Path caFile() {
        return caFile;
    }

    BrokerSettings.Credentials credentials() {
        return credentials;
    }

    long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        stop(process);
        Folders.deleteQuietly(workDir);
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting and runs the hook itself, which finds the broker already stopped
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(3, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * A CA, a server certificate for {@code name} (localhost also for 127.0.0.1) and a client certificate, on P-256 keys
     * (quick to make), made with openssl; false when openssl is missing.
     */
    private static boolean certificates(Path dir, String name) throws IOException {
        Optional<Path> openssl = Executables.find("openssl");
        if (openssl.isEmpty()) {
            return false;
        }
        String o = openssl.get().toString();
        run(dir, o, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                "-subj", "/CN=IoMT suite run CA",
                "-keyout", "ca.key", "-out", "ca.crt");
        run(dir, o, "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-subj", "/CN=" + name,
                "-keyout", "server.key", "-out", "server.csr");
        Files.writeString(dir.resolve("san.ext"), "localhost".equals(name) ? "subjectAltName=DNS:localhost,IP:127.0.0.1\n"
                : "subjectAltName=DNS:" + name + "\n");
        run(dir, o, "x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-days", "2",
                "-extfile", "san.ext", "-out", "server.crt");
        run(dir, o, "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-subj", "/CN=iomt-suite-client",
                "-keyout", "client.key", "-out", "client.csr");
        run(dir, o, "x509", "-req", "-in", "client.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial", "-days", "2",
                "-out", "client.crt");
        return true;
    }

    /**
     * Started as root, Mosquitto drops to its own user before it reads the password file and the certificates, so
     * the folder and its files are made readable to it. They are the run's own, deleted when the broker stops.
     */
    private static void readableByTheBroker(Path dir) throws IOException {
        if (!dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.setPosixFilePermissions(f, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
            }
        }
    }

    private static void run(Path dir, String... command) throws IOException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("tools.log").toFile()).start();
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException(command[0] + " failed while preparing Mosquitto; see " + dir.resolve("tools.log"));
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while preparing Mosquitto", e);
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getByName(HOST))) {
            return s.getLocalPort();
        }
    }

    private static boolean accepts(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(HOST, port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
