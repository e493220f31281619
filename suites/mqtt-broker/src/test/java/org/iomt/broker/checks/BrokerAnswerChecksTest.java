package org.iomt.broker.checks;

import org.iomt.broker.checks.AdmissionCheck.Attempt;
import org.iomt.broker.checks.ConnectRefusalCheck.Rule;
import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How the broker answers a client, judged on hand-made recordings: QoS flows and listeners that must turn clients away. */
@Tag("small")
class BrokerAnswerChecksTest {

    private static final Duration BOUND = Duration.ofSeconds(2);

    private final Recording recording = new Recording();

    @Test
    void aQos2FlowPassesOnItsAnswersAndAPubcompIsNotJudgedWithoutAPubrec() {
        Evidence publish = recording.at(Direction.SUITE_TO_DEVICE, "c", new Publish(0x04, "t", 7, MqttProperties.EMPTY, new byte[1]));
        assertNotNull(PublishFlowCheck.acknowledged("r", publish, recording.of("c"), PacketType.PUBCOMP, BOUND).inconclusiveReason());
        assertFails(PublishFlowCheck.acknowledged("r", publish, recording.of("c"), PacketType.PUBREC, BOUND), "the broker sent nothing");
        recording.at(Direction.DEVICE_TO_SUITE, "c", PublishAck.pubrec(8));
        assertFails(PublishFlowCheck.acknowledged("r", publish, recording.of("c"), PacketType.PUBREC, BOUND), "a PUBREC for packet identifier 7");
        recording.at(Direction.DEVICE_TO_SUITE, "c", PublishAck.pubrec(7));
        assertTrue(PublishFlowCheck.acknowledged("r", publish, recording.of("c"), PacketType.PUBREC, BOUND).passed());
        assertFails(PublishFlowCheck.acknowledged("r", publish, recording.of("c"), PacketType.PUBCOMP, BOUND), "a PUBCOMP");
        recording.at(Direction.DEVICE_TO_SUITE, "c", PublishAck.pubcomp(7));
        assertTrue(PublishFlowCheck.acknowledged("r", publish, recording.of("c"), PacketType.PUBCOMP, BOUND).passed());
    }

    @Test
    void aClientWithoutCertificateTurnedAwayPassesOnlyBesideAnAdmittedOne() {
        recording.at(Direction.DEVICE_TO_SUITE, "certified", Connack.of(false, 0));
        Evidence failed = recording.at(Direction.TRANSPORT, "uncertified", ConnectionEnded.byPeer("handshake failed"));
        Outcome passed = AdmissionCheck.onlyCertifiedAdmitted("r", new Attempt(recording.of("certified"), false, false),
                new Attempt(recording.of("uncertified"), true, false));
        assertTrue(passed.passed());
        assertTrue(passed.judged().containsAll(List.of(failed, recording.of("certified").get(0))), String.valueOf(passed.judged()));
        assertNotNull(AdmissionCheck.onlyCertifiedAdmitted("r", new Attempt(recording.of("certified"), true, false),
                new Attempt(recording.of("uncertified"), true, false)).inconclusiveReason());
        assertNotNull(AdmissionCheck.onlyCertifiedAdmitted("r", new Attempt(recording.of("nobody"), false, false),
                new Attempt(recording.of("uncertified"), true, false)).inconclusiveReason());
    }

    @Test
    void aClientWithoutCertificateThatIsAcceptedOrKeptOpenFails() {
        recording.at(Direction.DEVICE_TO_SUITE, "certified", Connack.of(false, 0));
        recording.at(Direction.DEVICE_TO_SUITE, "uncertified", Connack.of(false, 0));
        assertFails(AdmissionCheck.onlyCertifiedAdmitted("r", new Attempt(recording.of("certified"), false, false),
                new Attempt(recording.of("uncertified"), false, true)), "it accepted it");
        assertFails(AdmissionCheck.onlyCertifiedAdmitted("r", new Attempt(recording.of("certified"), false, false),
                new Attempt(recording.of("silent"), false, false)), "it kept it open");
        assertTrue(AdmissionCheck.onlyCertifiedAdmitted("r", new Attempt(recording.of("certified"), false, false),
                new Attempt(recording.of("silent"), false, true)).passed());
    }

