package org.iomt.standards.scram;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;

/**
 * The server's side of one SCRAM-SHA-256 authentication of a user whose password it knows: its first message in answer
 * to the client's first, then the check of the client's proof and the server's final message with its signature.
 */
public final class ScramServer {

    private final String user;
    private final String password;
    private final byte[] salt;
    private final int iterations;
    private final String serverNonce;
    private String clientFirstBare;
    private String serverFirst;
    private String combinedNonce;
    private Scram.Keys keys;

    /**
     * @param user        the only user this server admits
     * @param password    that user's password
     * @param salt        the salt it gives the client
     * @param iterations  the iteration count it gives the client
     * @param serverNonce the part of the nonce it adds to the client's
     */
    public ScramServer(String user, String password, byte[] salt, int iterations, String serverNonce) {
        this.user = user;
        this.password = password;
        this.salt = salt.clone();
        this.iterations = iterations;
        this.serverNonce = serverNonce;
    }

    /**
     * The server-first-message in answer to the client-first-message: the combined nonce, the salt and the iteration
     * count.
     *
     * @throws ScramException when the client's message asks for channel binding, lacks its user name or nonce, or names
     *                        a user other than the one this server admits
     */
    public byte[] firstMessage(byte[] clientFirst) throws ScramException {
        String message = Scram.utf8(clientFirst);
        if (!message.startsWith(Scram.GS2_HEADER)) {
            throw new ScramException("the client's first message \"" + message + "\" does not begin with the GS2 header "
                    + Scram.GS2_HEADER + " (no channel binding, no authorisation identity)");
        }
        clientFirstBare = message.substring(Scram.GS2_HEADER.length());
        Map<Character, String> attributes = Scram.attributes(clientFirstBare);
        String name = Scram.unescapeName(Scram.required(attributes, 'n', message));
        String clientNonce = Scram.required(attributes, 'r', message);
        if (!name.equals(user)) {
            throw new ScramException("unknown user \"" + name + "\"");
        }
        combinedNonce = clientNonce + serverNonce;
        serverFirst = "r=" + combinedNonce + ",s=" + Scram.base64(salt) + ",i=" + iterations;
        return serverFirst.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The server-final-message once the client-final-message proved the password: the server's signature.
     *
     * @throws ScramException when the client's final message comes before the first, changes the channel binding or
     *                        the nonce, or carries a proof the password does not give
     */
    public byte[] finalMessage(byte[] clientFinal) throws ScramException {
        if (serverFirst == null) {
            throw new ScramException("the client's final message came before its first");
        }
        String message = Scram.utf8(clientFinal);
        int proofAt = message.lastIndexOf(",p=");
        if (proofAt < 0) {
            throw new ScramException("no proof (p=) at the end of \"" + message + "\"");
        }
        String withoutProof = message.substring(0, proofAt);
        Map<Character, String> attributes = Scram.attributes(withoutProof);
        if (!Scram.CHANNEL_BINDING.equals("c=" + Scram.required(attributes, 'c', message))) {
            throw new ScramException("channel binding \"c=" + attributes.get('c') + "\" where the first message gave "
                    + Scram.CHANNEL_BINDING);
        }
        if (!combinedNonce.equals(Scram.required(attributes, 'r', message))) {
            throw new ScramException("nonce \"" + attributes.get('r') + "\" is not the one the server gave");
        }
        byte[] proof = Scram.fromBase64(message.substring(proofAt + 3), "proof");
        if (keys == null) {
            keys = Scram.Keys.of(password, salt, iterations);
        }
        String authMessage = clientFirstBare + "," + serverFirst + "," + withoutProof;
        if (!MessageDigest.isEqual(proof, keys.clientProof(authMessage))) {
            throw new ScramException("the client's proof does not match the password of \"" + user + "\"");
        }
        return ("v=" + Scram.base64(keys.serverSignature(authMessage))).getBytes(StandardCharsets.UTF_8);
    }
}
