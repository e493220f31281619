package org.iomt.patch.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checks on a QoS 2 command's flow on hand-made sessions: the suite sends the device two commands at QoS 2 on c1,
 * the device answers with PUBRECs, the suite releases them with PUBREL, and the device completes them (or not).
 */
@Tag("small")
class CommandCompletionCheckTest {

    private static final String REQ = "mqtt-5.0:TEST";
    private final List<Evidence> session = new ArrayList<>();

    private void on(Direction direction, Object packet) {
        session.add(new Evidence("test", session.size() + 1, Instant.EPOCH.plusSeconds(session.size()), session.size() * 1_000_000_000L,
                direction, "c1", new byte[0], String.valueOf(packet), Optional.ofNullable(packet)));
    }

    private void commandsReceivedAndReleased() {
        on(Direction.SUITE_TO_DEVICE, Publish.of("cmd", 2, false, 1, "x".getBytes(StandardCharsets.UTF_8))); // #1
        on(Direction.SUITE_TO_DEVICE, Publish.of("cmd", 2, false, 2, "x".getBytes(StandardCharsets.UTF_8))); // #2
        on(Direction.DEVICE_TO_SUITE, PublishAck.pubrec(1)); // #3
        on(Direction.SUITE_TO_DEVICE, PublishAck.pubrel(1)); // #4
        on(Direction.DEVICE_TO_SUITE, PublishAck.pubrec(2)); // #5
        on(Direction.SUITE_TO_DEVICE, PublishAck.pubrel(2)); // #6
    }

    private Outcome completed() {
        return CommandCompletionCheck.completed(REQ, java.time.Duration.ofSeconds(5)).judge(session);
    }

    private static String reason(Outcome outcome) {
        return outcome.findings().stream().map(Finding::message).collect(Collectors.joining("; "));
    }

    @Test
    void pubcompsUnderTheReleasesIdentifiersPassEveryRule() {
        commandsReceivedAndReleased();
        on(Direction.DEVICE_TO_SUITE, PublishAck.pubcomp(1));
        assertTrue(CommandCompletionCheck.completionOutstanding(session), "the second PUBREL awaits its PUBCOMP");
        on(Direction.DEVICE_TO_SUITE, PublishAck.pubcomp(2));
        assertFalse(CommandCompletionCheck.completionOutstanding(session));
        assertTrue(completed().passed());
        assertTrue(CommandCompletionCheck.sameIdentifier(REQ).judge(session).passed());
        assertTrue(CommandCompletionCheck.definedReasonCode(REQ).judge(session).passed());
    }

    @Test
    void noPubcompFailsCompletionAndLeavesTheIdentifierAndReasonCodeUnjudged() {
        commandsReceivedAndReleased();
        Outcome outcome = completed();
        assertTrue(reason(outcome).contains("packet #4: the device sent no PUBCOMP for the PUBREL (packet identifier 1) on "
                + "connection c1 before the observation window closed"), reason(outcome));
        assertTrue(CommandCompletionCheck.sameIdentifier(REQ).judge(session).inconclusiveReason() != null);
        assertTrue(CommandCompletionCheck.definedReasonCode(REQ).judge(session).inconclusiveReason() != null);
    }

    @Test
    void aPubcompUnderAnotherIdentifierFailsCompletionAndIdentifier() {
        commandsReceivedAndReleased();
        on(Direction.DEVICE_TO_SUITE, PublishAck.pubcomp(2));
        on(Direction.DEVICE_TO_SUITE, PublishAck.pubcomp(3));
        String expected = "packet #8: PUBCOMP carries packet identifier 3, the PUBREL it answers (packet #4) has 1";
        assertTrue(reason(completed()).contains(expected));
        Outcome outcome = CommandCompletionCheck.sameIdentifier(REQ).judge(session);
        assertTrue(reason(outcome).contains(expected), reason(outcome));
        assertTrue(CommandCompletionCheck.definedReasonCode(REQ).judge(session).passed());
    }