    @Test
    void aRefusalOfWrongCredentialsPassesOnlyBesideAClientAdmittedWithTheRightOnes() {
        recording.at(Direction.DEVICE_TO_SUITE, "admitted", Connack.of(false, 0));
        Evidence refusal = recording.at(Direction.DEVICE_TO_SUITE, "wrong", Connack.of(false, 5));
        Attempt admitted = new Attempt(recording.of("admitted"), false, false);
        Outcome passed = AdmissionCheck.credentialsRefused("r", new Attempt(recording.of("wrong"), false, true), admitted);
        assertTrue(passed.passed());
        assertTrue(passed.judged().containsAll(List.of(refusal, recording.of("admitted").get(0))), String.valueOf(passed.judged()));
        assertFails(AdmissionCheck.credentialsRefused("r", new Attempt(recording.of("wrong"), false, false), admitted), "it kept it open");
        Outcome refusedAll = AdmissionCheck.credentialsRefused("r", new Attempt(recording.of("wrong"), false, true),
                new Attempt(recording.of("wrong"), false, false));
        assertNotNull(refusedAll.inconclusiveReason());
        assertTrue(refusedAll.inconclusiveReason().contains("right credentials (connection wrong: CONNACK reason 5)"),
                refusedAll.inconclusiveReason());
        assertNotNull(AdmissionCheck.credentialsRefused("r", new Attempt(recording.of("wrong"), true, false), admitted).inconclusiveReason());
        recording.at(Direction.DEVICE_TO_SUITE, "accepted", Connack.of(false, 0));
        assertFails(AdmissionCheck.credentialsRefused("r", new Attempt(recording.of("accepted"), false, false), admitted), "it accepted it");
    }

    @Test
    void aTakeOverIsJudgedOnTheSecondConnectEvenBeforeTheFirstConnectionsCloseIsRecorded() {
        Evidence second = recording.at(Direction.SUITE_TO_DEVICE, "c2", org.iomt.standards.mqtt.Connect.of(
                org.iomt.standards.mqtt.MqttVersion.V5_0, "patch1", 60, true));
        Outcome closed = ClosesConnectionCheck.judge("r", second, recording.of("c1"), true, BOUND);
        assertTrue(closed.passed(), String.valueOf(closed));
        assertEquals(List.of(second), closed.judged(), "the offending CONNECT is the evidence cited");
        assertFails(ClosesConnectionCheck.judge("r", second, recording.of("c1"), false, BOUND), "still open");
    }

    @Test
    void anUnknownLevelIn311NeedsReturnCode1AndAClose() {
        Evidence connect = recording.at(Direction.SUITE_TO_DEVICE, "c", org.iomt.standards.mqtt.Connect.of(
                org.iomt.standards.mqtt.MqttVersion.V3_1_1, "c", 60, true).withProtocolLevel(99));
        Outcome silent = refusal(Rule.REFUSE_WITH_RETURN_CODE_1, connect, "c", true);
        assertFails(silent, "no CONNACK before closing");
        assertEquals(List.of(connect), silent.findings().get(0).evidence(), "the offending CONNECT is cited");
        recording.at(Direction.DEVICE_TO_SUITE, "c", Connack.of(false, 0x01));
        assertTrue(refusal(Rule.REFUSE_WITH_RETURN_CODE_1, connect, "c", true).passed());
        assertFails(refusal(Rule.REFUSE_WITH_RETURN_CODE_1, connect, "c", false),
                "still open");
    }

