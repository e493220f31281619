package org.iomt.patch.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttVersion;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The CONNECT field checks on single CONNECT packets: the claimed will, the will flags of a CONNECT without a will, and
 * the clean session of an empty client identifier, judged only on the CONNECTs their rules speak of; without such a
 * CONNECT, not applicable when the claims rule one out and inconclusive when they do not.
 */
@Tag("small")
class WillChecksTest {

    private static final Connect PLAIN = Connect.of(MqttVersion.V3_1_1, "p", 1, true);
    private static final Connect WITH_WILL = PLAIN.withWill("w/TP1/status", new byte[] {1}, 1, true, MqttProperties.EMPTY);

    private static List<Evidence> connects(Connect... packets) {
        return java.util.stream.IntStream.range(0, packets.length).mapToObj(i -> new Evidence("test", i + 1L, Instant.EPOCH,
                i, Direction.DEVICE_TO_SUITE, "c" + (i + 1), new byte[0], packets[i].toString(), Optional.of((Object) packets[i])))
                .toList();
    }

    @Test
    void theClaimedWillPassesAndAnyDifferenceFails() {
        assertTrue(ConnectFieldCheck.claimedWill("r", "w/TP1/status", 1, true).judge(connects(WITH_WILL)).passed());
        Outcome outcome = ConnectFieldCheck.claimedWill("r", "w/TP1/status", 1, true)
                .judge(connects(PLAIN, WITH_WILL.withWillFlags(true, 0, true), WITH_WILL));
        assertEquals(2, outcome.findings().size());
        assertTrue(outcome.findings().get(0).message().contains("no will (Will flag 0)"), outcome.findings().get(0).message());
        assertTrue(outcome.findings().get(1).message().contains("at QoS 0, retained; the profile claims"), outcome.findings().get(1).message());
    }

    @Test
    void willBitsWithoutTheWillFlagFailCitingTheirConnect() {
        List<Evidence> evidence = connects(PLAIN, WITH_WILL, PLAIN.withWillFlags(false, 2, false), PLAIN.withWillFlags(false, 0, true));
        Outcome qos = ConnectFieldCheck.willQosNeedsWillFlag("r", false).judge(evidence);
        assertEquals(1, qos.findings().size());
        assertTrue(qos.findings().get(0).message().contains("Will flag is 0 and Will QoS is 2"), qos.findings().get(0).message());
        assertEquals(List.of(evidence.get(2)), qos.findings().get(0).evidence(), "the finding cites the CONNECT that broke it");
        assertEquals(1, ConnectFieldCheck.willRetainNeedsWillFlag("r", false).judge(evidence).findings().size());
        assertNotNull(ConnectFieldCheck.willRetainNeedsWillFlag("r", false).judge(List.of()).inconclusiveReason());
    }

    @Test
    void aConnectWithoutAWillThatKeepsTheWillBitsClearPassesCitingOnlyThatConnect() {
        List<Evidence> evidence = connects(PLAIN, WITH_WILL);
        Outcome held = ConnectFieldCheck.willQosNeedsWillFlag("r", false).judge(evidence);
        assertTrue(held.passed());
        assertEquals(List.of(evidence.get(0)), held.judged());
        assertTrue(ConnectFieldCheck.willRetainNeedsWillFlag("r", true).judge(evidence).passed());
    }

    @Test
    void aDeviceClaimingAWillAndSendingOneEveryTimeGivesTheWillFlagRulesNothingToJudge() {
        Outcome outcome = ConnectFieldCheck.willQosNeedsWillFlag("r", true).judge(connects(WITH_WILL, WITH_WILL));
        assertFalse(outcome.passed());
        assertTrue(outcome.notApplicableReason().startsWith("every CONNECT carried a will"), outcome.notApplicableReason());
        assertTrue(outcome.notApplicableReason().contains("the profile claims a will in every CONNECT"), outcome.notApplicableReason());
        assertEquals(2, outcome.judged().size(), "the CONNECTs the device sent instead are cited");
        assertNotNull(ConnectFieldCheck.willRetainNeedsWillFlag("r", true).judge(connects(WITH_WILL)).notApplicableReason());
    }

