package org.iomt.mqtt.drivers;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * Where the suite reaches a broker under test: host and port, and for a TLS listener the certificates the suite
 * trusts and the name it expects the broker's certificate to carry. Connecting over TLS validates the chain and
 * the name, as a careful device must.
 *
 * @param host        host name or address
 * @param port        TCP port
 * @param tls         the TLS context trusting the broker's CA, or empty for plain TCP
 * @param serverName  the name checked against the broker's certificate (TLS only)
 * @param credentials the user name and password the broker expects on this listener, if any
 */
public record BrokerEndpoint(String host, int port, Optional<SSLContext> tls, String serverName,
                             Optional<BrokerSettings.Credentials> credentials) {

    public static BrokerEndpoint plain(String host, int port, Optional<BrokerSettings.Credentials> credentials) {
        return new BrokerEndpoint(host, port, Optional.empty(), host, credentials);
    }

    /** A TLS listener whose certificate must chain to a CA in {@code caFile} (PEM) and carry {@code serverName}. */
    public static BrokerEndpoint tls(String host, int port, Path caFile, String serverName,
                                     Optional<BrokerSettings.Credentials> credentials) throws IOException {
        return new BrokerEndpoint(host, port, Optional.of(context(caFile, Optional.empty())), serverName, credentials);
    }

    /**
     * A TLS listener that asks for a client certificate: the suite presents {@code certificateFile} (PEM, the
     * client's certificate first, then any intermediates) with the PKCS#8 private key in {@code keyFile}.
     */
    public static BrokerEndpoint mutualTls(String host, int port, Path caFile, String serverName, Path certificateFile,
                                           Path keyFile) throws IOException {
        return new BrokerEndpoint(host, port, Optional.of(context(caFile, Optional.of(new Path[]{certificateFile, keyFile}))),
                serverName, Optional.empty());
    }

    /** The CONNECT with the user name and password this listener expects, or as it is when it expects none. */
    public org.iomt.standards.mqtt.Connect presentingCredentials(org.iomt.standards.mqtt.Connect connect) {
        return credentials.map(c -> connect.withCredentials(c.username(), c.password().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .orElse(connect);
    }

    /** The same listener, reached with other credentials (or none). */
    public BrokerEndpoint withCredentials(Optional<BrokerSettings.Credentials> other) {
        return new BrokerEndpoint(host, port, tls, serverName, other);
    }

    /** The same TLS listener, expecting its certificate to carry another name. */
    public BrokerEndpoint expectingName(String name) {
        return new BrokerEndpoint(host, port, tls, name, credentials);
    }

    Socket connect(Duration timeout) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            if (tls.isEmpty()) {
                return socket;
            }
            SSLSocket ssl = (SSLSocket) tls.get().getSocketFactory().createSocket(socket, serverName, port, true);
            SSLParameters parameters = ssl.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS"); // checks the certificate's names against serverName
            if (!serverName.matches("[0-9.:]+")) {
                parameters.setServerNames(java.util.List.of(new SNIHostName(serverName)));
            }
            ssl.setSSLParameters(parameters);
            ssl.setSoTimeout((int) timeout.toMillis());
            ssl.startHandshake();
            ssl.setSoTimeout(0);
            return ssl;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }

    private static SSLContext context(Path caFile, Optional<Path[]> clientIdentity) throws IOException {
        try {
            javax.net.ssl.KeyManager[] keys = null;
            if (clientIdentity.isPresent()) {
                keys = Pem.keyManagers(clientIdentity.get()[0], clientIdentity.get()[1]);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, Pem.trustManagers(caFile), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot trust the certificates in " + caFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return (tls.isPresent() ? "mqtts://" : "mqtt://") + host + ":" + port;
    }
}
