package org.iomt.patch.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The check that the device keeps its session state while connected, on hand-made connections where the suite sends
 * the PUBREC of a QoS 2 reading late (or at once), each entry stamped with the time (ms) it happened.
 */
@Tag("small")
class SessionStateKeptCheckTest {

    private static final String REQ = "mqtt-5.0:MQTT-4.1.0-1";
    private final List<Evidence> session = new ArrayList<>();

    private void at(long millis, String connection, Direction direction, Object packet) {
        session.add(new Evidence("test", session.size() + 1, Instant.EPOCH.plusMillis(millis), millis * 1_000_000L,
                direction, connection, new byte[0], String.valueOf(packet), Optional.ofNullable(packet)));
    }

    private void device(long millis, String connection, Object packet) {
        at(millis, connection, Direction.DEVICE_TO_SUITE, packet);
    }

    private void suite(long millis, String connection, Object packet) {
        at(millis, connection, Direction.SUITE_TO_DEVICE, packet);
    }

    /** Reading 3 goes out on c1 at 0 ms; the suite answers it with a PUBREC at 3000 ms (#1, #2). */
    private void lateReceipt() {
        device(0, "c1", Publish.of("t", 2, false, 3, new byte[]{1}));
        suite(3000, "c1", PublishAck.pubrec(3));
    }

    private static String findings(Outcome outcome) {
        return outcome.findings().stream().map(Finding::message).collect(Collectors.joining("; "));
    }

    private Outcome judge() {
        return new SessionStateKeptCheck(REQ).judge(session);
    }

    @Test
    void aLateReceiptReleasedUnderItsIdentifierPasses() {
        lateReceipt();
        device(3001, "c1", PublishAck.pubrel(3));
        Outcome outcome = judge();
        assertTrue(outcome.passed(), findings(outcome) + outcome.inconclusiveReason());
        assertEquals(3, outcome.judged().size());
    }

    @Test
    void aReleaseSayingTheIdentifierIsUnknownFails() {
        lateReceipt();
        device(3001, "c1", PublishAck.pubrel(3).withReason(0x92, MqttProperties.EMPTY)); // #3
        Outcome outcome = judge();
        assertTrue(findings(outcome).contains("packet #3 on c1: PUBREL 0x92 (Packet Identifier not found) answers the "
                + "PUBREC of packet #2 (packet identifier 3), sent 3000 ms after the QoS 2 PUBLISH of packet #1 on the same "
                + "open connection: the device discarded the message from its session"), findings(outcome));
    }

    @Test
    void noReleaseWhileTheDeviceKeepsTalkingOnTheOpenConnectionFails() {
        lateReceipt();
        device(3500, "c1", new PingReq(0)); // #3
        device(5500, "c1", new PingReq(0)); // #4
        Outcome outcome = judge();
        assertTrue(findings(outcome).contains("packet #2 on c1: no PUBREL answers the PUBREC of packet #2 (packet "
                + "identifier 3), sent 3000 ms after the QoS 2 PUBLISH of packet #1 on the same open connection, though the "
                + "connection stayed open 2500 ms more and the device sent packet #3 there"), findings(outcome));
    }

    @Test
    void noReleaseBeforeTheConnectionEndsSoonAfterIsNotJudged() {
        lateReceipt();
        device(3200, "c1", new PingReq(0));
        at(3500, "c1", Direction.TRANSPORT, ConnectionEnded.byPeer("closed"));
        device(6000, "c2", new PingReq(0));
        assertNotNull(judge().inconclusiveReason());
    }

    @Test
    void silenceWithoutAnyPacketOfTheDeviceAfterTheReceiptIsNotJudged() {
        lateReceipt();
        at(6000, "-", Direction.TRANSPORT, null); // the observation closes with c1 still open
        assertNotNull(judge().inconclusiveReason());
    }

    @Test
    void aReceiptThatComesAtOnceIsNotJudged() {
        device(0, "c1", Publish.of("t", 2, false, 3, new byte[]{1}));
        suite(5, "c1", PublishAck.pubrec(3));
        device(6, "c1", PublishAck.pubrel(3));
        assertNotNull(judge().inconclusiveReason());
    }

    @Test
    void aReceiptOfAReadingSentOnAnotherConnectionIsNotJudged() {
        device(0, "c1", Publish.of("t", 2, false, 3, new byte[]{1}));
        at(100, "c1", Direction.TRANSPORT, ConnectionEnded.causedBySuite("dropped"));
        suite(3000, "c2", PublishAck.pubrec(3));
        device(3001, "c2", PublishAck.pubrel(3).withReason(0x92, MqttProperties.EMPTY));
        assertNotNull(judge().inconclusiveReason());
    }

    @Test
    void aLateReceiptAnsweredUnderAnotherIdentifierIsNotJudged() {
        lateReceipt();
        device(3001, "c1", PublishAck.pubrel(0x8003));
        assertTrue(judge().inconclusiveReason().contains("answered with a PUBREL under another packet identifier "
                + "(packets [#2, #3])"), judge().inconclusiveReason());
    }
}
