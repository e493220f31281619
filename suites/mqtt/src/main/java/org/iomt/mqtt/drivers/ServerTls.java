package org.iomt.mqtt.drivers;

import org.iomt.mqtt.model.TlsHandshake.Presented;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.EnumMap;
import java.util.Map;
import javax.net.ssl.SSLContext;

/**
 * The tester broker's TLS listener for a device that claims TLS: it presents, on the device's first TLS connection, a
 * certificate from a CA the device does not trust, on the second one from the trusted CA for another host name, and
 * from then on the correct one, so that one observation window shows both refusals and the working session.
 */
public final class ServerTls {

    /** The order in which the broker presents its certificates, one per connection; the last one stays. */
    static final Presented[] ORDER = {Presented.UNTRUSTED, Presented.WRONG_NAME, Presented.TRUSTED};

    private final Map<Presented, SSLContext> contexts;

    private ServerTls(Map<Presented, SSLContext> contexts) {
        this.contexts = contexts;
    }

    /**
     * One identity per certificate the broker presents.
     *
     * @param identities for each kind of certificate: the PEM chain (end entity first, then its CA) and its PKCS#8
     *                   PEM key
     */
    public static ServerTls of(Map<Presented, Identity> identities) throws IOException {
        Map<Presented, SSLContext> contexts = new EnumMap<>(Presented.class);
        for (Presented p : ORDER) {
            Identity identity = identities.get(p);
            if (identity == null) {
                throw new IllegalArgumentException("no certificate given for " + p);
            }
            try {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(Pem.keyManagers(identity.chain(), identity.key()), null, null);
                contexts.put(p, context);
            } catch (GeneralSecurityException e) {
                throw new IOException("cannot present the certificate in " + identity.chain() + ": " + e.getMessage(), e);
            }
        }
        return new ServerTls(contexts);
    }

    /** What the broker presents on its n-th TLS connection, counted from 1. */
    static Presented presentedOn(int connection) {
        return ORDER[Math.min(connection, ORDER.length) - 1];
    }

    SSLContext context(Presented presented) {
        return contexts.get(presented);
    }

    /**
     * A certificate chain and its private key, as files.
     *
     * @param chain PEM certificates, the end entity first
     * @param key   PKCS#8 PEM private key of the end entity
     */
    public record Identity(Path chain, Path key) {
    }
}
