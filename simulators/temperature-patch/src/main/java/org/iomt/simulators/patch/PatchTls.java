package org.iomt.simulators.patch;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * The patch's TLS client: the JDK's PKIX validation against the CA the patch was given, and the host-name check of
 * RFC 6125 (endpoint identification "HTTPS"), unless a fault takes one of them away.
 */
final class PatchTls {

    private PatchTls() {
    }

    /**
     * A context trusting the CAs of {@code tls}; with {@code acceptAnyCa} (the fault accepts-untrusted-certificate)
     * it also takes the top certificate of whatever chain the broker presents as a trust anchor, and so accepts a
     * certificate from any CA, while it still checks the host name.
     */
    static SSLContext context(PatchSettings.Tls tls, boolean acceptAnyCa) {
        try {
            List<Certificate> trusted = new ArrayList<>();
            try (InputStream in = Files.newInputStream(tls.caFile())) {
                trusted.addAll(CertificateFactory.getInstance("X.509").generateCertificates(in));
            }
            X509ExtendedTrustManager careful = trustManager(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[]{acceptAnyCa ? new AnyCa(trusted, careful) : careful}, null);
            return context;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the patch's CA " + tls.caFile(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot trust the patch's CA " + tls.caFile() + ": " + e.getMessage(), e);
        }
    }

    /** The TLS socket over a connected TCP socket, after a completed handshake; throws when the patch refuses the broker. */
    static SSLSocket handshake(SSLContext context, Socket tcp, String serverName, int port, boolean checkName) throws IOException {
        SSLSocket ssl = (SSLSocket) context.getSocketFactory().createSocket(tcp, serverName, port, true);
        SSLParameters parameters = ssl.getSSLParameters();
        if (checkName) {
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
        }
        if (!serverName.matches("[0-9.:]+")) {
            parameters.setServerNames(List.of(new SNIHostName(serverName)));
        }
        ssl.setSSLParameters(parameters);
        ssl.setSoTimeout(2000);
        ssl.startHandshake();
        ssl.setSoTimeout(0);
        return ssl;
    }

    private static X509ExtendedTrustManager trustManager(List<Certificate> anchors) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        for (int i = 0; i < anchors.size(); i++) {
            store.setCertificateEntry("ca" + i, anchors.get(i));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509ExtendedTrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager");
    }

    /** The fault accepts-untrusted-certificate: the presented chain's top certificate becomes a trust anchor. */
    private static final class AnyCa extends X509ExtendedTrustManager {
        private final List<Certificate> trusted;
        private final X509ExtendedTrustManager careful;

        AnyCa(List<Certificate> trusted, X509ExtendedTrustManager careful) {
            this.trusted = trusted;
            this.careful = careful;
        }

        private X509ExtendedTrustManager trustingAlso(X509Certificate[] chain) throws CertificateException {
            List<Certificate> anchors = new ArrayList<>(trusted);
            anchors.add(chain[chain.length - 1]);
            try {
                return trustManager(anchors);
            } catch (GeneralSecurityException | IOException e) {
                throw new CertificateException(e);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            trustingAlso(chain).checkServerTrusted(chain, authType, socket);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            trustingAlso(chain).checkServerTrusted(chain, authType, engine);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            trustingAlso(chain).checkServerTrusted(chain, authType);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
            careful.checkClientTrusted(chain, authType, socket);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
            careful.checkClientTrusted(chain, authType, engine);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            careful.checkClientTrusted(chain, authType);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return careful.getAcceptedIssuers();
        }
    }
}
