package org.iomt.patch.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.Unsuback;
import org.iomt.standards.mqtt.Unsubscribe;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checks of how the device ends its session, on hand-made sessions: the suite sends the end-of-session command on
 * c1, the device unsubscribes, says DISCONNECT and closes (or not).
 */
@Tag("small")
class SessionEndChecksTest {

    private static final String REQ = "mqtt-5.0:TEST";
    private static final byte[] END = "[{\"n\":\"session\",\"vs\":\"end\"}]".getBytes(StandardCharsets.UTF_8);
    private final List<Evidence> session = new ArrayList<>();

    private void on(Direction direction, Object packet) {
        on(direction, new byte[0], packet, String.valueOf(packet));
    }

    private void on(Direction direction, byte[] bytes, Object packet, String decoded) {
        session.add(new Evidence("test", session.size() + 1, Instant.EPOCH.plusSeconds(session.size()),
                session.size() * 1_000_000_000L, direction, "c1", bytes, decoded, Optional.ofNullable(packet)));
    }

    private void told() {
        on(Direction.SUITE_TO_DEVICE, Publish.of("cmd", 0, false, 0, END));
    }

    private void unsubscribed(Unsubscribe unsubscribe) {
        told();
        on(Direction.DEVICE_TO_SUITE, unsubscribe);
        on(Direction.SUITE_TO_DEVICE, new Unsuback(0, unsubscribe.packetId(), MqttProperties.EMPTY, List.of(0)));
    }

    private void disconnected(int reason) {
        unsubscribed(Unsubscribe.of(6, "cmd"));
        on(Direction.DEVICE_TO_SUITE, new Disconnect(0, reason, MqttProperties.EMPTY));
    }

    private void ended(ConnectionEnded how) {
        on(Direction.TRANSPORT, new byte[0], how, how.description());
    }

    private static String reason(Outcome outcome) {
        return outcome.findings().stream().map(Finding::message).collect(Collectors.joining("; "));
    }

    @Test
    void anUnsubscribeWithFlags0010AndAFilterPasses() {
        unsubscribed(Unsubscribe.of(6, "cmd"));
        assertTrue(UnsubscribeFormCheck.flags(REQ).judge(session).passed());
        assertTrue(UnsubscribeFormCheck.atLeastOneFilter(REQ).judge(session).passed());
    }

    @Test
    void anUnsubscribeWithFlags0000Fails() {
        unsubscribed(new Unsubscribe(0b0000, 6, MqttProperties.EMPTY, List.of("cmd")));
        Outcome outcome = UnsubscribeFormCheck.flags(REQ).judge(session);
        assertEquals("packet #2 on c1: UNSUBSCRIBE has fixed-header flags 0000, expected 0010", reason(outcome));
    }

    @Test
    void anUnsubscribeWithoutFiltersFails() {
        unsubscribed(new Unsubscribe(0b0010, 6, MqttProperties.EMPTY, List.of()));
        assertEquals("packet #2 on c1: UNSUBSCRIBE names no topic filter",
                reason(UnsubscribeFormCheck.atLeastOneFilter(REQ).judge(session)));
    }

    @Test
    void noUnsubscribeLeavesTheFormRulesInconclusive() {
        told();
        assertNotNull(UnsubscribeFormCheck.flags(REQ).judge(session).inconclusiveReason());
        assertNotNull(UnsubscribeFormCheck.atLeastOneFilter(REQ).judge(session).inconclusiveReason());
    }

    @Test
    void anUnsubscribeFilterOfIllFormedUtf8FailsEvenWhenTheDecoderRefusedTheFrame() {
        told();
        // UNSUBSCRIBE id 6, 3.1.1, filter "cm\xFF"
        on(Direction.DEVICE_TO_SUITE, HexFormat.of().parseHex("a2070006000363 6dff".replace(" ", "")), null,
                "malformed [MQTT-1.5.3-1]: topic filter is not well-formed UTF-8");
        Outcome outcome = TopicStringCheck.unsubscribeFiltersAreUtf8Strings(REQ, MqttVersion.V3_1_1).judge(session);
        assertEquals("packet #2 on c1: UNSUBSCRIBE topic filter \"cm\\xFF\" is not well-formed UTF-8", reason(outcome));
    }

