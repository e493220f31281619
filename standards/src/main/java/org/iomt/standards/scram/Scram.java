package org.iomt.standards.scram;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The computations SCRAM-SHA-256 shares between client and server (RFC 5802 §3, RFC 7677), and the reading of its
 * messages, which are comma-separated attributes such as {@code r=nonce}.
 */
public final class Scram {

    /** The mechanism's name, as MQTT 5.0 enhanced authentication names its Authentication Method. */
    public static final String SHA_256 = "SCRAM-SHA-256";
    /** The GS2 header of a client that neither supports nor uses channel binding. */
    static final String GS2_HEADER = "n,,";
    /** The channel-binding attribute that GS2 header gives: its base64 form. */
    static final String CHANNEL_BINDING = "c=" + Base64.getEncoder().encodeToString(GS2_HEADER.getBytes(StandardCharsets.US_ASCII));
    /** The least iteration count RFC 7677 §4 lets a server ask for. */
    public static final int MINIMUM_ITERATIONS = 4096;

    private Scram() {
    }

    /** A fresh printable nonce without commas, of 24 random bytes. */
    public static String nonce() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().withoutPadding().encodeToString(bytes).replace('/', '-');
    }

    /**
     * The attributes of a message, in order, each keyed by its letter.
     *
     * @throws ScramException when a part is not a letter, an equals sign and a value
     */
    static Map<Character, String> attributes(String message) throws ScramException {
        Map<Character, String> attributes = new LinkedHashMap<>();
        for (String part : message.split(",", -1)) {
            if (part.length() < 2 || part.charAt(1) != '=' || !Character.isLetter(part.charAt(0))) {
                throw new ScramException("\"" + part + "\" is not an attribute of the form a=value in \"" + message + "\"");
            }
            attributes.putIfAbsent(part.charAt(0), part.substring(2));
        }
        return attributes;
    }

    static String required(Map<Character, String> attributes, char name, String message) throws ScramException {
        String value = attributes.get(name);
        if (value == null || value.isEmpty()) {
            throw new ScramException("no " + name + "= attribute in \"" + message + "\"");
        }
        return value;
    }

    /** A user name as SCRAM writes it: '=' as =3D and ',' as =2C. */
    static String escapeName(String name) {
        return name.replace("=", "=3D").replace(",", "=2C");
    }

    static String unescapeName(String name) throws ScramException {
        if (name.replaceAll("=3D|=2C", "").contains("=")) {
            throw new ScramException("user name \"" + name + "\" has an '=' not written =3D or =2C");
        }
        return name.replace("=2C", ",").replace("=3D", "=");
    }

    /** Hi(password, salt, i): PBKDF2 with HMAC-SHA-256. */
    static byte[] saltedPassword(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        }
    }

    static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static byte[] xor(byte[] a, byte[] b) {
        byte[] out = new byte[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (byte) (a[i] ^ b[i]);
        }
        return out;
    }

    /** The keys both sides derive from the salted password (RFC 5802 §3). */
    record Keys(byte[] clientKey, byte[] storedKey, byte[] serverKey) {

        static Keys of(String password, byte[] salt, int iterations) {
            byte[] salted = saltedPassword(password, salt, iterations);
            byte[] clientKey = hmac(salted, "Client Key");
            return new Keys(clientKey, sha256(clientKey), hmac(salted, "Server Key"));
        }

        byte[] clientProof(String authMessage) {
            return xor(clientKey, hmac(storedKey, authMessage));
        }

        byte[] serverSignature(String authMessage) {
            return hmac(serverKey, authMessage);
        }
    }

    static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    static byte[] fromBase64(String text, String what) throws ScramException {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new ScramException(what + " \"" + text + "\" is not base64");
        }
    }

    static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
