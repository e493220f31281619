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
 * the clean session of an empty client identifier, judged only on the CONNECTs their rules speak of.
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
    void willBitsWithoutTheWillFlagFailAndAWillIsNoViolation() {
        List<Evidence> evidence = connects(PLAIN, WITH_WILL, PLAIN.withWillFlags(false, 2, false), PLAIN.withWillFlags(false, 0, true));
        assertEquals(1, ConnectFieldCheck.willQosNeedsWillFlag("r").judge(evidence).findings().size());
        assertEquals(1, ConnectFieldCheck.willRetainNeedsWillFlag("r").judge(evidence).findings().size());
        assertTrue(ConnectFieldCheck.willQosNeedsWillFlag("r").judge(connects(PLAIN, WITH_WILL)).passed());
        assertNotNull(ConnectFieldCheck.willRetainNeedsWillFlag("r").judge(List.of()).inconclusiveReason());
    }

    @Test
    void aDeviceWhoseEveryConnectCarriesAWillGivesTheWillFlagRulesNothingToJudge() {
        Outcome outcome = ConnectFieldCheck.willQosNeedsWillFlag("r").judge(connects(WITH_WILL, WITH_WILL));
        assertFalse(outcome.passed());
        assertTrue(outcome.notApplicableReason().startsWith("every CONNECT carried a will"), outcome.notApplicableReason());
        assertEquals(2, outcome.judged().size(), "the CONNECTs the device sent instead are cited");
        assertNotNull(ConnectFieldCheck.willRetainNeedsWillFlag("r").judge(connects(WITH_WILL)).notApplicableReason());
    }

    @Test
    void theEmptyClientIdRuleJudgesOnlyConnectsWithoutAClientId() {
        Connect anonymous = Connect.of(MqttVersion.V3_1_1, "", 1, true);
        assertNotNull(ConnectFieldCheck.emptyClientIdNeedsCleanSession("r").judge(connects(PLAIN)).notApplicableReason());
        Outcome held = ConnectFieldCheck.emptyClientIdNeedsCleanSession("r").judge(connects(PLAIN, anonymous));
        assertTrue(held.passed());
        assertEquals(1, held.judged().size(), "only the CONNECT without a client identifier is judged");
        assertEquals(1, ConnectFieldCheck.emptyClientIdNeedsCleanSession("r")
                .judge(connects(Connect.of(MqttVersion.V3_1_1, "", 1, false))).findings().size());
    }
}