    @Test
    void anUnsubscribeFilterOfWellFormedUtf8PassesInBothVersions() {
        told();
        on(Direction.DEVICE_TO_SUITE, HexFormat.of().parseHex("a20700060003636d64"), Unsubscribe.of(6, "cmd"), "UNSUBSCRIBE");
        on(Direction.DEVICE_TO_SUITE, HexFormat.of().parseHex("a2080007000003636d64"), Unsubscribe.of(7, "cmd"), "UNSUBSCRIBE");
        assertTrue(TopicStringCheck.unsubscribeFiltersAreUtf8Strings(REQ, MqttVersion.V3_1_1)
                .judge(session.subList(0, 2)).passed());
        assertTrue(TopicStringCheck.unsubscribeFiltersAreUtf8Strings(REQ, MqttVersion.V5_0)
                .judge(List.of(session.get(0), session.get(2))).passed());
    }

    @Test
    void aDeviceThatClosesAfterItsDisconnectAndSendsNothingMorePasses() {
        disconnected(0x00);
        ended(ConnectionEnded.byPeer("connection closed by device after its DISCONNECT"));
        assertTrue(new DisconnectCloseCheck(REQ).judge(session).passed());
        assertTrue(new NothingAfterDisconnectCheck(REQ).judge(session).passed());
        assertTrue(SessionEnd.over(session, END));
    }

    @Test
    void aConnectionTheSuiteClosedAfterTheDisconnectFailsTheCloseRule() {
        disconnected(0x00);
        ended(ConnectionEnded.causedBySuite("connection closed by suite: the device still held the connection 2000 ms after its DISCONNECT"));
        Outcome outcome = new DisconnectCloseCheck(REQ).judge(session);
        assertTrue(reason(outcome).startsWith("connection c1: the device sent DISCONNECT #4 but did not close the connection; #5:"),
                reason(outcome));
        assertTrue(new NothingAfterDisconnectCheck(REQ).judge(session).passed());
    }

    @Test
    void aPacketAfterTheDisconnectFailsTheSilenceRuleOnly() {
        disconnected(0x00);
        on(Direction.DEVICE_TO_SUITE, new PingReq(0));
        ended(ConnectionEnded.byPeer("connection closed by device after its DISCONNECT"));
        Outcome outcome = new NothingAfterDisconnectCheck(REQ).judge(session);
        assertTrue(reason(outcome).startsWith("connection c1: packet #5 ("), reason(outcome));
        assertTrue(reason(outcome).endsWith(") came after the device's DISCONNECT #4"), reason(outcome));
        assertTrue(new DisconnectCloseCheck(REQ).judge(session).passed());
    }

    @Test
    void aDisconnectWhoseConnectionHasNotEndedIsNotJudged() {
        disconnected(0x00);
        assertNotNull(new DisconnectCloseCheck(REQ).judge(session).inconclusiveReason());
        assertNotNull(new NothingAfterDisconnectCheck(REQ).judge(session).inconclusiveReason());
        assertFalse(SessionEnd.over(session, END));
    }

    @Test
    void aDisconnectReasonCodeIsJudgedAgainstTheDefinedOnes() {
        disconnected(0x00);
        assertTrue(new DisconnectReasonCheck(REQ).judge(session).passed());
        session.clear();
        disconnected(0x03);
        assertEquals("packet #4 on c1: DISCONNECT reason code 0x03 is not one MQTT 5.0 defines",
                reason(new DisconnectReasonCheck(REQ).judge(session)));
    }

    @Test
    void noDisconnectLeavesTheReasonRuleInconclusive() {
        unsubscribed(Unsubscribe.of(6, "cmd"));
        assertNotNull(new DisconnectReasonCheck(REQ).judge(session).inconclusiveReason());
    }
}
