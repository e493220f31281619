package org.iomt.patch.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttEncoder;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.StringPair;
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

/**
 * The Maximum Packet Size rules (a packet's size, and the optional properties that must be left out of an answer they
 * would make too large) on hand-made connections whose frames are encoded as a device would send them.
 */
@Tag("small")
class MaximumPacketSizeCheckTest {

    private static final String REQ = "mqtt-5.0:TEST";
    private final List<Evidence> log = new ArrayList<>();

    private void on(Direction direction, String connection, MqttPacket packet) {
        String type = packet.type().name();
        log.add(new Evidence("test", log.size() + 1, Instant.EPOCH, log.size(), direction, connection,
                MqttEncoder.encode(packet, MqttVersion.V5_0), type + " ...", Optional.of(packet)));
    }

    private void connected(String connection, MqttProperties announced) {
        on(Direction.DEVICE_TO_SUITE, connection, Connect.of(MqttVersion.V5_0, "patch-with-a-long-client-identifier", 4, false));
        on(Direction.SUITE_TO_DEVICE, connection, new Connack(0, false, 0, announced));
    }

    private static MqttProperties maximum(int bytes) {
        return MqttProperties.of(new MqttProperty(MqttPropertyId.MAXIMUM_PACKET_SIZE, bytes));
    }

    /** A reading whose PUBLISH is exactly {@code size} bytes long (for sizes of 10 to 130). */
    private static Publish readingOf(int size) {
        Publish empty = Publish.of("t", 1, false, 1, new byte[0]);
        return Publish.of("t", 1, false, 1, new byte[size - MqttEncoder.encode(empty, MqttVersion.V5_0).length]);
    }

    private Outcome judge() {
        return new MaximumPacketSizeCheck(REQ).judge(log);
    }

    private static String reasons(Outcome outcome) {
        return outcome.findings().stream().map(Finding::message).collect(Collectors.joining("; "));
    }

    @Test
    void packetsUpToTheAnnouncedSizePass() {
        connected("c1", maximum(40));
        on(Direction.DEVICE_TO_SUITE, "c1", readingOf(40));
        on(Direction.DEVICE_TO_SUITE, "c1", new PingReq(0));
        assertEquals(40, log.get(2).bytes().length);
        Outcome outcome = judge();
        assertTrue(outcome.passed(), reasons(outcome));
        assertEquals(List.of(2L, 3L, 4L), outcome.judged().stream().map(Evidence::seq).toList());
    }

    @Test
    void aPacketOneByteAboveTheAnnouncedSizeFailsCitingTheConnack() {
        connected("c1", maximum(40));
        on(Direction.DEVICE_TO_SUITE, "c1", readingOf(41));
        Outcome outcome = judge();
        assertFalse(outcome.passed());
        assertEquals("packet #3: PUBLISH of 41 bytes on connection c1, whose CONNACK (packet #2) announced a Maximum "
                + "Packet Size of 40 bytes", reasons(outcome));
    }

    @Test
    void theConnectBeforeTheConnackAndOtherConnectionsAreNotHeldToTheSize() {
        connected("c1", MqttProperties.EMPTY);
        on(Direction.DEVICE_TO_SUITE, "c1", readingOf(100));
        connected("c2", maximum(30));
        on(Direction.DEVICE_TO_SUITE, "c2", readingOf(30));
        assertTrue(log.get(3).bytes().length > 30, "the CONNECT on c2 is larger than the size announced after it");
        Outcome outcome = judge();
        assertTrue(outcome.passed(), reasons(outcome));
    }

    @Test
    void noAnnouncedSizeOrNothingSentAfterItIsInconclusive() {
        connected("c1", MqttProperties.EMPTY);
        on(Direction.DEVICE_TO_SUITE, "c1", readingOf(100));
        assertNotNull(judge().inconclusiveReason());
        connected("c2", maximum(30));
        assertNotNull(judge().inconclusiveReason(), "c2 carried nothing after its CONNACK");
    }

    private Outcome judgeAnswers(PacketType answer, AnswerPropertySizeCheck.OptionalProperty property) {
        return new AnswerPropertySizeCheck(REQ, answer, property).judge(log);
    }

    private static PublishAck pubackWithReasonString(String reason) {
        return PublishAck.puback(1).withReason(0, MqttProperties.of(new MqttProperty(MqttPropertyId.REASON_STRING, reason)));
    }

    @Test
    void aReasonStringThatFitsOrNoneAtAllPasses() {
        connected("c1", maximum(40));
        on(Direction.DEVICE_TO_SUITE, "c1", pubackWithReasonString("fits"));
        on(Direction.DEVICE_TO_SUITE, "c1", PublishAck.puback(2));
        Outcome outcome = judgeAnswers(PacketType.PUBACK, AnswerPropertySizeCheck.OptionalProperty.REASON_STRING);
        assertTrue(outcome.passed(), reasons(outcome));
        assertEquals(List.of(2L, 3L, 4L), outcome.judged().stream().map(Evidence::seq).toList());
    }

    @Test
    void aReasonStringThatMakesAPubackTooLargeFailsCitingTheConnack() {
        connected("c1", maximum(40));
        on(Direction.DEVICE_TO_SUITE, "c1", pubackWithReasonString("x".repeat(40)));
        Outcome outcome = judgeAnswers(PacketType.PUBACK, AnswerPropertySizeCheck.OptionalProperty.REASON_STRING);
        assertFalse(outcome.passed());
        assertTrue(reasons(outcome).startsWith("packet #3: a PUBACK of " + log.get(2).bytes().length + " bytes on "
                + "connection c1 carries a Reason String, though the CONNACK (packet #2) announced a Maximum Packet Size "
                + "of 40 bytes"), reasons(outcome));
        assertTrue(judgeAnswers(PacketType.PUBACK, AnswerPropertySizeCheck.OptionalProperty.USER_PROPERTY).passed(),
                "the rule on User Properties is not broken by a Reason String");
    }

    @Test
    void aUserPropertyThatMakesADisconnectTooLargeFails() {
        connected("c1", maximum(40));
        on(Direction.DEVICE_TO_SUITE, "c1", new Disconnect(0, 0, MqttProperties.of(
                new MqttProperty(MqttPropertyId.USER_PROPERTY, new StringPair("padding", "x".repeat(40))))));
        assertFalse(judgeAnswers(PacketType.DISCONNECT, AnswerPropertySizeCheck.OptionalProperty.USER_PROPERTY).passed());
    }

    @Test
    void noAnswerUnderAnAnnouncedSizeIsInconclusiveAndNoDisconnectNotApplicable() {
        connected("c1", MqttProperties.EMPTY);
        on(Direction.DEVICE_TO_SUITE, "c1", pubackWithReasonString("x".repeat(40)));
        connected("c2", maximum(40));
        on(Direction.DEVICE_TO_SUITE, "c2", new PingReq(0));
        Outcome puback = judgeAnswers(PacketType.PUBACK, AnswerPropertySizeCheck.OptionalProperty.REASON_STRING);
        assertEquals("the device sent no PUBACK on a connection whose CONNACK announced a Maximum Packet Size "
                + "(connections c2)", puback.inconclusiveReason());
        Outcome disconnect = judgeAnswers(PacketType.DISCONNECT, AnswerPropertySizeCheck.OptionalProperty.REASON_STRING);
        assertNotNull(disconnect.notApplicableReason());
    }
}
