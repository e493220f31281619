package org.iomt.mqtt.drivers;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/** Reads PEM certificates and PKCS#8 keys into the JDK's TLS key and trust managers. */
final class Pem {

    private static final String BEGIN_KEY = "-----BEGIN PRIVATE KEY-----";
    private static final String END_KEY = "-----END PRIVATE KEY-----";

    private Pem() {
    }

    /** Trust managers that trust every certificate in {@code caFile}. */
    static TrustManager[] trustManagers(Path caFile) throws IOException, GeneralSecurityException {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        int i = 0;
        for (Certificate c : certificates(caFile)) {
            trust.setCertificateEntry("ca" + i++, c);
        }
        if (i == 0) {
            throw new IOException("no certificate in " + caFile);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        return tmf.getTrustManagers();
    }

    /**
     * Key managers that present the chain in {@code certificateFile} (PEM, the end entity first) with the PKCS#8 PEM
     * private key (RSA or EC) in {@code keyFile}.
     */
    static KeyManager[] keyManagers(Path certificateFile, Path keyFile) throws IOException, GeneralSecurityException {
        List<Certificate> chain = new ArrayList<>(certificates(certificateFile));
        String pem = Files.readString(keyFile);
        if (!pem.contains(BEGIN_KEY)) {
            throw new IOException(keyFile + " is not a PKCS#8 PEM private key (BEGIN PRIVATE KEY)");
        }
        byte[] der = Base64.getMimeDecoder().decode(pem.substring(pem.indexOf(BEGIN_KEY) + BEGIN_KEY.length(),
                pem.indexOf(END_KEY)));
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        PrivateKey key;
        try {
            key = KeyFactory.getInstance("RSA").generatePrivate(spec);
        } catch (InvalidKeySpecException e) {
            key = KeyFactory.getInstance("EC").generatePrivate(spec);
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        char[] none = new char[0];
        store.setKeyEntry("identity", key, none, chain.toArray(new Certificate[0]));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, none);
        return kmf.getKeyManagers();
    }

    private static List<? extends Certificate> certificates(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            return new ArrayList<>(CertificateFactory.getInstance("X.509").generateCertificates(in));
        }
    }
}