    @Test
    void aPubcompWithAnUndefinedReasonCodeFailsOnlyTheReasonCodeRule() {
        commandsReceivedAndReleased();
        on(Direction.DEVICE_TO_SUITE, PublishAck.pubcomp(1).withReason(0x92, MqttProperties.EMPTY));
        on(Direction.DEVICE_TO_SUITE, new PublishAck(PacketType.PUBCOMP, 0, 2, 0x01, MqttProperties.EMPTY));
        Outcome outcome = CommandCompletionCheck.definedReasonCode(REQ).judge(session);
        assertTrue(reason(outcome).contains("packet #8: PUBCOMP on connection c1 carries reason code 0x01, which MQTT 5.0 "
                + "does not define for a PUBCOMP (it answers the PUBREL, packet #6)"), reason(outcome));
        assertTrue(outcome.findings().size() == 1, "0x92 is defined");
        assertTrue(completed().passed());
    }

    @Test
    void aReleaseWhoseConnectionTheSuiteClosedSoonAfterIsNotHeldAgainstTheDevice() {
        commandsReceivedAndReleased();
        on(Direction.TRANSPORT, ConnectionEnded.causedBySuite("dropped by the suite")); // 3 s after the first PUBREL, 1 s after the second
        assertFalse(CommandCompletionCheck.completionOutstanding(session));
        assertTrue(completed().inconclusiveReason().contains("closed the connection"), String.valueOf(completed()));
        session.remove(session.size() - 1);
        session.add(new Evidence("test", session.size() + 1, Instant.EPOCH, 9_000_000_000L, Direction.TRANSPORT, "c1",
                new byte[0], "closed", Optional.of(ConnectionEnded.causedBySuite("dropped by the suite, long after"))));
        assertTrue(reason(completed()).contains("before its connection ended"), "a close long after the PUBREL leaves the "
                + "missing PUBCOMP the device's");
        session.remove(session.size() - 1);
        on(Direction.TRANSPORT, ConnectionEnded.byPeer("closed by the device"));
        assertTrue(reason(completed()).contains("before its connection ended"));
    }

    @Test
    void noReleaseIsInconclusive() {
        on(Direction.SUITE_TO_DEVICE, Publish.of("cmd", 2, false, 1, "x".getBytes(StandardCharsets.UTF_8)));
        assertTrue(completed().inconclusiveReason().contains("released no QoS 2"));
    }

    @Test
    void pubrecsInReverseOrderFailTheOrderAtQos2AndShowNothingAtQos1() {
        on(Direction.SUITE_TO_DEVICE, Publish.of("cmd", 2, false, 1, "x".getBytes(StandardCharsets.UTF_8)));
        on(Direction.SUITE_TO_DEVICE, Publish.of("cmd", 2, false, 2, "x".getBytes(StandardCharsets.UTF_8)));
        on(Direction.DEVICE_TO_SUITE, PublishAck.pubrec(2));
        on(Direction.DEVICE_TO_SUITE, PublishAck.pubrec(1));
        assertFalse(CommandAcknowledgementCheck.inOrder(REQ, 2).judge(session).passed());
        assertTrue(CommandAcknowledgementCheck.inOrder(REQ, 1).judge(session).inconclusiveReason().contains("no command at QoS 1"));
        assertTrue(CommandAcknowledgementCheck.answeredPerQos(REQ, java.time.Duration.ofSeconds(1)).judge(session).passed());
    }

    @Test
    void aPubrecWithAnUndefinedReasonCodeFailsTheQos2ReasonCodeRule() {
        on(Direction.SUITE_TO_DEVICE, Publish.of("cmd", 2, false, 1, "x".getBytes(StandardCharsets.UTF_8)));
        on(Direction.DEVICE_TO_SUITE, new PublishAck(PacketType.PUBREC, 0, 1, 0x01, MqttProperties.EMPTY));
        Outcome outcome = CommandAcknowledgementCheck.definedReasonCode(REQ, 2).judge(session);
        assertTrue(reason(outcome).contains("PUBREC on connection c1 carries reason code 0x01, which MQTT 5.0 does not "
                + "define for a PUBREC"), reason(outcome));
    }
}
