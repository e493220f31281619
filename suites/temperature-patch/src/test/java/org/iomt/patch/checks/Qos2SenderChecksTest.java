package org.iomt.patch.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * The checks of the device as a QoS 2 sender on hand-made sessions: readings "r1", "r2" ... published at QoS 2, the
 * suite's PUBREC and PUBCOMP, and a connection lost before a PUBREC or a PUBCOMP, then resumed.
 */
@Tag("small")
class Qos2SenderChecksTest {

    private static final String REQ = "mqtt-5.0:TEST";
    private final List<Evidence> session = new ArrayList<>();

    private void on(String connection, Direction direction, Object packet) {
        session.add(new Evidence("test", session.size() + 1, Instant.EPOCH.plusSeconds(session.size()),
                session.size() * 1_000_000_000L, direction, connection, new byte[0], String.valueOf(packet),
                Optional.ofNullable(packet)));
    }

    private void device(String connection, Object packet) {
        on(connection, Direction.DEVICE_TO_SUITE, packet);
    }

    private void suite(String connection, Object packet) {
        on(connection, Direction.SUITE_TO_DEVICE, packet);
    }

    private static Publish reading(String payload, int id, boolean dup) {
        return Publish.of("t", 2, false, id, payload.getBytes(StandardCharsets.UTF_8)).withDup(dup);
    }

    private void connected(String connection, boolean sessionPresent) {
        device(connection, Connect.of(MqttVersion.V5_0, "p", 1, false));
        suite(connection, Connack.of(sessionPresent, 0));
    }

    /** r1 under 1 goes through the whole exchange on c1. */
    private void oneReadingDelivered() {
        connected("c1", false);
        device("c1", reading("r1", 1, false)); // #3
        suite("c1", PublishAck.pubrec(1)); // #4
        device("c1", PublishAck.pubrel(1)); // #5
        suite("c1", PublishAck.pubcomp(1)); // #6
    }

    /** After r1, r2 under 2 is released on c1, and c1 is lost before the PUBCOMP; c2 resumes the session. */
    private void releaseInterrupted() {
        oneReadingDelivered();
        device("c1", reading("r2", 2, false)); // #7
        suite("c1", PublishAck.pubrec(2)); // #8
        device("c1", PublishAck.pubrel(2)); // #9
        on("c1", Direction.TRANSPORT, ConnectionEnded.causedBySuite("dropped")); // #10
        connected("c2", true); // #11, #12
    }

    private static String findings(Outcome outcome) {
        return outcome.findings().stream().map(Finding::message).collect(Collectors.joining("; "));
    }

    @Test
    void theWholeExchangePassesTheFlowRules() {
        oneReadingDelivered();
        assertTrue(Qos2SenderCheck.unusedIdentifier(REQ).judge(session).passed());
        assertTrue(Qos2SenderCheck.dupClear(REQ).judge(session).passed());
        assertTrue(Qos2SenderCheck.released(REQ, Duration.ofSeconds(1)).judge(session).passed());
        assertTrue(Qos2SenderCheck.releaseFlags(REQ).judge(session).passed());
        assertTrue(Qos2SenderCheck.releaseReasonCode(REQ).judge(session).passed());
    }

    @Test
    void noQos2ReadingLeavesEveryRuleUnjudged() {
        connected("c1", false);
        device("c1", Publish.of("t", 1, false, 1, new byte[]{1}));
        assertNotNull(Qos2SenderCheck.unusedIdentifier(REQ).judge(session).inconclusiveReason());
        assertNotNull(Qos2SenderCheck.dupClear(REQ).judge(session).inconclusiveReason());
        assertNotNull(Qos2SenderCheck.released(REQ, Duration.ZERO).judge(session).inconclusiveReason());
        assertNotNull(Qos2SenderCheck.releaseFlags(REQ).judge(session).inconclusiveReason());
        assertNotNull(Qos2ResumptionCheck.publishResent(REQ).judge(session).inconclusiveReason());
        assertNotNull(Qos2ResumptionCheck.releaseResent(REQ).judge(session).inconclusiveReason());
        assertNotNull(Qos2ResumptionCheck.notPublishedAfterRelease(REQ).judge(session).inconclusiveReason());
    }

    @Test
    void aNewReadingUnderTheIdentifierOfAnUncompletedReleaseFails() {
        connected("c1", false);
        device("c1", reading("r1", 1, false)); // #3
        suite("c1", PublishAck.pubrec(1));
        device("c1", PublishAck.pubrel(1));
        device("c1", reading("r2", 1, false)); // #6, before the PUBCOMP of #3
        Outcome outcome = Qos2SenderCheck.unusedIdentifier(REQ).judge(session);
        assertTrue(findings(outcome).contains("packet #6 on c1: a new QoS 2 message takes packet identifier 1, which the "
                + "message of packet #3 still holds (no PUBCOMP for it yet)"), findings(outcome));
    }

