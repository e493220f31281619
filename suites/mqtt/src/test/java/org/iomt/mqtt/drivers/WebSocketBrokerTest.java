package org.iomt.mqtt.drivers;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.EvidenceLog;
import org.iomt.mqtt.model.NonBinaryFrame;
import org.iomt.mqtt.model.SplitOverFrames;
import org.iomt.mqtt.model.WebSocketOpening;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttEncoder;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.websocket.WebSocketFrame;
import org.iomt.standards.websocket.WebSocketHandshake;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tester broker serving MQTT over WebSocket, against Eclipse Paho's WebSocket transport (a real client, both
 * versions) and against a raw client that reads and writes the frames itself.
 */
@Tag("medium")
class WebSocketBrokerTest {

    private static final byte[] MASK = {1, 2, 3, 4};

    private EvidenceLog log;
    private TesterBroker broker;

    @BeforeEach
    void start() throws Exception {
        log = new EvidenceLog("test", Clock.systemUTC());
        broker = TesterBroker.start(BrokerSettings.loopback().overWebSocket(), log);
    }

    @AfterEach
    void stop() {
        broker.close();
    }

    @Test
    void theUrlNamesTheWebSocketPath() {
        assertEquals("ws://127.0.0.1:" + broker.address().getPort() + "/mqtt", broker.url());
    }

    @Test
    void pahoV311OverWebSocketOffersMqttAndPublishesInBinaryFrames() throws Exception {
        MqttClient client = new MqttClient(broker.url(), "paho311ws", new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setConnectionTimeout(5);
        client.connect(options);
        client.publish("ward/1/temperature", "36.6".getBytes(StandardCharsets.UTF_8), 1, false);
        client.disconnect();
        client.close();
        assertTrue(log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.decoded().startsWith("DISCONNECT")),
                Duration.ofSeconds(2)));
        assertEquals(List.of("mqtt"), opening().subprotocols());
        assertTrue(log.snapshot().stream().anyMatch(e -> e.decoded().startsWith("PUBACK")), "the reading was acknowledged");
        assertTrue(log.snapshot().stream().noneMatch(e -> e.as(NonBinaryFrame.class).isPresent()));
    }

    @Test
    void pahoV5OverWebSocketConnectsAndPublishes() throws Exception {
        org.eclipse.paho.mqttv5.client.MqttClient client = new org.eclipse.paho.mqttv5.client.MqttClient(broker.url(),
                "paho5ws", new org.eclipse.paho.mqttv5.client.persist.MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setConnectionTimeout(5);
        client.connect(options);
        MqttMessage message = new MqttMessage("36.6".getBytes(StandardCharsets.UTF_8));
        message.setQos(1);
        client.publish("ward/1/temperature", message);
        client.disconnect();
        client.close();
        assertTrue(log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.decoded().startsWith("DISCONNECT")),
                Duration.ofSeconds(2)));
        assertEquals(List.of("mqtt"), opening().subprotocols());
        assertTrue(log.snapshot().stream().anyMatch(e -> e.decoded().startsWith("PUBACK")), "the reading was acknowledged");
    }

    @Test
    void aSplitConnackComesInTwoFramesAndATextFrameClosesTheConnection() throws Exception {
        broker.controls().splitNextAcceptingConnack();
        try (Socket socket = new Socket("127.0.0.1", broker.address().getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(WebSocketHandshake.request("127.0.0.1", "/mqtt", "dGhlIHNhbXBsZSBub25jZQ==", List.of("mqtt")));
            WebSocketHandshake answer = WebSocketHandshake.read(in);
            assertEquals(Optional.of("s3pPLMBiTxaQ9kYGzzhZRbK+xOo="), answer.header("Sec-WebSocket-Accept"));
            assertEquals(List.of("mqtt"), answer.subprotocols());

            out.write(WebSocketFrame.binary(MqttEncoder.encode(Connect.of(MqttVersion.V3_1_1, "raw", 30, true),
                    MqttVersion.V3_1_1)).encode(MASK));
            assertEquals("20", HexFormat.of().formatHex(WebSocketFrame.read(in).payload()), "the CONNACK's first byte");
            assertEquals("020000", HexFormat.of().formatHex(WebSocketFrame.read(in).payload()), "the rest of it");
            assertTrue(log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.as(SplitOverFrames.class).isPresent()),
                    Duration.ofSeconds(2)), "the split is recorded (after the frames went out)");

            out.write(WebSocketFrame.binary(MqttEncoder.encode(new PingReq(0), MqttVersion.V3_1_1)).encode(MASK));
            assertEquals("d000", HexFormat.of().formatHex(WebSocketFrame.read(in).payload()), "a PINGRESP, in one frame");

            out.write(new WebSocketFrame(true, WebSocketFrame.TEXT, MqttEncoder.encode(PublishAck.puback(1),
                    MqttVersion.V3_1_1)).encode(MASK));
            assertNull(WebSocketFrame.read(in), "the broker closed the connection on the text frame");
        }
        assertTrue(log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.as(ConnectionEnded.class).isPresent()),
                Duration.ofSeconds(2)));
        Evidence text = log.snapshot().stream().filter(e -> e.as(NonBinaryFrame.class).isPresent()).findFirst().orElseThrow();
        assertEquals("text", text.as(NonBinaryFrame.class).orElseThrow().opcode());
        assertTrue(log.snapshot().stream().noneMatch(e -> e.decoded().startsWith("PUBACK")), "no packet was taken from it");
    }

    @Test
    void aRequestWithoutUpgradeIsClosed() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", broker.address().getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write("GET /mqtt HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals(-1, socket.getInputStream().read());
        }
        assertTrue(log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.as(ConnectionEnded.class).isPresent()),
                Duration.ofSeconds(2)));
        assertEquals(false, opening().upgrade());
    }

    private WebSocketOpening opening() {
        return log.snapshot().stream().map(e -> e.as(WebSocketOpening.class)).flatMap(Optional::stream).findFirst().orElseThrow();
    }
}
