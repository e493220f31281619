package org.iomt.patch.target;

import org.iomt.core.spi.Folders;
import org.iomt.mqtt.drivers.ServerTls;
import org.iomt.mqtt.model.TlsHandshake.Presented;
import org.iomt.simulators.Executables;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The certificates the tester broker presents to a device that claims TLS, made with openssl for one run in a folder
 * of their own, deleted when the run ends: the broker's certificate from the device's trusted CA (the lab's CA of a
 * live profile, or one made for the run when the patch is simulated), a certificate from the same CA for another
 * host name, and a certificate for the right name from a CA made for the run that the device does not trust. Keys
 * never leave the folder; evidence names certificates only by their role.
 */
final class DeviceCertificates implements AutoCloseable {

    /** The host name of the certificate that names another host; {@code .invalid} never resolves (RFC 2606). */
    static final String WRONG_NAME = "impostor.invalid";

    private final Path dir;
    private final Path trustedCa;
    private final Map<Presented, ServerTls.Identity> identities;

    private DeviceCertificates(Path dir, Path trustedCa, Map<Presented, ServerTls.Identity> identities) {
        this.dir = dir;
        this.trustedCa = trustedCa;
        this.identities = identities;
    }

    /**
     * Makes the run's certificates.
     *
     * @param serverName the name (or address) the device dials
     * @param labCa      the CA the device trusts, as certificate and key files; empty to make one for the run
     */
    static DeviceCertificates make(String serverName, Optional<Path[]> labCa) throws IOException {
        opensslProgram();
        Path dir = Files.createTempDirectory("iomt-device-tls");
        try {
            Path caCrt;
            Path caKey;
            if (labCa.isPresent()) {
                caCrt = labCa.get()[0];
                caKey = labCa.get()[1];
            } else {
                caCrt = dir.resolve("trusted-ca.crt");
                caKey = dir.resolve("trusted-ca.key");
                authority(dir, "IoMT suite run CA (trusted by the device)", caCrt, caKey);
            }
            Path impostorCrt = dir.resolve("impostor-ca.crt");
            Path impostorKey = dir.resolve("impostor-ca.key");
            authority(dir, "IoMT suite impostor CA (not trusted by the device)", impostorCrt, impostorKey);
            Map<Presented, ServerTls.Identity> identities = new EnumMap<>(Presented.class);
            identities.put(Presented.TRUSTED, leaf(dir, "trusted", serverName, caCrt, caKey));
            identities.put(Presented.WRONG_NAME, leaf(dir, "wrong-name", WRONG_NAME, caCrt, caKey));
            identities.put(Presented.UNTRUSTED, leaf(dir, "untrusted", serverName, impostorCrt, impostorKey));
            return new DeviceCertificates(dir, caCrt, identities);
        } catch (IOException | RuntimeException e) {
            Folders.deleteQuietly(dir);
            throw e;
        }
    }

    /** The CA certificate the device trusts (PEM), for the built-in patch. */
    Path trustedCa() {
        return trustedCa;
    }

    ServerTls serverTls() throws IOException {
        return ServerTls.of(identities);
    }

    @Override
    public void close() {
        Folders.deleteQuietly(dir);
    }

    private static void authority(Path dir, String name, Path crt, Path key) throws IOException {
        openssl(dir, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                "-subj", "/CN=" + name, "-keyout", key.toString(), "-out", crt.toString());
    }

    /** A certificate for {@code name} issued by the CA, written with the CA's certificate after it as the chain. */
    private static ServerTls.Identity leaf(Path dir, String role, String name, Path caCrt, Path caKey) throws IOException {
        Path key = dir.resolve(role + ".key");
        Path csr = dir.resolve(role + ".csr");
        Path crt = dir.resolve(role + ".crt");
        Path ext = dir.resolve(role + ".ext");
        openssl(dir, "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-subj", "/CN=" + name,
                "-keyout", key.toString(), "-out", csr.toString());
        Files.writeString(ext, "subjectAltName=" + subjectAltNames(name) + "\n");
        openssl(dir, "x509", "-req", "-in", csr.toString(), "-CA", caCrt.toString(), "-CAkey", caKey.toString(),
                "-set_serial", new BigInteger(63, new SecureRandom()).toString(), "-days", "2", "-extfile", ext.toString(),
                "-out", crt.toString());
        Path chain = dir.resolve(role + "-chain.pem");
        Files.writeString(chain, Files.readString(crt) + Files.readString(caCrt));
        return new ServerTls.Identity(chain, key);
    }

    private static String subjectAltNames(String name) {
        if (name.matches("[0-9.]+|.*:.*")) {
            return "IP:" + name;
        }
        return "localhost".equals(name) ? "DNS:localhost,IP:127.0.0.1" : "DNS:" + name;
    }

    private static Path opensslProgram() throws IOException {
        return Executables.find("openssl").orElseThrow(() -> new IOException("the device claims TLS, and the suite makes its "
                + "broker certificates with openssl, which is not on PATH (apt-get install openssl)"));
    }

    private static void openssl(Path dir, String... args) throws IOException {
        String[] command = Stream.concat(Stream.of(opensslProgram().toString()), Stream.of(args)).toArray(String[]::new);
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("openssl.log").toFile()).start();
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("openssl " + args[0] + " failed while making the broker's certificates: "
                        + Files.readString(dir.resolve("openssl.log")).strip());
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making the broker's certificates", e);
        }
    }
}