    @Test
    void anIdentifierIsFreeAgainAfterThePubcomp() {
        oneReadingDelivered();
        device("c1", reading("r2", 1, false));
        assertTrue(Qos2SenderCheck.unusedIdentifier(REQ).judge(session).passed());
    }

    @Test
    void dupOnAFirstTransmissionFails() {
        connected("c1", false);
        device("c1", reading("r1", 1, false));
        suite("c1", PublishAck.pubrec(1));
        device("c1", PublishAck.pubrel(1));
        suite("c1", PublishAck.pubcomp(1));
        device("c1", reading("r2", 2, true)); // #7
        Outcome outcome = Qos2SenderCheck.dupClear(REQ).judge(session);
        assertTrue(findings(outcome).contains("packet #7 on c1: first transmission of a QoS 2 message has DUP set"),
                findings(outcome));
    }

    @Test
    void aPubrelUnderAnotherIdentifierOrMissingFails() {
        connected("c1", false);
        device("c1", reading("r1", 1, false));
        suite("c1", PublishAck.pubrec(1)); // #4
        device("c1", PublishAck.pubrel(2)); // #5
        Outcome wrong = Qos2SenderCheck.released(REQ, Duration.ZERO).judge(session);
        assertTrue(findings(wrong).contains("packet #5 on c1: PUBREL carries packet identifier 2, the PUBREC it answers "
                + "(packet #4) has 1"), findings(wrong));

        session.clear();
        connected("c1", false);
        device("c1", reading("r1", 1, false));
        suite("c1", PublishAck.pubrec(1)); // #4
        device("c1", reading("r2", 2, false));
        device("c1", reading("r3", 3, false));
        Outcome missing = Qos2SenderCheck.released(REQ, Duration.ofSeconds(1)).judge(session);
        assertTrue(findings(missing).contains("packet #4: the device sent no PUBREL for the PUBREC (packet identifier 1)"),
                findings(missing));
    }

    @Test
    void aPubrecTooRecentToAnswerIsNotJudged() {
        connected("c1", false);
        device("c1", reading("r1", 1, false));
        suite("c1", PublishAck.pubrec(1));
        assertNotNull(Qos2SenderCheck.released(REQ, Duration.ofSeconds(5)).judge(session).inconclusiveReason());
    }

    @Test
    void aPubrecAtOrAbove0x80AsksForNoPubrel() {
        connected("c1", false);
        device("c1", reading("r1", 1, false));
        suite("c1", PublishAck.pubrec(1).withReason(0x80, MqttProperties.EMPTY));
        device("c1", reading("r2", 1, false)); // the identifier is free again
        assertNotNull(Qos2SenderCheck.released(REQ, Duration.ZERO).judge(session).inconclusiveReason());
        assertTrue(Qos2SenderCheck.unusedIdentifier(REQ).judge(session).passed());
    }

    @Test
    void wrongPubrelFlagsAndUndefinedReasonCodesFail() {
        connected("c1", false);
        device("c1", reading("r1", 1, false));
        suite("c1", PublishAck.pubrec(1));
        device("c1", PublishAck.pubrel(1).withFlags(0).withReason(0x01, MqttProperties.EMPTY)); // #5
        assertTrue(findings(Qos2SenderCheck.releaseFlags(REQ).judge(session))
                .contains("packet #5 on c1: PUBREL has fixed-header flags 0000, expected 0010"));
        assertTrue(findings(Qos2SenderCheck.releaseReasonCode(REQ).judge(session))
                .contains("packet #5 on c1: PUBREL carries reason code 0x01"));
        session.set(4, new Evidence("test", 5, Instant.EPOCH, 4_000_000_000L, Direction.DEVICE_TO_SUITE, "c1", new byte[0],
                "", Optional.of(PublishAck.pubrel(1).withReason(0x92, MqttProperties.EMPTY))));
        assertTrue(Qos2SenderCheck.releaseReasonCode(REQ).judge(session).passed());
    }

