package org.iomt.mqtt.drivers;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.EvidenceLog;
import org.iomt.mqtt.model.MalformedProbe;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttEncoder;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.PingResp;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tester broker against Eclipse Paho, a real MQTT client in both versions, and against raw sockets. */
@Tag("medium")
class TesterBrokerTest {

    private EvidenceLog log;
    private TesterBroker broker;

    @BeforeEach
    void start() throws Exception {
        log = new EvidenceLog("test", Clock.systemUTC());
        broker = TesterBroker.start(BrokerSettings.loopback(), log);
    }

    @AfterEach
    void stop() {
        broker.close();
    }

    private String url() {
        return "tcp://127.0.0.1:" + broker.address().getPort();
    }

    @Test
    void pahoV311PublishesAtQos1AndIsAcknowledged() throws Exception {
        MqttClient client = new MqttClient(url(), "paho311", new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setConnectionTimeout(5);
        client.connect(options);
        client.publish("ward/1/temperature", "36.6".getBytes(StandardCharsets.UTF_8), 1, false);
        client.disconnect();
        client.close();

        // the broker records the DISCONNECT on its reader thread, which may come a moment after Paho returns
        log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.decoded().startsWith("DISCONNECT")), Duration.ofSeconds(2));
        List<String> seen = log.snapshot().stream().filter(e -> e.direction() != Direction.TRANSPORT).map(Evidence::decoded)
                .map(d -> d.split(" ")[0]).toList();
        assertEquals(List.of("CONNECT", "CONNACK", "PUBLISH", "PUBACK", "DISCONNECT"), seen);
    }

    @Test
    void pahoV5PublishesAtQos1AndIsAcknowledged() throws Exception {
        org.eclipse.paho.mqttv5.client.MqttClient client =
                new org.eclipse.paho.mqttv5.client.MqttClient(url(), "paho5", new org.eclipse.paho.mqttv5.client.persist.MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setConnectionTimeout(5);
        client.connect(options);
        MqttMessage message = new MqttMessage("36.6".getBytes(StandardCharsets.UTF_8));
        message.setQos(1);
        client.publish("ward/1/temperature", message);
        client.disconnect();
        client.close();

        assertTrue(log.snapshot().stream().anyMatch(e -> e.direction() == Direction.SUITE_TO_DEVICE
                && e.as(PublishAck.class).isPresent()), "PUBACK sent");
        assertTrue(log.snapshot().stream().anyMatch(e -> e.as(Connect.class).map(c -> c.protocolLevel() == 5).orElse(false)));
    }

    @Test
    void wrongCredentialsAreRefusedAndThePasswordNeverReachesTheEvidence() throws Exception {
        broker.close();
        broker = TesterBroker.start(BrokerSettings.loopback().requiring(new BrokerSettings.Credentials("device1", "s3cret")), log);
        MqttClient client = new MqttClient(url(), "paho311", new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setUserName("device1");
        options.setPassword("wrong-pw".toCharArray());
        assertThrows(MqttException.class, () -> client.connect(options));
        // Paho may report the close that follows the refusal rather than the refusal itself: judge the wire
        assertTrue(log.snapshot().stream().anyMatch(e -> e.direction() == Direction.SUITE_TO_DEVICE
                && e.as(Connack.class).map(c -> c.reasonCode() == 0x04).orElse(false)), "CONNACK 0x04 sent");

        options.setPassword("s3cret".toCharArray());
        client.connect(options);
        client.disconnect();
        client.close();

        String recorded = log.snapshot().stream().map(e -> e.hex() + " " + e.decoded()).reduce("", String::concat);
        String hexOf = HexFormat.of().formatHex("s3cret".getBytes(StandardCharsets.US_ASCII));
        assertAll(() -> assertFalse(recorded.contains(hexOf), "password bytes in evidence"),
                () -> assertFalse(recorded.contains("s3cret")),
                () -> assertFalse(recorded.contains(HexFormat.of().formatHex("wrong-pw".getBytes(StandardCharsets.US_ASCII)))));
    }

    @Test
    void aConnectTheBrokerCannotDecodeReachesTheEvidenceWithoutThePassword() throws Exception {
        broker.close();
        broker = TesterBroker.start(BrokerSettings.loopback().requiring(new BrokerSettings.Credentials("device1", "s3cret")), log);
        byte[] connect = MqttEncoder.encode(Connect.of(MqttVersion.V3_1_1, "raw", 30, true)
                .withCredentials("device1", "s3cret".getBytes(StandardCharsets.UTF_8)), MqttVersion.V3_1_1);
        connect[9] &= ~0x40; // Password flag 0, the password still there: the decoder finds bytes left over
        try (Socket socket = new Socket("127.0.0.1", broker.address().getPort())) {
            socket.getOutputStream().write(connect);
            socket.getOutputStream().flush();
            assertTrue(log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.decoded().startsWith("malformed [")),
                    Duration.ofSeconds(5)), "the CONNECT is recorded as malformed");
        }
        Evidence recorded = log.snapshot().stream().filter(e -> e.decoded().startsWith("malformed [")).findFirst().orElseThrow();
        assertFalse(recorded.hex().contains(HexFormat.of().formatHex("s3cret".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(connect.length, recorded.bytes().length, "masked byte for byte, its length kept");
    }

    @Test
    void aSilentClientIsDisconnectedAfterOneAndAHalfKeepAlives() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", broker.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(MqttEncoder.encode(Connect.of(MqttVersion.V3_1_1, "quiet", 1, true), MqttVersion.V3_1_1));
            out.flush();
            boolean closed = log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.decoded().contains("Keep Alive")),
                    Duration.ofSeconds(5));
            assertTrue(closed, "closed for silence");
            Evidence connect = log.snapshot().stream().filter(e -> e.as(Connect.class).isPresent()).findFirst().orElseThrow();
            Evidence close = log.snapshot().stream().filter(e -> e.decoded().contains("Keep Alive")).findFirst().orElseThrow();
            double seconds = (close.nanos() - connect.nanos()) / 1e9;
            assertTrue(seconds >= 1.4 && seconds < 2.5, "closed after " + seconds + " s");
        }
    }

    @Test
    void withheldAcknowledgementsLeaveQos1Unacknowledged() throws Exception {
        broker.controls().withholdAcknowledgements(true);
        MqttClient client = new MqttClient(url(), "paho311", new MemoryPersistence());
        client.setTimeToWait(500);
        client.connect();
        assertThrows(MqttException.class, () -> client.publish("ward/1/t", new byte[] {1}, 1, false));
        client.disconnectForcibly(100, 100);
        client.close();
        assertFalse(log.snapshot().stream().anyMatch(e -> e.as(PublishAck.class).isPresent()));
    }

    @Test
    void aScenarioCanDropTheConnectionOnTheNextPublish() throws Exception {
        broker.controls().dropConnectionOnNextPublish();
        MqttClient client = new MqttClient(url(), "paho311", new MemoryPersistence());
        client.setTimeToWait(2000);
        client.connect();
        assertThrows(MqttException.class, () -> client.publish("ward/1/t", new byte[] {1}, 1, false));
        assertTrue(log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.decoded().contains("dropped by the suite")),
                Duration.ofSeconds(5)));
        assertFalse(client.isConnected());
        client.close();
    }

    @Test
    void aKeptSessionIsPresentOnTheNextConnectAndACleanStartEndsIt() throws Exception {
        List<Boolean> present = new java.util.ArrayList<>();
        for (boolean cleanStart : new boolean[] {false, false, true, false}) {
            try (Socket socket = new Socket("127.0.0.1", broker.address().getPort())) {
                socket.getOutputStream().write(MqttEncoder.encode(Connect.of(MqttVersion.V3_1_1, "kept", 0, cleanStart),
                        MqttVersion.V3_1_1));
                byte[] connack = socket.getInputStream().readNBytes(4);
                present.add((connack[2] & 1) == 1);
            }
        }
        assertEquals(List.of(false, true, false, false), present, "new, resumed, cleaned, new again (the clean one was not kept)");
    }

    @Test
    void aScenarioCanDropTheConnectionOnTheSecondQos1Publish() throws Exception {
        broker.controls().dropConnectionOnQosPublish(2);
        try (Socket socket = new Socket("127.0.0.1", broker.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(MqttEncoder.encode(Connect.of(MqttVersion.V3_1_1, "d", 0, false), MqttVersion.V3_1_1));
            out.write(MqttEncoder.encode(Publish.of("t", 0, false, 0, new byte[] {0}), MqttVersion.V3_1_1));
            out.write(MqttEncoder.encode(Publish.of("t", 1, false, 1, new byte[] {1}), MqttVersion.V3_1_1));
            out.write(MqttEncoder.encode(Publish.of("t", 1, false, 2, new byte[] {2}), MqttVersion.V3_1_1));
            out.flush();
            assertTrue(log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.decoded().contains("dropped by the suite")),
                    Duration.ofSeconds(5)));
        }
        List<Integer> acknowledged = log.snapshot().stream().flatMap(e -> e.as(PublishAck.class).stream())
                .map(PublishAck::packetId).toList();
        assertEquals(List.of(1), acknowledged, "the first QoS 1 PUBLISH is acknowledged, the second is not");
    }

    @Test
    void aPlannedDropWaitsWhileACommandAwaitsItsAnswer() throws Exception {
        broker.controls().sendOnSubscribe("cmd", 1, new byte[] {9}, 1).dropConnectionOnQosPublish(1);
        try (Socket socket = new Socket("127.0.0.1", broker.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(MqttEncoder.encode(Connect.of(MqttVersion.V3_1_1, "d", 5, true), MqttVersion.V3_1_1));
            out.write(MqttEncoder.encode(Subscribe.of(1,
                    new Subscription("cmd", 1)), MqttVersion.V3_1_1));
            out.flush();
            assertTrue(log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.direction() == Direction.SUITE_TO_DEVICE
                    && e.as(Publish.class).isPresent()), Duration.ofSeconds(5)));
            out.write(MqttEncoder.encode(Publish.of("t", 1, false, 1, new byte[] {1}), MqttVersion.V3_1_1));
            out.write(MqttEncoder.encode(PublishAck.puback(1), MqttVersion.V3_1_1));
            out.write(MqttEncoder.encode(Publish.of("t", 1, false, 2, new byte[] {2}), MqttVersion.V3_1_1));
            out.flush();
            assertTrue(log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.decoded().contains("dropped by the suite")),
                    Duration.ofSeconds(5)));
        }
        List<Integer> acknowledged = log.snapshot().stream().filter(e -> e.direction() == Direction.SUITE_TO_DEVICE)
                .flatMap(e -> e.as(PublishAck.class).stream()).map(PublishAck::packetId).toList();
        assertEquals(List.of(1), acknowledged, "the reading sent before the command was answered is acknowledged; the drop "
                + "falls on the first one after the answer");
    }

    @Test
    void aSuccessfulPubrecToAQos2CommandIsReleasedAndAFailedOneIsNot() throws Exception {
        broker.controls().sendOnSubscribe("cmd", 2, new byte[] {9}, 2);
        try (Socket socket = new Socket("127.0.0.1", broker.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(MqttEncoder.encode(Connect.of(MqttVersion.V5_0, "d", 5, true), MqttVersion.V5_0));
            out.write(MqttEncoder.encode(Subscribe.of(1,
                    new Subscription("cmd", 2)), MqttVersion.V5_0));
            out.flush();
            assertTrue(log.awaitUntil(entries -> entries.stream().filter(e -> e.direction() == Direction.SUITE_TO_DEVICE
                    && e.as(Publish.class).isPresent()).count() == 2, Duration.ofSeconds(5)));
            out.write(MqttEncoder.encode(PublishAck.pubrec(1), MqttVersion.V5_0));
            out.write(MqttEncoder.encode(PublishAck.pubrec(2).withReason(0x80, MqttProperties.EMPTY),
                    MqttVersion.V5_0));
            out.write(MqttEncoder.encode(PublishAck.pubrec(1), MqttVersion.V5_0)); // a repeat: already released
            out.write(MqttEncoder.encode(new PingReq(0), MqttVersion.V5_0)); // answered after all
            out.flush();
            assertTrue(log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.direction() == Direction.SUITE_TO_DEVICE
                    && e.as(PingResp.class).isPresent()), Duration.ofSeconds(5)));
        }
        List<PublishAck> released = log.snapshot().stream().filter(e -> e.direction() == Direction.SUITE_TO_DEVICE)
                .flatMap(e -> e.as(PublishAck.class).stream()).filter(a -> a.type() == PacketType.PUBREL)
                .toList();
        assertEquals(List.of(PublishAck.pubrel(1)), released, "only the command received with success is released, once");
    }

    @Test
    void aProbeGoesOutRightAfterTheConnackAndTheBrokerThenAnswersNothingAndClosesAtTheBound() throws Exception {
        broker.controls().sendMalformedProbes(List.of(MalformedProbe.SECOND_CONNACK));
        assertFalse(broker.controls().malformedProbesOver());
        try (Socket socket = new Socket("127.0.0.1", broker.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(MqttEncoder.encode(Connect.of(MqttVersion.V3_1_1, "holder", 60, true), MqttVersion.V3_1_1));
            out.flush();
            byte[] received = socket.getInputStream().readNBytes(8);
            assertEquals("20020000" + "20020000", HexFormat.of().formatHex(received), "the CONNACK, then the probe");
            out.write(MqttEncoder.encode(new PingReq(0), MqttVersion.V3_1_1));
            out.flush();
            assertTrue(log.awaitUntil(entries -> broker.controls().malformedProbesOver(), Duration.ofSeconds(5)));
            assertEquals(-1, socket.getInputStream().read(), "no PINGRESP; the broker closed the connection");
            Evidence probe = log.snapshot().stream().filter(e -> e.as(MalformedProbe.class).isPresent()).findFirst().orElseThrow();
            Evidence end = log.snapshot().stream().filter(e -> e.as(ConnectionEnded.class).isPresent()).findFirst().orElseThrow();
            double seconds = (end.nanos() - probe.nanos()) / 1e9;
            assertTrue(end.as(ConnectionEnded.class).orElseThrow().causedBySuite() && seconds >= 2 && seconds < 3,
                    end.decoded() + " after " + seconds + " s");
        }
    }

    @Test
    void aSessionPresentProbeAnswersOnlyACleanStartAndTheDevicesClosingEndsIt() throws Exception {
        broker.controls().sendMalformedProbes(List.of(MalformedProbe.SESSION_PRESENT_ON_CLEAN_START));
        try (Socket persistent = new Socket("127.0.0.1", broker.address().getPort())) {
            persistent.getOutputStream().write(MqttEncoder.encode(Connect.of(MqttVersion.V5_0, "keeper", 60, false),
                    MqttVersion.V5_0));
            byte[] connack = persistent.getInputStream().readNBytes(5);
            assertEquals("2003000000", HexFormat.of().formatHex(connack), "a Clean Start 0 is answered as ever");
            assertFalse(broker.controls().malformedProbesOver(), "the probe waits for a clean start");
        }
        try (Socket clean = new Socket("127.0.0.1", broker.address().getPort())) {
            clean.getOutputStream().write(MqttEncoder.encode(Connect.of(MqttVersion.V5_0, "fresh", 60, true),
                    MqttVersion.V5_0));
            byte[] connack = clean.getInputStream().readNBytes(5);
            assertEquals("2003010000", HexFormat.of().formatHex(connack), "accepted, with Session Present 1");
        }
        assertTrue(log.awaitUntil(entries -> broker.controls().malformedProbesOver(), Duration.ofSeconds(5)),
                "the device's closing the connection ends the probe");
        Evidence probe = log.snapshot().stream().filter(e -> e.as(MalformedProbe.class).isPresent()).findFirst().orElseThrow();
        assertEquals(Direction.SUITE_TO_DEVICE, probe.direction());
    }

    @Test
    void aPublishRecordedBeforeThePhaseStartedIsNotLeftUnacknowledged() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", broker.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(MqttEncoder.encode(Connect.of(MqttVersion.V3_1_1, "d", 5, true), MqttVersion.V3_1_1));
            out.flush();
            assertTrue(log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.as(Connack.class).isPresent()),
                    Duration.ofSeconds(5)));
            // the phase starts at an entry after which no PUBLISH has been recorded yet: the first one that is counts
            broker.controls().countPublishesAfter(Long.MAX_VALUE).leaveUnacknowledged(1);
            out.write(MqttEncoder.encode(Publish.of("t", 1, false, 1, new byte[] {1}), MqttVersion.V3_1_1));
            out.flush();
            assertTrue(log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.decoded().startsWith("PUBACK id=1")),
                    Duration.ofSeconds(5)), "a PUBLISH recorded at or before the phase's start is acknowledged as ever");
            broker.controls().countPublishesAfter(0);
            out.write(MqttEncoder.encode(Publish.of("t", 1, false, 2, new byte[] {2}), MqttVersion.V3_1_1));
            out.write(MqttEncoder.encode(new PingReq(0), MqttVersion.V3_1_1));
            out.flush();
            assertTrue(log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.decoded().startsWith("PINGRESP")),
                    Duration.ofSeconds(5)));
            assertTrue(log.snapshot().stream().noneMatch(e -> e.decoded().startsWith("PUBACK id=2")),
                    "one recorded after it is left unacknowledged");
        }
    }

    @Test
    void aPublishBeforeConnectClosesTheConnection() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", broker.address().getPort())) {
            socket.getOutputStream().write(MqttEncoder.encode(PublishAck.puback(1), MqttVersion.V3_1_1));
            assertTrue(log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.decoded().contains("not CONNECT")),
                    Duration.ofSeconds(5)));
            assertEquals(-1, socket.getInputStream().read(), "the broker closed the connection");
        }
    }

    @Test
    void aHoldLeftUnusedByAConnectionPassesToTheNextAndTheObservationWaitsForIt() throws Exception {
        broker.controls().announceLimits(ConnackLimits.none().withReceiveMaximum(1), 1)
                .holdFirstAcknowledgementUnderReceiveMaximum(Duration.ofMillis(300));
        try (Socket first = new Socket("127.0.0.1", broker.address().getPort())) {
            first.getOutputStream().write(MqttEncoder.encode(Connect.of(MqttVersion.V5_0, "d", 0, true), MqttVersion.V5_0));
            assertTrue(log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.as(Connack.class).isPresent()),
                    Duration.ofSeconds(5)));
        }
        assertTrue(log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.decoded().contains("closed by device")),
                Duration.ofSeconds(5)));
        assertFalse(broker.controls().noAcknowledgementHeld(), "the hold is still to come");
        try (Socket second = new Socket("127.0.0.1", broker.address().getPort())) {
            OutputStream out = second.getOutputStream();
            out.write(MqttEncoder.encode(Connect.of(MqttVersion.V5_0, "d", 0, true), MqttVersion.V5_0));
            out.write(MqttEncoder.encode(Publish.of("t", 1, false, 1, new byte[] {1}), MqttVersion.V5_0));
            out.flush();
            Thread.sleep(400);
            out.write(MqttEncoder.encode(new PingReq(0), MqttVersion.V5_0));
            out.flush();
            assertTrue(log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.as(PublishAck.class).isPresent()),
                    Duration.ofSeconds(5)));
        }
        // the connection's own thread ends the hold after logging the PUBACK, and logs its end after that
        assertTrue(log.awaitUntil(entries -> entries.stream().filter(e -> e.as(ConnectionEnded.class).isPresent()).count() == 2,
                Duration.ofSeconds(5)));
        assertTrue(broker.controls().noAcknowledgementHeld(), "the hold was carried out on the second connection");
    }

    @Test
    void theFirstCommandsIdentifierIsReusedOnceItsPubackFreedIt() throws Exception {
        broker.controls().sendOnSubscribe("cmd", 1, new byte[] {9}, 2).reuseCommandIdentifier();
        try (Socket socket = new Socket("127.0.0.1", broker.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(MqttEncoder.encode(Connect.of(MqttVersion.V3_1_1, "d", 5, true), MqttVersion.V3_1_1));
            out.write(MqttEncoder.encode(Subscribe.of(1,
                    new Subscription("cmd", 1)), MqttVersion.V3_1_1));
            out.flush();
            assertTrue(log.awaitUntil(entries -> commandIds(entries).size() == 2, Duration.ofSeconds(5)));
            out.write(MqttEncoder.encode(PublishAck.puback(2), MqttVersion.V3_1_1)); // not the first command's
            out.write(MqttEncoder.encode(PublishAck.puback(1), MqttVersion.V3_1_1));
            out.write(MqttEncoder.encode(PublishAck.puback(1), MqttVersion.V3_1_1)); // answers the reused one
            out.write(MqttEncoder.encode(new PingReq(0), MqttVersion.V3_1_1));
            out.flush();
            assertTrue(log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.direction() == Direction.SUITE_TO_DEVICE
                    && e.as(PingResp.class).isPresent()), Duration.ofSeconds(5)));
        }
        List<Publish> commands = log.snapshot().stream()
                .filter(e -> e.direction() == Direction.SUITE_TO_DEVICE)
                .flatMap(e -> e.as(Publish.class).stream()).toList();
        assertEquals(List.of(1, 2, 1), commands.stream().map(Publish::packetId).toList(),
                "the first command's identifier is sent again after its PUBACK, once");
        assertEquals(0, commands.get(2).dup(), "the reused identifier carries a new message");
    }

    /** A 5.0 CONNECT of client "d" that announces this Topic Alias Maximum (none when 0). */
    private static byte[] connectAnnouncingAliases(int topicAliasMaximum) {
        Connect connect = Connect.of(MqttVersion.V5_0, "d", 5, true);
        return MqttEncoder.encode(topicAliasMaximum == 0 ? connect : connect.withProperties(
                MqttProperties.EMPTY.with(MqttPropertyId.TOPIC_ALIAS_MAXIMUM, topicAliasMaximum)), MqttVersion.V5_0);
    }

    @Test
    void aliasedCommandsUseTheDevicesHighestAliasAndTheProbeUsesItAloneOnALaterConnection() throws Exception {
        broker.controls().sendAliasedCommands("cmd", 1, new byte[] {9});
        try (Socket socket = new Socket("127.0.0.1", broker.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(connectAnnouncingAliases(3));
            out.write(MqttEncoder.encode(Subscribe.of(1, new Subscription("cmd", 1)), MqttVersion.V5_0));
            out.write(MqttEncoder.encode(new PingReq(0), MqttVersion.V5_0));
            out.flush();
            assertTrue(log.awaitUntil(entries -> commandIds(entries).size() == 2, Duration.ofSeconds(5)));
        }
        List<Publish> aliased = log.snapshot().stream().filter(e -> e.direction() == Direction.SUITE_TO_DEVICE)
                .flatMap(e -> e.as(Publish.class).stream()).toList();
        assertEquals(List.of("cmd", ""), aliased.stream().map(Publish::topic).toList(), "the topic, then the alias alone");
        assertEquals(List.of(0xFFFD, 0xFFFE), aliased.stream().map(Publish::packetId).toList(), "identifiers no other uses");
        assertTrue(aliased.stream().allMatch(p -> p.properties().first(MqttPropertyId.TOPIC_ALIAS).map(t -> t.value())
                .equals(java.util.Optional.of(3))), "both carry the device's Topic Alias Maximum 3");
        broker.controls().sendMalformedProbes(List.of(MalformedProbe.UNMAPPED_TOPIC_ALIAS));
        try (Socket socket = new Socket("127.0.0.1", broker.address().getPort())) {
            socket.getOutputStream().write(connectAnnouncingAliases(3));
            socket.getOutputStream().flush();
            assertTrue(log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.as(MalformedProbe.class).isPresent()),
                    Duration.ofSeconds(5)));
        }
        Evidence probe = log.snapshot().stream().filter(e -> e.as(MalformedProbe.class).isPresent()).findFirst().orElseThrow();
        Publish sent = (Publish) org.iomt.standards.mqtt.MqttDecoder.decode(probe.bytes(), MqttVersion.V5_0);
        assertEquals("", sent.topic());
        assertEquals(3, sent.properties().first(MqttPropertyId.TOPIC_ALIAS).orElseThrow().value());
        assertEquals(MalformedProbe.PROBE_PACKET_ID, sent.packetId());
    }

    @Test
    void noAliasedCommandOrAliasProbeGoesToADeviceThatAnnouncedNoTopicAliasMaximum() throws Exception {
        broker.controls().sendAliasedCommands("cmd", 1, new byte[] {9})
                .sendMalformedProbes(List.of(MalformedProbe.UNMAPPED_TOPIC_ALIAS));
        try (Socket socket = new Socket("127.0.0.1", broker.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(connectAnnouncingAliases(0));
            out.write(MqttEncoder.encode(Subscribe.of(1, new Subscription("cmd", 1)), MqttVersion.V5_0));
            out.write(MqttEncoder.encode(new PingReq(0), MqttVersion.V5_0));
            out.flush();
            assertTrue(log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.as(PingResp.class).isPresent()),
                    Duration.ofSeconds(5)));
            assertTrue(log.awaitUntil(entries -> broker.controls().malformedProbesOver(), Duration.ofSeconds(5)),
                    "the probe was taken and not sent: no alias was mapped");
        }
        assertTrue(log.snapshot().stream().noneMatch(e -> e.direction() == Direction.SUITE_TO_DEVICE
                && (e.as(Publish.class).isPresent() || e.as(MalformedProbe.class).isPresent())));
    }

    @Test
    void aQos2CommandsIdentifierIsReusedOnlyAfterItsPubcomp() throws Exception {
        broker.controls().sendOnSubscribe("cmd", 2, new byte[] {9}, 1).reuseCommandIdentifier();
        try (Socket socket = new Socket("127.0.0.1", broker.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(MqttEncoder.encode(Connect.of(MqttVersion.V5_0, "d", 5, true), MqttVersion.V5_0));
            out.write(MqttEncoder.encode(Subscribe.of(1,
                    new Subscription("cmd", 2)), MqttVersion.V5_0));
            out.flush();
            assertTrue(log.awaitUntil(entries -> commandIds(entries).size() == 1, Duration.ofSeconds(5)));
            out.write(MqttEncoder.encode(PublishAck.pubrec(1), MqttVersion.V5_0));
            out.flush();
            assertTrue(log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.direction() == Direction.SUITE_TO_DEVICE
                    && e.as(PublishAck.class).map(a -> a.type() == PacketType.PUBREL).orElse(false)),
                    Duration.ofSeconds(5)));
            assertEquals(1, commandIds(log.snapshot()).size(), "a PUBREC does not free the identifier");
            out.write(MqttEncoder.encode(PublishAck.pubcomp(1), MqttVersion.V5_0));
            out.flush();
            assertTrue(log.awaitUntil(entries -> commandIds(entries).equals(List.of(1, 1)), Duration.ofSeconds(5)));
        }
    }

    @Test
    void noCommandGoesOutWhenTheHoldStartsBeforeASubscription() throws Exception {
        broker.controls().announceLimits(ConnackLimits.none().withReceiveMaximum(1), 1)
                .holdFirstAcknowledgementUnderReceiveMaximum(Duration.ofSeconds(5))
                .sendOnSubscribe("cmd", 1, new byte[] {9}, 1).sendWhileHoldingAcknowledgement("cmd", 1, new byte[] {8});
        try (Socket socket = new Socket("127.0.0.1", broker.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(MqttEncoder.encode(Connect.of(MqttVersion.V5_0, "d", 5, false), MqttVersion.V5_0));
            out.write(MqttEncoder.encode(Publish.of("t", 1, false, 1, new byte[] {1}), MqttVersion.V5_0));
            out.write(MqttEncoder.encode(new PingReq(0), MqttVersion.V5_0));
            out.flush();
            assertTrue(log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.direction() == Direction.SUITE_TO_DEVICE
                    && e.as(PingResp.class).isPresent()), Duration.ofSeconds(5)));
            assertEquals(List.of(), commandIds(log.snapshot()), "no subscription: the hold sends nothing");
        }
    }

    @Test
    void aCommandGoesOutUnderTheNextIdentifierWhenTheHoldStartsAfterASubscription() throws Exception {
        broker.controls().announceLimits(ConnackLimits.none().withReceiveMaximum(1), 1)
                .holdFirstAcknowledgementUnderReceiveMaximum(Duration.ofSeconds(5))
                .sendOnSubscribe("cmd", 1, new byte[] {9}, 1).sendWhileHoldingAcknowledgement("cmd", 1, new byte[] {8});
        try (Socket socket = new Socket("127.0.0.1", broker.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(MqttEncoder.encode(Connect.of(MqttVersion.V5_0, "d", 5, false), MqttVersion.V5_0));
            out.write(MqttEncoder.encode(Subscribe.of(1,
                    new Subscription("cmd", 1)), MqttVersion.V5_0));
            out.flush();
            assertTrue(log.awaitUntil(entries -> commandIds(entries).size() == 1, Duration.ofSeconds(5)));
            out.write(MqttEncoder.encode(PublishAck.puback(1), MqttVersion.V5_0));
            out.write(MqttEncoder.encode(Publish.of("t", 1, false, 2, new byte[] {1}), MqttVersion.V5_0));
            out.flush();
            assertTrue(log.awaitUntil(entries -> commandIds(entries).equals(List.of(1, 2)), Duration.ofSeconds(5)),
                    "the held PUBLISH brings the command under the connection's next packet identifier");
        }
    }

    private static List<Integer> commandIds(List<Evidence> entries) {
        return entries.stream().filter(e -> e.direction() == Direction.SUITE_TO_DEVICE)
                .flatMap(e -> e.as(Publish.class).stream())
                .map(Publish::packetId).toList();
    }
}