    @Test
    void aRefusingBrokerMustCloseButAnAcceptingOneIsOutsideTheVersionRule() {
        Evidence connect = recording.at(Direction.SUITE_TO_DEVICE, "c", org.iomt.standards.mqtt.Connect.of(
                org.iomt.standards.mqtt.MqttVersion.V5_0, "c", 60, true).withProtocolLevel(99));
        assertTrue(refusal(Rule.CLOSE_WHEN_REFUSING, connect, "c", true).passed());
        recording.at(Direction.DEVICE_TO_SUITE, "c", Connack.of(false, 0x84));
        assertFails(refusal(Rule.CLOSE_WHEN_REFUSING, connect, "c", false),
                "refusing CONNACK (code 0x84)");
        Evidence accepting = recording.at(Direction.SUITE_TO_DEVICE, "d", connect.as(org.iomt.standards.mqtt.Connect.class).orElseThrow());
        recording.at(Direction.DEVICE_TO_SUITE, "d", Connack.of(false, 0));
        assertNotNull(refusal(Rule.CLOSE_WHEN_REFUSING, accepting, "d", false)
                .notApplicableReason());
        assertFails(refusal(Rule.CLOSE_NEVER_ACCEPT, accepting, "d", false),
                "accepted it");
    }

    @Test
    void aNonConformingConnectIn311IsClosedWithoutAnyConnack() {
        Evidence connect = recording.at(Direction.SUITE_TO_DEVICE, "c", org.iomt.standards.mqtt.Connect.of(
                org.iomt.standards.mqtt.MqttVersion.V3_1_1, "c", 60, true).withReservedFlag(true));
        assertTrue(refusal(Rule.CLOSE_WITHOUT_CONNACK, connect, "c", true).passed());
        assertFails(refusal(Rule.CLOSE_WITHOUT_CONNACK, connect, "c", false), "still open");
        recording.at(Direction.DEVICE_TO_SUITE, "c", Connack.of(false, 0x02));
        assertFails(refusal(Rule.CLOSE_WITHOUT_CONNACK, connect, "c", true), "without any CONNACK");
    }

    @Test
    void aBrokerSilentOnAnotherProtocolMayBeSpeakingItIn311() {
        Evidence connect = recording.at(Direction.SUITE_TO_DEVICE, "c", org.iomt.standards.mqtt.Connect.of(
                org.iomt.standards.mqtt.MqttVersion.V3_1_1, "c", 60, true).withProtocolName("MQTX"));
        assertNotNull(refusal(Rule.NOT_CARRIED_ON, connect, "c", false)
                .notApplicableReason());
        assertTrue(refusal(Rule.NOT_CARRIED_ON, connect, "c", true).passed());
        recording.at(Direction.DEVICE_TO_SUITE, "c", Connack.of(false, 0));
        assertFails(refusal(Rule.NOT_CARRIED_ON, connect, "c", true), "accepted it");
    }

    @Test
    void aMalformedConnectClosedCountsOnlyBesideAWellFormedOneAdmittedOnTheSameListener() {
        Evidence offending = recording.at(Direction.SUITE_TO_DEVICE, "s1-client", org.iomt.standards.mqtt.Connect.of(
                org.iomt.standards.mqtt.MqttVersion.V5_0, "patch1", 60, true).withReservedFlag(true));
        recording.at(Direction.SUITE_TO_DEVICE, "s1-admitted", org.iomt.standards.mqtt.Connect.of(
                org.iomt.standards.mqtt.MqttVersion.V5_0, "patch2", 60, true));
        Evidence hungUp = recording.at(Direction.TRANSPORT, "s1-admitted", ConnectionEnded.byPeer("closed by the broker"));
        Outcome closedAll = ClosesConnectionCheck.judgeBesideAdmitted("r", offending, recording.of("s1-client"), true, BOUND, recording.of("s1-admitted"));
        assertNotNull(closedAll.inconclusiveReason(), String.valueOf(closedAll));
        assertTrue(closedAll.inconclusiveReason().contains("closed connection s1-client after")
                && closedAll.inconclusiveReason().contains("well-formed CONNECT of connection s1-admitted either (no CONNACK"),
                closedAll.inconclusiveReason());
        assertTrue(closedAll.judged().containsAll(List.of(offending, hungUp)), String.valueOf(closedAll.judged()));

        Evidence admitted = recording.at(Direction.DEVICE_TO_SUITE, "s2-admitted", Connack.of(false, 0));
        Outcome passed = ClosesConnectionCheck.judgeBesideAdmitted("r", offending, recording.of("s1-client"), true, BOUND, recording.of("s2-admitted"));
        assertTrue(passed.passed(), String.valueOf(passed));
        assertEquals(List.of(offending, admitted), passed.judged());
        assertFails(ClosesConnectionCheck.judgeBesideAdmitted("r", offending, recording.of("s1-client"), false, BOUND, List.of()),
                "expected the broker to close connection s1-client after CONNECT");
    }

