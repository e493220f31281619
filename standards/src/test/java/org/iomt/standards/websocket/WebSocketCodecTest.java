package org.iomt.standards.websocket;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** WebSocket frames and the opening handshake against the examples of RFC 6455. */
@Tag("small")
class WebSocketCodecTest {

    @Test
    void theAcceptKeyIsTheOneOfTheRfcExample() {
        // RFC 6455 §1.3
        assertEquals("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=", WebSocketHandshake.acceptKey("dGhlIHNhbXBsZSBub25jZQ=="));
    }

    @Test
    void framesMatchTheRfcExamplesMaskedAndUnmasked() throws IOException {
        // RFC 6455 §5.7: a single-frame unmasked text message "Hello", and the same masked with 37 fa 21 3d
        byte[] hello = "Hello".getBytes(StandardCharsets.US_ASCII);
        WebSocketFrame text = new WebSocketFrame(true, WebSocketFrame.TEXT, hello);
        assertEquals("810548656c6c6f", HexFormat.of().formatHex(text.encode(null)));
        byte[] masked = text.encode(HexFormat.of().parseHex("37fa213d"));
        assertEquals("818537fa213d7f9f4d5158", HexFormat.of().formatHex(masked));
        assertEquals(text, WebSocketFrame.read(new ByteArrayInputStream(masked)));
    }

    @Test
    void longPayloadsTakeTheExtendedLengths() throws IOException {
        for (int size : List.of(125, 126, 65535, 65536)) {
            WebSocketFrame frame = WebSocketFrame.binary(new byte[size]);
            assertEquals(frame, WebSocketFrame.read(new ByteArrayInputStream(frame.encode(new byte[] {1, 2, 3, 4}))), "size " + size);
        }
    }

    @Test
    void theEndOfTheStreamBeforeAFrameIsNullAndInsideOneAnError() {
        assertNull(assertDoesNotThrowRead(new byte[0]));
        assertThrows(EOFException.class, () -> WebSocketFrame.read(new ByteArrayInputStream(new byte[] {(byte) 0x82, 0x05, 1})));
    }

    private static WebSocketFrame assertDoesNotThrowRead(byte[] bytes) {
        try {
            return WebSocketFrame.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aRequestIsReadBackWithItsSubprotocols() throws IOException {
        byte[] request = WebSocketHandshake.request("127.0.0.1:1883", "/mqtt", "dGhlIHNhbXBsZSBub25jZQ==", List.of("mqtt", "mqttv3.1"));
        WebSocketHandshake read = WebSocketHandshake.read(new ByteArrayInputStream(request));
        assertTrue(read.isUpgradeRequest());
        assertEquals("GET /mqtt HTTP/1.1", read.startLine());
        assertEquals(List.of("mqtt", "mqttv3.1"), read.subprotocols());
        WebSocketHandshake answer = WebSocketHandshake.read(new ByteArrayInputStream(
                WebSocketHandshake.accept("dGhlIHNhbXBsZSBub25jZQ==", Optional.of("mqtt"))));
        assertEquals(Optional.of("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="), answer.header("sec-websocket-accept"));
        assertEquals(List.of("mqtt"), answer.subprotocols());
    }
}
