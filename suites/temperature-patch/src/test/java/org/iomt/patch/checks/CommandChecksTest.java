package org.iomt.patch.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command checks on hand-made sessions: the device subscribes on c1, the suite sends it a command, and the
 * device answers it (or not).
 */
@Tag("small")
class CommandChecksTest {

    private static final String REQ = "mqtt-3.1.1:TEST";
    private final List<Evidence> session = new ArrayList<>();

    private void on(Direction direction, Object packet) {
        session.add(new Evidence("test", session.size() + 1, Instant.EPOCH.plusSeconds(session.size()), session.size() * 1_000_000_000L,
                direction, "c1", new byte[0], String.valueOf(packet), Optional.ofNullable(packet)));
    }

    private void subscribedWithFlags(int flags) {
        on(Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "p", 1, true));
        on(Direction.SUITE_TO_DEVICE, Connack.of(false, 0));
        on(Direction.DEVICE_TO_SUITE, new Subscribe(flags, 1, MqttProperties.EMPTY, List.of(new Subscription("cmd", 1))));
    }

    private void commandSent(int qos) {
        subscribedWithFlags(0b0010);
        on(Direction.SUITE_TO_DEVICE, new Suback(0, 1, MqttProperties.EMPTY, List.of(1)));
        on(Direction.SUITE_TO_DEVICE, Publish.of("cmd", qos, false, qos == 0 ? 0 : 7, "x".getBytes(StandardCharsets.UTF_8)));
    }

    private static String reason(Outcome outcome) {
        return outcome.findings().stream().map(org.iomt.core.model.Finding::message)
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private Outcome answered() {
        return CommandAcknowledgementCheck.answeredPerQos(REQ, java.time.Duration.ofSeconds(2)).judge(session);
    }

    private Outcome sameId() {
        return CommandAcknowledgementCheck.sameIdentifier(REQ).judge(session);
    }

    @Test
    void aSubscribeWithFlags0010Passes() {
        subscribedWithFlags(0b0010);
        assertTrue(new SubscribeFlagsCheck(REQ).judge(session).passed());
    }

    @Test
    void aSubscribeWithFlags0000Fails() {
        subscribedWithFlags(0b0000);
        Outcome outcome = new SubscribeFlagsCheck(REQ).judge(session);
        assertFalse(outcome.passed());
        assertTrue(reason(outcome).contains("packet #3: SUBSCRIBE has fixed-header flags 0000, expected 0010"), reason(outcome));
    }

    @Test
    void noSubscribeIsInconclusive() {
        on(Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "p", 1, true));
        assertTrue(new SubscribeFlagsCheck(REQ).judge(session).inconclusiveReason() != null);
    }

    @Test
    void aPubackUnderTheCommandsIdentifierPassesBoth() {
        commandSent(1);
        on(Direction.DEVICE_TO_SUITE, PublishAck.puback(7));
        assertTrue(answered().passed(), reason(answered()));
        assertTrue(sameId().passed(), reason(sameId()));
        assertFalse(CommandAcknowledgementCheck.answerOutstanding(session));
    }

    @Test
    void aPubackUnderAnotherIdentifierFailsOnlyTheIdentifierRule() {
        commandSent(1);
        on(Direction.DEVICE_TO_SUITE, PublishAck.puback(8));
        assertTrue(answered().passed(), reason(answered()));
        assertFalse(sameId().passed());
        assertTrue(reason(sameId()).contains("PUBACK carries packet identifier 8, the command it answers (packet #5) has 7"),
                reason(sameId()));
    }

    @Test
    void theIdentifierRuleOfOneQosJudgesOnlyTheCommandsSentAtThatQos() {
        commandSent(2);
        on(Direction.DEVICE_TO_SUITE, PublishAck.pubrec(8));
        assertTrue(CommandAcknowledgementCheck.sameIdentifier(REQ, 1).judge(session).inconclusiveReason() != null);
        Outcome atQos2 = CommandAcknowledgementCheck.sameIdentifier(REQ, 2).judge(session);
        assertFalse(atQos2.passed());
        assertTrue(reason(atQos2).contains("PUBREC carries packet identifier 8"), reason(atQos2));
    }

    @Test
    void aPubackUnderTheCommandsIdentifierPassesTheIdentifierRuleOfQos1() {
        commandSent(1);
        on(Direction.DEVICE_TO_SUITE, PublishAck.puback(7));
        assertTrue(CommandAcknowledgementCheck.sameIdentifier(REQ, 1).judge(session).passed());
    }

    @Test
    void noAnswerBeforeTheConnectionEndedFailsTheQosRuleAndLeavesTheIdentifierInconclusive() {
        commandSent(1);
        assertTrue(CommandAcknowledgementCheck.answerOutstanding(session), "the device may still answer");
        on(Direction.TRANSPORT, ConnectionEnded.byPeer("closed"));
        assertFalse(CommandAcknowledgementCheck.answerOutstanding(session));
        assertFalse(answered().passed());
        assertTrue(reason(answered()).contains("sent no PUBACK for the QoS 1 command (packet identifier 7) before its "
                + "connection ended"), reason(answered()));
        assertTrue(sameId().inconclusiveReason() != null);
    }

    @Test
    void aPubackToAQos0CommandFails() {
        commandSent(0);
        on(Direction.DEVICE_TO_SUITE, PublishAck.puback(1));
        assertFalse(answered().passed());
    }

    @Test
    void noCommandIsInconclusive() {
        subscribedWithFlags(0b0010);
        assertTrue(answered().inconclusiveReason() != null);
        assertTrue(sameId().inconclusiveReason() != null);
    }

    @Test
    void aPubrecToAQos1CommandFails() {
        commandSent(1);
        on(Direction.DEVICE_TO_SUITE, PublishAck.pubrec(7));
        assertEquals(1, answered().findings().size());
    }

    @Test
    void aPubackWithADefinedReasonCodePassesAndAnUndefinedOneFails() {
        commandSent(1);
        on(Direction.DEVICE_TO_SUITE, new PublishAck(org.iomt.standards.mqtt.PacketType.PUBACK, 0, 7, 0x10, MqttProperties.EMPTY));
        assertTrue(CommandAcknowledgementCheck.definedReasonCode(REQ, 1).judge(session).passed());
        session.remove(session.size() - 1);
        on(Direction.DEVICE_TO_SUITE, new PublishAck(org.iomt.standards.mqtt.PacketType.PUBACK, 0, 7, 0x01, MqttProperties.EMPTY));
        Outcome outcome = CommandAcknowledgementCheck.definedReasonCode(REQ, 1).judge(session);
        assertTrue(reason(outcome).contains("packet #6: PUBACK on connection c1 carries reason code 0x01, which MQTT 5.0 "
                + "does not define for a PUBACK (it answers the command, packet #5)"), reason(outcome));
    }

    @Test
    void noAnswerLeavesTheReasonCodeUnjudged() {
        commandSent(1);
        assertTrue(CommandAcknowledgementCheck.definedReasonCode(REQ, 1).judge(session).inconclusiveReason()
                .contains("answered no command"));
    }

    private void secondCommandSent() {
        on(Direction.SUITE_TO_DEVICE, Publish.of("cmd", 1, false, 8, "x".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void answersInTheOrderTheCommandsCamePassEvenWhenBothCameFirst() {
        commandSent(1);
        secondCommandSent();
        on(Direction.DEVICE_TO_SUITE, PublishAck.puback(7));
        on(Direction.DEVICE_TO_SUITE, PublishAck.puback(8));
        assertTrue(CommandAcknowledgementCheck.inOrder(REQ, 1).judge(session).passed());
        assertTrue(sameId().passed(), reason(sameId()));
    }

    @Test
    void answersInReverseOrderFailTheOrderButNotTheIdentifiers() {
        commandSent(1);
        secondCommandSent();
        on(Direction.DEVICE_TO_SUITE, PublishAck.puback(8));
        on(Direction.DEVICE_TO_SUITE, PublishAck.puback(7));
        Outcome outcome = CommandAcknowledgementCheck.inOrder(REQ, 1).judge(session);
        assertTrue(reason(outcome).contains("connection c1: the device answered the command of packet #6 (packet identifier 8) "
                + "with packet #7 before the one of packet #5 (packet identifier 7) that came first, with packet #8"), reason(outcome));
        assertTrue(sameId().passed(), reason(sameId()));
        assertTrue(answered().passed(), reason(answered()));
    }

    @Test
    void answersUnderOtherIdentifiersShowNoOrder() {
        commandSent(1);
        secondCommandSent();
        on(Direction.DEVICE_TO_SUITE, PublishAck.puback(8));
        on(Direction.DEVICE_TO_SUITE, PublishAck.puback(9));
        assertTrue(CommandAcknowledgementCheck.inOrder(REQ, 1).judge(session).inconclusiveReason().contains("no order of answers shows"));
        assertFalse(sameId().passed());
    }

    @Test
    void aCommandWhoseConnectionTheSuiteClosedBeforeAnAnswerIsNotHeldAgainstTheDevice() {
        commandSent(1);
        on(Direction.TRANSPORT, ConnectionEnded.causedBySuite("dropped by the suite before acknowledging the PUBLISH"));
        Outcome outcome = answered();
        assertTrue(outcome.findings().isEmpty(), reason(outcome));
        assertTrue(outcome.inconclusiveReason().contains("the suite closed the connection"), String.valueOf(outcome));
        session.remove(session.size() - 1);
        session.add(new Evidence("test", session.size() + 1, Instant.EPOCH, 9_000_000_000L, Direction.TRANSPORT, "c1",
                new byte[0], "closed", Optional.of(ConnectionEnded.causedBySuite("dropped by the suite, long after"))));
        assertFalse(answered().passed(), "a close long after the command leaves the missing answer the device's");
    }
}