    @Test
    void theBrokersIdentityIsProvenByAnyAnswerOverTheHandshakeAndDisprovedByAFailedHandshake() {
        Evidence refused = recording.at(Direction.DEVICE_TO_SUITE, "s1-client", Connack.of(false, 5));
        Outcome proven = AdmissionCheck.identityProven("r", new Attempt(recording.of("s1-client"), false, false));
        assertTrue(proven.passed(), String.valueOf(proven));
        assertEquals(List.of(refused), proven.judged());
        recording.at(Direction.TRANSPORT, "s2-client", ConnectionEnded.byPeer("handshake failed: no name matching localhost"));
        assertFails(AdmissionCheck.identityProven("r", new Attempt(recording.of("s2-client"), true, false)),
                "to complete; it failed (");
        recording.at(Direction.TRANSPORT, "s3-client", ConnectionEnded.byPeer("closed by the broker"));
        Outcome silent = AdmissionCheck.identityProven("r", new Attempt(recording.of("s3-client"), false, false));
        assertNotNull(silent.inconclusiveReason(), String.valueOf(silent));
        assertTrue(silent.inconclusiveReason().contains("connection s3-client got no CONNACK"), silent.inconclusiveReason());
    }

    @Test
    void aClientPresentingItsCredentialsMustBeAdmittedOnceTheyReachedTheBroker() {
        Evidence admitted = recording.at(Direction.DEVICE_TO_SUITE, "s1-client", Connack.of(false, 0));
        assertEquals(List.of(admitted), AdmissionCheck.admittedWithCredentials("r", new Attempt(recording.of("s1-client"), false, false), true)
                .judged());
        recording.at(Direction.DEVICE_TO_SUITE, "s2-client", Connack.of(false, 5));
        assertFails(AdmissionCheck.admittedWithCredentials("r", new Attempt(recording.of("s2-client"), false, false), true),
                "reason code 0x5");
        recording.at(Direction.TRANSPORT, "s3-client", ConnectionEnded.byPeer("handshake failed"));
        Outcome unreached = AdmissionCheck.admittedWithCredentials("r", new Attempt(recording.of("s3-client"), true, false), true);
        assertNotNull(unreached.inconclusiveReason(), String.valueOf(unreached));
        assertTrue(unreached.inconclusiveReason().contains("connection s3-client: its TLS handshake failed"),
                unreached.inconclusiveReason());
        assertNotNull(AdmissionCheck.admittedWithCredentials("r", new Attempt(recording.of("s2-client"), false, false), false)
                .inconclusiveReason());
    }

    /** The broker's answer to the CONNECT on the connection, judged beside an admitted control. */
    private Outcome refusal(Rule rule, Evidence connect, String connection, boolean closed) {
        return ConnectRefusalCheck.judge("r", rule, connect, recording.of(connection), closed, BOUND, admitted());
    }

