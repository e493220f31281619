package org.iomt.standards.websocket;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP/1.1 upgrade that opens a WebSocket (RFC 6455 §4): a request line or status line and its headers, read up to
 * the blank line; the accept key a server derives from the client's key; and the subprotocols a side lists.
 *
 * @param startLine the request line ({@code GET /mqtt HTTP/1.1}) or status line
 * @param headers   the header fields, names in lower case, in the order they came (a repeated name's values joined by ", ")
 */
public record WebSocketHandshake(String startLine, Map<String, String> headers) {

    /** The GUID RFC 6455 appends to the client's key before hashing it. */
    private static final String KEY_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    /** The longest handshake the reader takes. */
    private static final int MAX_BYTES = 16 * 1024;

    /** Reads a request or response head, up to and including its blank line. */
    public static WebSocketHandshake read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int tail = 0; // the last four bytes read, to find the blank line that ends the head
        while (tail != 0x0D0A0D0A) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the stream ended inside the WebSocket opening handshake");
            }
            head.write(b);
            if (head.size() > MAX_BYTES) {
                throw new IOException("WebSocket opening handshake longer than " + MAX_BYTES + " bytes");
            }
            tail = (tail << 8) | b;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.merge(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim(),
                        (a, b) -> a + ", " + b);
            }
        }
        return new WebSocketHandshake(lines[0], headers);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    /** The subprotocols listed in {@code Sec-WebSocket-Protocol}, in order; empty when the header is absent. */
    public List<String> subprotocols() {
        List<String> listed = new ArrayList<>();
        header("Sec-WebSocket-Protocol").ifPresent(v -> Arrays.stream(v.split(",")).map(String::trim)
                .filter(s -> !s.isEmpty()).forEach(listed::add));
        return listed;
    }

    /** Whether this request asks to upgrade to a WebSocket (RFC 6455 §4.2.1: Upgrade, Connection, a key). */
    public boolean isUpgradeRequest() {
        return startLine.startsWith("GET ") && header("Upgrade").map(v -> v.equalsIgnoreCase("websocket")).orElse(false)
                && header("Connection").map(v -> v.toLowerCase(Locale.ROOT).contains("upgrade")).orElse(false)
                && header("Sec-WebSocket-Key").isPresent();
    }

    /** The {@code Sec-WebSocket-Accept} value a server answers the given {@code Sec-WebSocket-Key} with. */
    public static String acceptKey(String key) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest((key + KEY_GUID).getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }

    /** The request a client opens a WebSocket with, listing the given subprotocols (none when empty). */
    public static byte[] request(String host, String path, String key, List<String> subprotocols) {
        StringBuilder s = new StringBuilder("GET ").append(path).append(" HTTP/1.1\r\nHost: ").append(host)
                .append("\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ").append(key)
                .append("\r\nSec-WebSocket-Version: 13\r\n");
        if (!subprotocols.isEmpty()) {
            s.append("Sec-WebSocket-Protocol: ").append(String.join(", ", subprotocols)).append("\r\n");
        }
        return s.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The 101 answer a server accepts the request with, selecting the given subprotocol when present. */
    public static byte[] accept(String key, Optional<String> subprotocol) {
        StringBuilder s = new StringBuilder("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n")
                .append("Sec-WebSocket-Accept: ").append(acceptKey(key)).append("\r\n");
        subprotocol.ifPresent(p -> s.append("Sec-WebSocket-Protocol: ").append(p).append("\r\n"));
        return s.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