    @Test
    void aReadingLostBeforeItsPubrecIsResentWithDupAndItsIdentifier() {
        connected("c1", false);
        device("c1", reading("r1", 1, false)); // #3
        on("c1", Direction.TRANSPORT, ConnectionEnded.causedBySuite("dropped"));
        connected("c2", true);
        device("c2", reading("r1", 1, true));
        assertTrue(Qos2ResumptionCheck.publishResent(REQ).judge(session).passed());

        session.remove(session.size() - 1);
        device("c2", reading("r1", 1, false)); // #7: DUP clear
        Outcome outcome = Qos2ResumptionCheck.publishResent(REQ).judge(session);
        assertTrue(findings(outcome).contains("packet #7 on c2: the resent QoS 2 message of packet #3 carries packet "
                + "identifier 1 and DUP 0, expected 1 and DUP 1"), findings(outcome));
    }

    @Test
    void aReleaseLostBeforeItsPubcompIsSentAgainAndTheReadingIsNot() {
        releaseInterrupted();
        assertFalse(Qos2ResumptionCheck.releaseResentAfterLoss(session));
        device("c2", PublishAck.pubrel(2));
        assertTrue(Qos2ResumptionCheck.releaseResentAfterLoss(session));
        suite("c2", PublishAck.pubcomp(2));
        assertTrue(Qos2ResumptionCheck.releaseResent(REQ).judge(session).passed());
        assertTrue(Qos2ResumptionCheck.notPublishedAfterRelease(REQ).judge(session).passed());
    }

    @Test
    void aForgottenReleaseFails() {
        releaseInterrupted();
        device("c2", reading("r3", 3, false));
        Outcome outcome = Qos2ResumptionCheck.releaseResent(REQ).judge(session);
        assertTrue(findings(outcome).contains("packet #9 (PUBREL, packet identifier 2) had no PUBCOMP when connection c1 "
                + "ended, and was not sent again on the resumed connection c2"), findings(outcome));
    }

    @Test
    void aReleasedReadingPublishedAgainFails() {
        releaseInterrupted();
        device("c2", reading("r2", 2, true)); // #13
        device("c2", PublishAck.pubrel(2));
        Outcome outcome = Qos2ResumptionCheck.notPublishedAfterRelease(REQ).judge(session);
        assertTrue(findings(outcome).contains("packet #13 on c2: publishes again the QoS 2 message of packet #7, which the "
                + "device had already released with a PUBREL"), findings(outcome));
    }

    /** r1 under 1 and r2 under 2 on c1; the suite answers r2's PUBREC first (#5), then r1's (#6). */
    private void receiptsReversed() {
        connected("c1", false);
        device("c1", reading("r1", 1, false)); // #3
        device("c1", reading("r2", 2, false)); // #4
        suite("c1", PublishAck.pubrec(2)); // #5
        suite("c1", PublishAck.pubrec(1)); // #6
    }

    @Test
    void releasesInTheOrderOfTheReceiptsPass() {
        receiptsReversed();
        device("c1", PublishAck.pubrel(2));
        assertFalse(ReleaseOrderCheck.twoReceiptsReleased(session));
        device("c1", PublishAck.pubrel(1));
        assertTrue(ReleaseOrderCheck.twoReceiptsReleased(session));
        assertTrue(new ReleaseOrderCheck(REQ).judge(session).passed());
    }

    @Test
    void releasesInTheOrderOfPublishingFail() {
        receiptsReversed();
        device("c1", PublishAck.pubrel(1)); // #7
        device("c1", PublishAck.pubrel(2));
        Outcome outcome = new ReleaseOrderCheck(REQ).judge(session);
        assertTrue(findings(outcome).contains("packet #7 on c1: PUBREL answers the PUBREC of packet #6 while the PUBREC of "
                + "packet #5, which came first, still awaited its PUBREL"), findings(outcome));
    }

    @Test
    void releasesOneAtATimeLeaveTheOrderUnjudged() {
        oneReadingDelivered();
        assertNotNull(new ReleaseOrderCheck(REQ).judge(session).inconclusiveReason());
    }

    @Test
    void theWholeStatementHoldsOnlyWhenEveryPartIsJudged() {
        oneReadingDelivered();
        AllOfCheck whole = new AllOfCheck(REQ, List.of(Qos2SenderCheck.dupClear(REQ), Qos2ResumptionCheck.releaseResent(REQ)));
        assertTrue(whole.judge(session).inconclusiveReason().startsWith("part of the statement could not be judged"));
        session.clear();
        releaseInterrupted();
        device("c2", PublishAck.pubrel(2));
        assertTrue(whole.judge(session).passed());
        device("c2", reading("r3", 3, false));
        device("c2", reading("r4", 4, true)); // a new reading with DUP set, after the resumed connection sent a new one
        assertEquals(1, whole.judge(session).findings().size());
    }
}