    /** A well-formed client the listener admitted, the control beside which a refusal counts. */
    private List<Evidence> admitted() {
        if (recording.of("admitted").isEmpty()) {
            recording.at(Direction.SUITE_TO_DEVICE, "admitted", org.iomt.standards.mqtt.Connect.of(
                    org.iomt.standards.mqtt.MqttVersion.V3_1_1, "admitted", 60, true));
            recording.at(Direction.DEVICE_TO_SUITE, "admitted", Connack.of(false, 0));
        }
        return recording.of("admitted");
    }

    @Test
    void aRefusalCountsOnlyBesideAWellFormedClientTheListenerAdmitted() {
        Evidence connect = recording.at(Direction.SUITE_TO_DEVICE, "c", org.iomt.standards.mqtt.Connect.of(
                org.iomt.standards.mqtt.MqttVersion.V5_0, "c", 60, true).withProtocolName("MQTX"));
        recording.at(Direction.SUITE_TO_DEVICE, "refused", org.iomt.standards.mqtt.Connect.of(org.iomt.standards.mqtt.MqttVersion.V5_0,
                "refused", 60, true));
        Outcome closedForAll = ConnectRefusalCheck.judge("r", Rule.CLOSE_NEVER_ACCEPT, connect, recording.of("c"), true,
                BOUND, recording.of("refused"));
        assertTrue(closedForAll.inconclusiveReason().contains("did not admit the well-formed CONNECT of connection refused"),
                String.valueOf(closedForAll));
        Outcome beside = ConnectRefusalCheck.judge("r", Rule.CLOSE_NEVER_ACCEPT, connect, recording.of("c"), true, BOUND,
                admitted());
        assertTrue(beside.passed(), String.valueOf(beside));
        assertTrue(beside.judged().containsAll(recording.of("admitted").subList(1, 2)), "the control's CONNACK is cited");
    }

    @Test
    void informationAClientDidNotAskForIsAFindingOnlyWhereItSaidSo() {
        org.iomt.standards.mqtt.Connect plain = org.iomt.standards.mqtt.Connect.of(org.iomt.standards.mqtt.MqttVersion.V5_0, "c", 60, true);
        recording.at(Direction.SUITE_TO_DEVICE, "asked", plain);
        recording.at(Direction.DEVICE_TO_SUITE, "asked", new Connack(0, false, 0,
                MqttProperties.EMPTY.with(org.iomt.standards.mqtt.MqttPropertyId.RESPONSE_INFORMATION, "r")));
        assertNotNull(RequestedInformationCheck.noResponseInformation("r", recording.of("asked")).inconclusiveReason(),
                "a CONNECT that left the request at its default says nothing in so many words");
        recording.at(Direction.SUITE_TO_DEVICE, "none", plain.withProperties(
                MqttProperties.EMPTY.with(org.iomt.standards.mqtt.MqttPropertyId.REQUEST_PROBLEM_INFORMATION, 0)));
        recording.at(Direction.DEVICE_TO_SUITE, "none", Connack.of(false, 0));
        assertNotNull(RequestedInformationCheck.noProblemInformation("r", recording.of("none")).inconclusiveReason(),
                "nothing but the CONNACK came, which may carry problem information anyway");
        recording.at(Direction.DEVICE_TO_SUITE, "none", new org.iomt.standards.mqtt.Suback(0, 1, MqttProperties.EMPTY, List.of(1)));
        assertTrue(RequestedInformationCheck.noProblemInformation("r", recording.of("none")).passed());
        recording.at(Direction.DEVICE_TO_SUITE, "none", new PublishAck(PacketType.PUBACK, 0, 2, 0,
                MqttProperties.EMPTY.with(org.iomt.standards.mqtt.MqttPropertyId.REASON_STRING, "why")));
        assertFails(RequestedInformationCheck.noProblemInformation("r", recording.of("none")), "carries a Reason String or User Property");
    }
}
