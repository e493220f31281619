package org.iomt.patch.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.checks.MqttEvidence;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The redelivery checks on hand-made sessions: a reading left unacknowledged when connection c1 ends, and what the
 * device does on c2, where the broker resumes the session.
 */
@Tag("small")
class RedeliveryChecksTest {

    private final List<Evidence> session = new ArrayList<>();

    private void on(String connection, Direction direction, Object packet) {
        session.add(new Evidence("test", session.size() + 1, Instant.EPOCH.plusSeconds(session.size()), session.size() * 1_000_000_000L,
                direction, connection, new byte[0], String.valueOf(packet), Optional.ofNullable(packet)));
    }

    private static Publish reading(int id, String value, boolean dup) {
        return Publish.of("t/1", 1, false, id, value.getBytes(StandardCharsets.UTF_8)).withDup(dup);
    }

    /** c1: reading 1 acknowledged, reading 2 not, then the connection is lost; c2 resumes the session. */
    private void interruptedThenResumed(boolean sessionPresent) {
        on("c1", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "p", 1, false));
        on("c1", Direction.SUITE_TO_DEVICE, Connack.of(false, 0));
        on("c1", Direction.DEVICE_TO_SUITE, reading(1, "a", false));
        on("c1", Direction.SUITE_TO_DEVICE, PublishAck.puback(1));
        on("c1", Direction.DEVICE_TO_SUITE, reading(2, "b", false));
        on("c1", Direction.TRANSPORT, ConnectionEnded.byPeer("dropped"));
        on("c2", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "p", 1, false));
        on("c2", Direction.SUITE_TO_DEVICE, Connack.of(sessionPresent, 0));
    }

    @Test
    void aResendUnderTheOriginalIdentifierWithDupPassesAllThree() {
        interruptedThenResumed(true);
        on("c2", Direction.DEVICE_TO_SUITE, reading(2, "b", true));
        on("c2", Direction.SUITE_TO_DEVICE, PublishAck.puback(2));
        on("c2", Direction.DEVICE_TO_SUITE, reading(3, "c", false));
        assertTrue(RedeliveryCheck.resentOnResumption("r").judge(session).passed());
        assertTrue(RedeliveryCheck.sameIdentifier("r").judge(session).passed());
        assertTrue(RedeliveryCheck.dupSet("r").judge(session).passed());
        assertTrue(new Qos1SenderFlowCheck("r").judge(session).passed(), "a resend is not a new message with DUP set");
        assertEquals(3, MqttEvidence.readings(session).size(), "the resend is not a reading of its own");
    }

    @Test
    void aPublishBeforeTheConnectIsNoReadingForItsLayoutIsUnknown() {
        on("c0", Direction.DEVICE_TO_SUITE, reading(0, "\u0000before", false));
        interruptedThenResumed(true);
        assertEquals(List.of("a", "b"), MqttEvidence.readings(session).stream()
                .map(e -> new String(MqttEvidence.publish(e).payload(), StandardCharsets.UTF_8)).toList());
    }

    @Test
    void aForgottenMessageFailsTheResumptionAndLeavesTheOthersInconclusive() {
        interruptedThenResumed(true);
        on("c2", Direction.DEVICE_TO_SUITE, reading(3, "c", false));
        Outcome outcome = RedeliveryCheck.resentOnResumption("r").judge(session);
        assertEquals(1, outcome.findings().size());
        assertTrue(outcome.findings().get(0).message().contains("was not resent on connection c2"), outcome.findings().get(0).message());
        assertNotNull(RedeliveryCheck.dupSet("r").judge(session).inconclusiveReason());
        assertNotNull(RedeliveryCheck.sameIdentifier("r").judge(session).inconclusiveReason());
        Outcome kept = RedeliveryCheck.keptAcrossConnections("r").judge(session);
        assertEquals(1, kept.findings().size(), "the forgotten message was not kept across the lost connection");
    }

    @Test
    void aMessageSentAgainUnderANewIdentifierWasStillKeptAcrossTheLostConnection() {
        interruptedThenResumed(true);
        on("c2", Direction.DEVICE_TO_SUITE, reading(3, "b", true));
        assertTrue(RedeliveryCheck.keptAcrossConnections("r").judge(session).passed());
    }

    /** c1: readings 1 and 2 both unacknowledged when the connection is lost; c2 resumes the session. */
    private void twoUnacknowledgedThenResumed() {
        on("c1", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "p", 1, false));
        on("c1", Direction.SUITE_TO_DEVICE, Connack.of(false, 0));
        on("c1", Direction.DEVICE_TO_SUITE, reading(1, "a", false));
        on("c1", Direction.DEVICE_TO_SUITE, reading(2, "b", false));
        on("c1", Direction.TRANSPORT, ConnectionEnded.byPeer("dropped"));
        on("c2", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "p", 1, false));
        on("c2", Direction.SUITE_TO_DEVICE, Connack.of(true, 0));
    }

    @Test
    void twoReadingsResentInTheOrderFirstSentPass() {
        twoUnacknowledgedThenResumed();
        on("c2", Direction.DEVICE_TO_SUITE, reading(1, "a", true));
        on("c2", Direction.DEVICE_TO_SUITE, reading(2, "b", true));
        assertTrue(ResendOrderCheck.twoOrMoreResentAfter(session, 0));
        assertFalse(ResendOrderCheck.twoOrMoreResentAfter(session, session.get(session.size() - 1).seq()),
                "a resumption before the phase began is not this phase's");
        assertTrue(new ResendOrderCheck("r").judge(session).passed());
        assertNotNull(new ResendOrderCheck("r", session.get(session.size() - 1).seq()).judge(session).inconclusiveReason(),
                "a resumption before the phase is not judged");
    }

    @Test
    void twoReadingsResentLastFirstFailNamingBoth() {
        twoUnacknowledgedThenResumed();
        on("c2", Direction.DEVICE_TO_SUITE, reading(2, "b", true));
        on("c2", Direction.DEVICE_TO_SUITE, reading(1, "a", true));
        Outcome outcome = new ResendOrderCheck("r").judge(session);
        assertEquals(1, outcome.findings().size());
        assertTrue(outcome.findings().get(0).message().contains("packet #9 on connection c2 resends packet #3 after packet "
                + "#8 resent packet #4, which went out later"), outcome.findings().get(0).message());
    }

    @Test
    void aSingleResendShowsNoOrder() {
        interruptedThenResumed(true);
        on("c2", Direction.DEVICE_TO_SUITE, reading(2, "b", true));
        assertFalse(ResendOrderCheck.twoOrMoreResentAfter(session, 0));
        assertNotNull(new ResendOrderCheck("r").judge(session).inconclusiveReason());
    }

    @Test
    void aDeviceThatDropsItsStateOnSessionPresentZeroAndPublishesAnewPasses() {
        interruptedThenResumed(false);
        on("c2", Direction.DEVICE_TO_SUITE, reading(3, "c", false));
        assertTrue(DiscardedSessionCheck.continuedAfterLostSession(session));
        assertTrue(new DiscardedSessionCheck("r").judge(session).passed());
    }

    @Test
    void aDeviceThatResendsAfterSessionPresentZeroFails() {
        interruptedThenResumed(false);
        on("c2", Direction.DEVICE_TO_SUITE, reading(2, "b", true));
        Outcome outcome = new DiscardedSessionCheck("r").judge(session);
        assertEquals(1, outcome.findings().size());
        assertTrue(outcome.findings().get(0).message().contains("packet #9 on connection c2 sends packet #5 again, although "
                + "the broker answered the device's CONNECT with Session Present 0 (packet #8)"), outcome.findings().get(0).message());
    }

    @Test
    void aResumedSessionOrNoPublishAfterSessionPresentZeroLeavesTheDiscardUnjudged() {
        interruptedThenResumed(true);
        on("c2", Direction.DEVICE_TO_SUITE, reading(2, "b", true));
        assertNotNull(new DiscardedSessionCheck("r").judge(session).inconclusiveReason());
        session.clear();
        interruptedThenResumed(false);
        assertFalse(DiscardedSessionCheck.continuedAfterLostSession(session));
        assertNotNull(new DiscardedSessionCheck("r").judge(session).inconclusiveReason());
    }

    @Test
    void theSessionIsResumedUnderTheClientIdentifierItsUnacknowledgedReadingWentOutUnder() {
        interruptedThenResumed(true);
        assertTrue(new SessionClientIdCheck("r").judge(session).passed());
    }

    @Test
    void aNewClientIdentifierWhileAReadingIsUnacknowledgedFails() {
        interruptedThenResumed(true);
        session.set(6, new Evidence("test", 7, Instant.EPOCH, 7_000_000_000L, Direction.DEVICE_TO_SUITE, "c2", new byte[0],
                "CONNECT", Optional.of(Connect.of(MqttVersion.V3_1_1, "p2", 1, false))));
        Outcome outcome = new SessionClientIdCheck("r").judge(session);
        assertEquals(1, outcome.findings().size());
        assertTrue(outcome.findings().get(0).message().contains("packet #7: the device connected again on c2 as \"p2\", while "
                + "its reading of packet #5 went out unacknowledged on c1 under the session of \"p\""),
                outcome.findings().get(0).message());
    }

    @Test
    void aCleanSessionOrNothingUnacknowledgedLeavesTheClientIdentifierUnjudged() {
        on("c1", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "p", 1, false));
        on("c1", Direction.SUITE_TO_DEVICE, Connack.of(false, 0));
        on("c1", Direction.DEVICE_TO_SUITE, reading(1, "a", false));
        on("c1", Direction.SUITE_TO_DEVICE, PublishAck.puback(1));
        on("c2", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "other", 1, false));
        on("c2", Direction.DEVICE_TO_SUITE, reading(2, "b", false));
        on("c3", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "third", 1, true));
        assertNotNull(new SessionClientIdCheck("r").judge(session).inconclusiveReason());
    }

    @Test
    void aResendUnderANewIdentifierFailsResumptionAndIdentifierButNotDup() {
        interruptedThenResumed(true);
        on("c2", Direction.DEVICE_TO_SUITE, reading(3, "b", true));
        assertEquals(1, RedeliveryCheck.resentOnResumption("r").judge(session).findings().size());
        assertEquals(1, RedeliveryCheck.sameIdentifier("r").judge(session).findings().size());
        assertTrue(RedeliveryCheck.dupSet("r").judge(session).passed());
        assertTrue(new Qos1SenderFlowCheck("r").judge(session).passed());
    }

    @Test
    void aResendWithoutDupFailsOnlyTheDupRuleAndIsStillNoNewReading() {
        interruptedThenResumed(true);
        on("c2", Direction.DEVICE_TO_SUITE, reading(2, "b", false));
        on("c2", Direction.DEVICE_TO_SUITE, reading(3, "c", false));
        assertTrue(RedeliveryCheck.resentOnResumption("r").judge(session).passed());
        Outcome dup = RedeliveryCheck.dupSet("r").judge(session);
        assertEquals(1, dup.findings().size());
        assertTrue(dup.findings().get(0).message().contains("with DUP 0, expected DUP 1"), dup.findings().get(0).message());
        assertEquals(3, MqttEvidence.readings(session).size());
    }

    @Test
    void withoutSessionPresentNothingIsOwedSoTheResumptionIsInconclusive() {
        interruptedThenResumed(false);
        on("c2", Direction.DEVICE_TO_SUITE, reading(3, "c", false));
        assertNotNull(RedeliveryCheck.resentOnResumption("r").judge(session).inconclusiveReason());
    }

    @Test
    void aResumedConnectionWithoutAnyPublishIsNotJudged() {
        interruptedThenResumed(true);
        assertNotNull(RedeliveryCheck.resentOnResumption("r").judge(session).inconclusiveReason());
    }

    @Test
    void theClaimedSessionIsJudgedPerVersion() {
        Connect v3Persistent = Connect.of(MqttVersion.V3_1_1, "p", 1, false);
        Connect v5NoExpiry = Connect.of(MqttVersion.V5_0, "p", 1, false);
        Connect v5Persistent = v5NoExpiry.withProperties(MqttProperties.of(new MqttProperty(MqttPropertyId.SESSION_EXPIRY_INTERVAL, 300)));
        on("c1", Direction.DEVICE_TO_SUITE, v3Persistent);
        on("c2", Direction.DEVICE_TO_SUITE, v5Persistent);
        assertTrue(ConnectFieldCheck.claimedSession("r", true).judge(session).passed());
        assertEquals(2, ConnectFieldCheck.claimedSession("r", false).judge(session).findings().size());
        on("c3", Direction.DEVICE_TO_SUITE, v5NoExpiry);
        Outcome outcome = ConnectFieldCheck.claimedSession("r", true).judge(session);
        assertEquals(1, outcome.findings().size());
        assertTrue(outcome.findings().get(0).message().contains("Session Expiry Interval is 0"), outcome.findings().get(0).message());
    }

    @Test
    void aNewReadingUnderAnIdentifierNoUnacknowledgedReadingHoldsPasses() {
        on("c1", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "p", 1, false));
        on("c1", Direction.SUITE_TO_DEVICE, Connack.of(false, 0));
        on("c1", Direction.DEVICE_TO_SUITE, reading(1, "a", false));
        on("c1", Direction.DEVICE_TO_SUITE, reading(2, "b", false));
        Outcome outcome = new UnusedIdentifierCheck("r").judge(session);
        assertTrue(outcome.passed());
        assertEquals(1, outcome.judged().size(), "only the reading sent while another was unacknowledged");
    }

    @Test
    void aNewReadingUnderTheIdentifierOfAnUnacknowledgedOneFailsNamingIt() {
        on("c1", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "p", 1, false));
        on("c1", Direction.SUITE_TO_DEVICE, Connack.of(false, 0));
        on("c1", Direction.DEVICE_TO_SUITE, reading(1, "a", false));
        on("c1", Direction.DEVICE_TO_SUITE, reading(1, "b", false));
        Outcome outcome = new UnusedIdentifierCheck("r").judge(session);
        assertEquals(1, outcome.findings().size());
        assertTrue(outcome.findings().get(0).message().contains("packet #4 on c1: a new message under packet identifier 1"),
                outcome.findings().get(0).message());
    }

    @Test
    void readingsSentOneAtATimeAndResendsLeaveNothingToJudge() {
        interruptedThenResumed(true);
        on("c2", Direction.DEVICE_TO_SUITE, reading(2, "b", true));
        on("c2", Direction.SUITE_TO_DEVICE, PublishAck.puback(2));
        on("c2", Direction.DEVICE_TO_SUITE, reading(3, "c", false));
        assertNotNull(new UnusedIdentifierCheck("r").judge(session).inconclusiveReason());
    }

    /** As {@link #interruptedThenResumed}, with reading 1 answered by a PUBACK carrying failure reason code 0x80. */
    private void refusedThenResumed() {
        on("c1", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V5_0, "p", 1, false));
        on("c1", Direction.SUITE_TO_DEVICE, Connack.of(false, 0));
        on("c1", Direction.DEVICE_TO_SUITE, reading(1, "a", false));
        on("c1", Direction.SUITE_TO_DEVICE, PublishAck.puback(1).withReason(0x80, MqttProperties.EMPTY));
        on("c1", Direction.DEVICE_TO_SUITE, reading(2, "b", false));
        on("c1", Direction.TRANSPORT, ConnectionEnded.byPeer("dropped"));
        on("c2", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V5_0, "p", 1, false));
        on("c2", Direction.SUITE_TO_DEVICE, Connack.of(true, 0));
    }

    @Test
    void aRefusedReadingNotSentAgainOnTheResumedSessionPasses() {
        refusedThenResumed();
        on("c2", Direction.DEVICE_TO_SUITE, reading(2, "b", true));
        Outcome outcome = new RefusedMessageCheck("r").judge(session);
        assertTrue(outcome.passed(), String.valueOf(outcome.findings()));
        assertEquals(List.of(3L, 4L, 9L), outcome.judged().stream().map(Evidence::seq).toList());
    }

    @Test
    void aRefusedReadingSentAgainFailsWhateverItsIdentifier() {
        refusedThenResumed();
        on("c2", Direction.DEVICE_TO_SUITE, reading(7, "a", true));
        Outcome outcome = new RefusedMessageCheck("r").judge(session);
        assertFalse(outcome.passed());
        assertEquals("packet #9 on c2 sends again the message of packet #3, which the suite had answered with PUBACK "
                + "reason code 0x80 (packet #4) and so counts as acknowledged", outcome.findings().get(0).message());
    }

    @Test
    void noRefusalOrNoResumedPublishIsInconclusive() {
        interruptedThenResumed(true);
        assertNotNull(new RefusedMessageCheck("r").judge(session).inconclusiveReason());
        session.clear();
        refusedThenResumed();
        assertNotNull(new RefusedMessageCheck("r").judge(session).inconclusiveReason(), "nothing published on c2 yet");
    }
}