    @Test
    void aDeviceThatSentAWillEveryTimeLeavesTheWillFlagRulesNotApplicableNeverBlockingItsCertification() {
        for (ConnectFieldCheck check : List.of(ConnectFieldCheck.willQosNeedsWillFlag("r", false),
                ConnectFieldCheck.willRetainNeedsWillFlag("r", false))) {
            Outcome outcome = check.judge(connects(WITH_WILL, WITH_WILL));
            assertFalse(outcome.passed());
            assertEquals(null, outcome.inconclusiveReason(), "sending a will every time is the device's lawful choice");
            assertTrue(outcome.notApplicableReason().startsWith("every CONNECT carried a will"), outcome.notApplicableReason());
            assertEquals(2, outcome.judged().size(), "the CONNECTs the device sent instead are cited");
        }
    }

    @Test
    void theEmptyClientIdRuleJudgesOnlyConnectsWithoutAClientId() {
        Connect anonymous = Connect.of(MqttVersion.V3_1_1, "", 1, true);
        Outcome persistent = ConnectFieldCheck.emptyClientIdNeedsCleanSession("r", true).judge(connects(PLAIN));
        assertTrue(persistent.notApplicableReason().contains("claims a persistent session"), persistent.notApplicableReason());
        Outcome clean = ConnectFieldCheck.emptyClientIdNeedsCleanSession("r", false).judge(connects(PLAIN));
        assertTrue(clean.notApplicableReason().startsWith("every CONNECT named a client identifier"), clean.notApplicableReason());
        Outcome held = ConnectFieldCheck.emptyClientIdNeedsCleanSession("r", false).judge(connects(PLAIN, anonymous));
        assertTrue(held.passed());
        assertEquals(1, held.judged().size(), "only the CONNECT without a client identifier is judged");
        assertEquals(1, ConnectFieldCheck.emptyClientIdNeedsCleanSession("r", true)
                .judge(connects(Connect.of(MqttVersion.V3_1_1, "", 1, false))).findings().size());
    }

    @Test
    void willQosThreeFailsOnlyInAConnectWithAWill() {
        List<Evidence> evidence = connects(PLAIN, WITH_WILL, WITH_WILL.withWillFlags(true, 3, true), PLAIN.withWillFlags(false, 3, false));
        Outcome outcome = ConnectFieldCheck.willQosBelowThree("r", true).judge(evidence);
        assertEquals(1, outcome.findings().size());
        assertTrue(outcome.findings().get(0).message().contains("CONNECT on connection c3: Will flag is 1 and Will QoS is 3"),
                outcome.findings().get(0).message());
        assertEquals(List.of(evidence.get(2)), outcome.findings().get(0).evidence(), "the finding cites the CONNECT that broke it");
        Outcome held = ConnectFieldCheck.willQosBelowThree("r", true).judge(connects(PLAIN, WITH_WILL, WITH_WILL.withWillFlags(true, 2, false)));
        assertTrue(held.passed());
        assertEquals(2, held.judged().size(), "only the CONNECTs with a will are judged");
    }

    @Test
    void willQosIsNotApplicableWithoutAnyWill() {
        Outcome unclaimed = ConnectFieldCheck.willQosBelowThree("r", false).judge(connects(PLAIN, PLAIN));
        assertTrue(unclaimed.notApplicableReason().contains("the profile claims no will"), unclaimed.notApplicableReason());
        Outcome claimed = ConnectFieldCheck.willQosBelowThree("r", true).judge(connects(PLAIN));
        assertTrue(claimed.notApplicableReason().contains("lawful choice"), claimed.notApplicableReason());
        assertNotNull(ConnectFieldCheck.willQosBelowThree("r", true).judge(List.of()).inconclusiveReason());
    }
}
