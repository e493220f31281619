package org.iomt.standards.scram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * The client's side of one SCRAM-SHA-256 authentication: its first message, its final message in answer to the
 * server's first, and the check of the server's signature in the server's final message.
 */
public final class ScramClient {

    private final String user;
    private final String password;
    private final String nonce;
    private String authMessage;
    private Scram.Keys keys;

    public ScramClient(String user, String password, String nonce) {
        this.user = user;
        this.password = password;
        this.nonce = nonce;
    }

    /** The client-first-message: GS2 header, user name and nonce. */
    public byte[] firstMessage() {
        return (Scram.GS2_HEADER + bare()).getBytes(StandardCharsets.UTF_8);
    }

    private String bare() {
        return "n=" + Scram.escapeName(user) + ",r=" + nonce;
    }

    /**
     * The client-final-message in answer to the server-first-message: channel binding, the combined nonce and the
     * client's proof.
     *
     * @throws ScramException when the server's message lacks a part, its nonce does not extend the client's, or it asks
     *                        for fewer iterations than RFC 7677 allows
     */
    public byte[] finalMessage(byte[] serverFirst) throws ScramException {
        String message = Scram.utf8(serverFirst);
        Map<Character, String> attributes = Scram.attributes(message);
        String combined = Scram.required(attributes, 'r', message);
        if (!combined.startsWith(nonce) || combined.length() == nonce.length()) {
            throw new ScramException("the server's nonce \"" + combined + "\" does not extend the client's \"" + nonce + "\"");
        }
        byte[] salt = Scram.fromBase64(Scram.required(attributes, 's', message), "salt");
        int iterations;
        try {
            iterations = Integer.parseInt(Scram.required(attributes, 'i', message));
        } catch (NumberFormatException e) {
            throw new ScramException("iteration count \"" + attributes.get('i') + "\" is not a number");
        }
        if (iterations < Scram.MINIMUM_ITERATIONS) {
            throw new ScramException("the server asks for " + iterations + " iterations, fewer than " + Scram.MINIMUM_ITERATIONS);
        }
        String withoutProof = Scram.CHANNEL_BINDING + ",r=" + combined;
        authMessage = bare() + "," + message + "," + withoutProof;
        keys = Scram.Keys.of(password, salt, iterations);
        return (withoutProof + ",p=" + Scram.base64(keys.clientProof(authMessage))).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Whether the server-final-message carries the signature only a server that knows the password can make; false too
     * when it carries an error ({@code e=}) or comes before the client's final message.
     */
    public boolean serverVerified(byte[] serverFinal) {
        if (keys == null) {
            return false;
        }
        try {
            String message = Scram.utf8(serverFinal);
            byte[] signature = Scram.fromBase64(Scram.required(Scram.attributes(message), 'v', message), "server signature");
            return MessageDigest.isEqual(signature, keys.serverSignature(authMessage));
        } catch (ScramException e) {
            return false;
        }
    }
}
