package org.iomt.patch.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.model.NonBinaryFrame;
import org.iomt.mqtt.model.SplitOverFrames;
import org.iomt.mqtt.model.WebSocketOpening;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The MQTT-over-WebSocket checks on hand-made connections as the tester broker records them. */
@Tag("small")
class WebSocketCheckTest {

    private final List<Evidence> log = new ArrayList<>();

    private void on(Direction direction, String connection, Object value) {
        log.add(new Evidence("test", log.size() + 1, Instant.EPOCH, log.size(), direction, connection, new byte[0],
                String.valueOf(value), Optional.ofNullable(value)));
    }

    /** c1: the WebSocket opened offering the given subprotocols, CONNECT, and a CONNACK split over two frames. */
    private void opened(String connection, List<String> subprotocols) {
        on(Direction.TRANSPORT, connection, new WebSocketOpening("GET /mqtt HTTP/1.1", true, subprotocols));
        on(Direction.DEVICE_TO_SUITE, connection, Connect.of(MqttVersion.V3_1_1, "p", 30, false));
        on(Direction.SUITE_TO_DEVICE, connection, Connack.of(false, 0));
        on(Direction.TRANSPORT, connection, new SplitOverFrames("CONNACK", 2));
    }

    private static String reasons(Outcome outcome) {
        return outcome.findings().stream().map(Finding::message).collect(Collectors.joining("; "));
    }

    @Test
    void everyOpeningMustOfferMqtt() {
        opened("c1", List.of("mqtt"));
        assertTrue(WebSocketCheck.mqttSubprotocolOffered("r").judge(log).passed());
        opened("c2", List.of("mqttv3.1"));
        Outcome outcome = WebSocketCheck.mqttSubprotocolOffered("r").judge(log);
        assertEquals("packet #5 on c2: the device opened a WebSocket offering the subprotocols [mqttv3.1], without mqtt",
                reasons(outcome));
    }

    @Test
    void aTextFrameOfTheDeviceFails() {
        opened("c1", List.of("mqtt"));
        assertTrue(WebSocketCheck.binaryFramesOnly("r").judge(log).passed());
        on(Direction.TRANSPORT, "c1", new NonBinaryFrame("text"));
        assertFalse(WebSocketCheck.binaryFramesOnly("r").judge(log).passed());
    }

    @Test
    void aSplitConnackIsReadWhenTheDeviceGoesOnAndJoinedCommandsWhenAnswered() {
        opened("c1", List.of("mqtt"));
        on(Direction.DEVICE_TO_SUITE, "c1", Subscribe.of(1, new Subscription("cmd", 1)));
        on(Direction.SUITE_TO_DEVICE, "c1", new Suback(0, 1, MqttProperties.EMPTY, List.of(1)));
        on(Direction.SUITE_TO_DEVICE, "c1", Publish.of("cmd", 1, false, 7, new byte[] {1}));
        on(Direction.TRANSPORT, "c1", new SplitOverFrames("SUBACK+PUBLISH", 1));
        on(Direction.DEVICE_TO_SUITE, "c1", PublishAck.puback(7));
        Outcome outcome = WebSocketCheck.readAcrossFrameBoundaries("r").judge(log);
        assertTrue(outcome.passed(), reasons(outcome));
        log.remove(log.size() - 1);
        assertTrue(reasons(WebSocketCheck.readAcrossFrameBoundaries("r").judge(log))
                .contains("never answered the command that came in one WebSocket frame"));
    }

    @Test
    void closingOrDisconnectingAtTheSplitConnackFails() {
        opened("c1", List.of("mqtt"));
        on(Direction.TRANSPORT, "c1", ConnectionEnded.byPeer("connection closed by device"));
        assertTrue(reasons(WebSocketCheck.readAcrossFrameBoundaries("r").judge(log)).contains("with nothing from the device"));
        log.clear();
        opened("c1", List.of("mqtt"));
        on(Direction.DEVICE_TO_SUITE, "c1", new Disconnect(0, 0x81, MqttProperties.EMPTY));
        assertFalse(WebSocketCheck.readAcrossFrameBoundaries("r").judge(log).passed());
    }

    @Test
    void aSplitConnackWithNothingAfterItBeforeTheEndIsInconclusive() {
        opened("c1", List.of("mqtt"));
        assertNotNull(WebSocketCheck.readAcrossFrameBoundaries("r").judge(log).inconclusiveReason());
    }

    @Test
    void withoutAWebSocketOrASplitThereIsNothingToJudge() {
        assertNotNull(WebSocketCheck.binaryFramesOnly("r").judge(log).inconclusiveReason());
        on(Direction.TRANSPORT, "c1", new WebSocketOpening("GET /mqtt HTTP/1.1", true, List.of("mqtt")));
        assertNotNull(WebSocketCheck.readAcrossFrameBoundaries("r").judge(log).inconclusiveReason());
    }
}
