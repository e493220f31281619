package org.iomt.patch.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.ObservationClosed;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PingReq;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks judged on hand-made recorded sessions, good and bad: each check can pass, fail and be inconclusive. */
@Tag("small")
class TimingChecksTest {

    private final List<Evidence> session = new ArrayList<>();

    private void at(double seconds, Direction direction, Object packet) {
        on("c1", seconds, direction, packet);
    }

    private void on(String connection, double seconds, Direction direction, Object packet) {
        session.add(new Evidence("test", session.size() + 1, Instant.EPOCH.plusMillis((long) (seconds * 1000)), (long) (seconds * 1e9),
                direction, connection, new byte[0], String.valueOf(packet), Optional.ofNullable(packet)));
    }

    private static Publish reading(int id, String value, boolean dup) {
        Publish p = Publish.of("t/1", 1, false, id, value.getBytes(StandardCharsets.UTF_8));
        return dup ? new Publish(p.flags() | 0x08, p.topic(), p.packetId(), p.properties(), p.payload()) : p;
    }

    /** A time in 2023, so that SenML reads the base times of the clock tests as absolute, not relative to now. */
    private static final double T = 1_700_000_000;

    /** A SenML reading of the temperature measured at {@code measured} seconds after the epoch. */
    private Publish measuredAt(int id, double measured) {
        if (session.isEmpty()) {
            at(T, Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "d", 0, true));
        }
        return reading(id, "[{\"bt\":" + measured + ",\"n\":\"temperature\",\"u\":\"Cel\",\"v\":36.6}]", false);
    }

    @Test
    void clockHoldsWhenAReadingHeldBackArrivesLate() {
        at(T + 10, Direction.DEVICE_TO_SUITE, measuredAt(1, T + 9.8));
        at(T + 30, Direction.DEVICE_TO_SUITE, measuredAt(2, T + 12.0)); // held back while offline: 18 s old
        at(T + 32, Direction.DEVICE_TO_SUITE, measuredAt(3, T + 31.9));
        assertTrue(new ClockCheck("r", "temperature", Duration.ofSeconds(5)).judge(session).passed());
    }

    @Test
    void clockFailsWhenEveryReadingIsOlderThanTheTolerance() {
        at(T + 10, Direction.DEVICE_TO_SUITE, measuredAt(1, T + 3.0));
        at(T + 12, Direction.DEVICE_TO_SUITE, measuredAt(2, T + 5.5));
        Outcome outcome = new ClockCheck("r", "temperature", Duration.ofSeconds(5)).judge(session);
        assertEquals(1, outcome.findings().size());
        assertTrue(outcome.findings().get(0).message().contains("packet #3") && outcome.findings().get(0).message()
                .contains("runs behind"), outcome.findings().get(0).message());
    }

    @Test
    void clockFailsOnAReadingStatedAfterItsReception() {
        at(T + 10, Direction.DEVICE_TO_SUITE, measuredAt(1, T + 9.9));
        at(T + 12, Direction.DEVICE_TO_SUITE, measuredAt(2, T + 18.0));
        Outcome outcome = new ClockCheck("r", "temperature", Duration.ofSeconds(5)).judge(session);
        assertEquals(1, outcome.findings().size());
        assertTrue(outcome.findings().get(0).message().contains("runs ahead"), outcome.findings().get(0).message());
    }

    @Test
    void clockFailsOnAReadingWithoutATimeAndIsInconclusiveWithoutReadings() {
        at(T, Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "d", 0, true));
        at(T + 10, Direction.DEVICE_TO_SUITE, reading(1, "[{\"n\":\"temperature\",\"u\":\"Cel\",\"v\":36.6}]", false));
        assertEquals(1, new ClockCheck("r", "temperature", Duration.ofSeconds(5)).judge(session).findings().size());
        session.clear();
        assertNotNull(new ClockCheck("r", "temperature", Duration.ofSeconds(5)).judge(session).inconclusiveReason());
    }

    @Test
    void keepAliveHoldsWhenPingsFillTheGaps() {
        at(0, Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "d", 1, true));
        at(0.9, Direction.DEVICE_TO_SUITE, new PingReq(0));
        at(1.8, Direction.DEVICE_TO_SUITE, reading(1, "a", false));
        assertTrue(new KeepAliveCheck("r", Duration.ofMillis(250)).judge(session).passed());
    }

    @Test
    void keepAliveFailsOnALongerSilence() {
        at(0, Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "d", 1, true));
        at(2.0, Direction.DEVICE_TO_SUITE, reading(1, "a", false));
        Outcome outcome = new KeepAliveCheck("r", Duration.ofMillis(250)).judge(session);
        assertEquals(1, outcome.findings().size());
        assertTrue(outcome.findings().get(0).message().contains("2.0 s passed"), outcome.findings().get(0).message());
    }

    @Test
    void keepAliveFailsOnSilenceBeforeTheWindowCloses() {
        at(0, Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "d", 2, true));
        at(1.0, Direction.DEVICE_TO_SUITE, new PingReq(0));
        at(3.5, Direction.TRANSPORT, new ObservationClosed(0));
        assertEquals(1, new KeepAliveCheck("r", Duration.ofMillis(250)).judge(session).findings().size());
    }

    @Test
    void keepAliveIsInconclusiveWithoutAConnection() {
        assertNotNull(new KeepAliveCheck("r", Duration.ZERO).judge(session).inconclusiveReason());
    }

    @Test
    void aRetransmissionWithDupIsNotANewMessage() {
        at(0, Direction.DEVICE_TO_SUITE, reading(7, "a", false));
        at(1, Direction.DEVICE_TO_SUITE, reading(7, "a", true));
        at(1.1, Direction.SUITE_TO_DEVICE, PublishAck.puback(7));
        at(2, Direction.DEVICE_TO_SUITE, reading(7, "b", false));
        assertTrue(new Qos1SenderFlowCheck("r").judge(session).passed());
    }

    @Test
    void reusingAnUnacknowledgedIdentifierFails() {
        at(0, Direction.DEVICE_TO_SUITE, reading(7, "a", false));
        at(1, Direction.DEVICE_TO_SUITE, reading(7, "b", false));
        assertEquals(1, new Qos1SenderFlowCheck("r").judge(session).findings().size());
    }

    @Test
    void dupOnAFirstTransmissionFails() {
        at(0, Direction.DEVICE_TO_SUITE, reading(7, "a", true));
        assertEquals(1, new Qos1SenderFlowCheck("r").judge(session).findings().size());
    }

    @Test
    void dupOnAMessageOpeningAResumedSessionIsNotJudgedAsAFirstTransmission() {
        on("c1", 0, Direction.DEVICE_TO_SUITE, reading(1, "a", false));
        on("c1", 0.1, Direction.SUITE_TO_DEVICE, PublishAck.puback(1));
        // the device sent "b" as packet 2 on c1, which ended before the suite read it; it resends "b" on resumption
        on("c2", 2, Direction.SUITE_TO_DEVICE, new Connack(0, true, 0, MqttProperties.EMPTY));
        on("c2", 2.1, Direction.DEVICE_TO_SUITE, reading(2, "b", true));
        on("c2", 2.2, Direction.DEVICE_TO_SUITE, reading(3, "c", true));
        on("c2", 3, Direction.DEVICE_TO_SUITE, reading(4, "d", false));
        on("c2", 4, Direction.DEVICE_TO_SUITE, reading(5, "e", true));
        Outcome flow = new Qos1SenderFlowCheck("r").judge(session);
        assertEquals(1, flow.findings().size(), flow.findings().toString());
        assertTrue(flow.findings().get(0).message().startsWith("packet #7"), flow.findings().get(0).message());
        assertEquals(1, new Qos1FirstSendCheck("r").judge(session).findings().size());
    }

    @Test
    void intervalHoldsWithinTolerance() {
        at(0, Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "d", 60, true));
        at(0, Direction.DEVICE_TO_SUITE, reading(1, "a", false));
        at(2.2, Direction.DEVICE_TO_SUITE, reading(2, "b", false));
        at(4.1, Direction.DEVICE_TO_SUITE, reading(3, "c", false));
        at(4.2, Direction.TRANSPORT, new ObservationClosed(3));
        assertTrue(new ReportingIntervalCheck("r", Duration.ofSeconds(2), 0.25).judge(session).passed());
    }

    @Test
    void intervalFailsOnAShortGapAndOnSilenceBeforeTheWindowCloses() {
        at(0, Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "d", 60, true));
        at(0, Direction.DEVICE_TO_SUITE, reading(1, "a", false));
        at(1.0, Direction.DEVICE_TO_SUITE, reading(2, "b", false));
        at(9.0, Direction.TRANSPORT, new ObservationClosed(2));
        assertEquals(2, new ReportingIntervalCheck("r", Duration.ofSeconds(2), 0.25).judge(session).findings().size());
    }

    /** A 5.0 connection whose CONNACK allows one unacknowledged PUBLISH; two readings, the second acknowledged or not. */
    private void twoReadingsUnderAReceiveMaximumOfOne(boolean secondAcknowledged) {
        at(0, Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V5_0, "d", 60, true));
        at(0, Direction.SUITE_TO_DEVICE, new Connack(0, false, 0, MqttProperties.EMPTY.with(MqttPropertyId.RECEIVE_MAXIMUM, 1)));
        at(0.1, Direction.DEVICE_TO_SUITE, reading(1, "a", false));
        at(0.2, Direction.SUITE_TO_DEVICE, PublishAck.puback(1));
        at(2.1, Direction.DEVICE_TO_SUITE, reading(2, "b", false));
        if (secondAcknowledged) {
            at(2.2, Direction.SUITE_TO_DEVICE, PublishAck.puback(2));
        }
        at(6.0, Direction.TRANSPORT, new ObservationClosed(2));
    }

    @Test
    void readingsArrivingTogetherAfterAHeldAcknowledgementAreItsBacklog() {
        twoReadingsUnderAReceiveMaximumOfOne(false);
        session.remove(session.size() - 1);
        at(5.4, Direction.SUITE_TO_DEVICE, PublishAck.puback(2)); // held 3.3 s
        at(5.45, Direction.DEVICE_TO_SUITE, reading(3, "c", false));
        at(5.5, Direction.SUITE_TO_DEVICE, PublishAck.puback(3));
        at(5.55, Direction.DEVICE_TO_SUITE, reading(4, "d", false));
        at(5.6, Direction.SUITE_TO_DEVICE, PublishAck.puback(4));
        at(5.8, Direction.DEVICE_TO_SUITE, reading(5, "e", false));
        at(5.85, Direction.SUITE_TO_DEVICE, PublishAck.puback(5));
        at(7.8, Direction.DEVICE_TO_SUITE, reading(6, "f", false));
        at(8.0, Direction.TRANSPORT, new ObservationClosed(6));
        assertTrue(new ReportingIntervalCheck("r", Duration.ofSeconds(2), 0.25).judge(session).passed(),
                "three readings queued behind the held acknowledgement come together; the next is on time");
        at(8.3, Direction.DEVICE_TO_SUITE, reading(7, "g", false));
        assertEquals(1, new ReportingIntervalCheck("r", Duration.ofSeconds(2), 0.25).judge(session).findings().size(),
                "a reading 0.5 s after one that came on time is no backlog");
    }

    @Test
    void silenceAtTheEndIsExcusedWhileTheSuiteHoldsAnAcknowledgementUnderTheReceiveMaximum() {
        twoReadingsUnderAReceiveMaximumOfOne(false);
        assertTrue(new ReportingIntervalCheck("r", Duration.ofSeconds(2), 0.25).judge(session).passed(),
                "reading 2 is unacknowledged and the Receive Maximum is 1: the device may send nothing more");
    }

    @Test
    void silenceAtTheEndAfterAPromptAcknowledgementIsTheDevices() {
        twoReadingsUnderAReceiveMaximumOfOne(true);
        assertEquals(1, new ReportingIntervalCheck("r", Duration.ofSeconds(2), 0.25).judge(session).findings().size());
    }

    @Test
    void aRepeatedPayloadCountsAsOneReading() {
        at(0, Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "d", 60, true));
        at(0, Direction.DEVICE_TO_SUITE, reading(1, "a", false));
        at(0.5, Direction.DEVICE_TO_SUITE, reading(1, "a", true));
        assertNotNull(new ReportingIntervalCheck("r", Duration.ofSeconds(2), 0.25).judge(session).inconclusiveReason());
    }

    @Test
    void theBacklogSentOnAReconnectionIsNotAGapButAShortGapLaterIs() {
        on("c1", 0, Direction.TRANSPORT, "TLS handshake refused by the device");
        on("c2", 2.5, Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "d", 1, true));
        on("c2", 2.6, Direction.DEVICE_TO_SUITE, reading(1, "a", false));
        on("c2", 2.6, Direction.DEVICE_TO_SUITE, reading(2, "b", false));
        on("c2", 4.6, Direction.DEVICE_TO_SUITE, reading(3, "c", false));
        on("c2", 4.7, Direction.TRANSPORT, new ObservationClosed(3));
        assertTrue(new ReportingIntervalCheck("r", Duration.ofSeconds(2), 0.25).judge(session).passed());

        on("c2", 5.0, Direction.DEVICE_TO_SUITE, reading(4, "d", false));
        assertEquals(1, new ReportingIntervalCheck("r", Duration.ofSeconds(2), 0.25).judge(session).findings().size(),
                "a short gap well after the reconnection is judged");
    }

    @Test
    void theBacklogIsCountedFromTheConnackNotFromASlowTlsHandshake() {
        on("c1", 0, Direction.TRANSPORT, "TLS handshake refused by the device");
        on("c2", 2.5, Direction.TRANSPORT, "TCP connection opened");
        on("c2", 4.0, Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "d", 1, true));
        on("c2", 4.0, Direction.SUITE_TO_DEVICE, new Connack(0, false, 0, MqttProperties.EMPTY));
        on("c2", 4.1, Direction.DEVICE_TO_SUITE, reading(1, "a", false));
        on("c2", 4.1, Direction.DEVICE_TO_SUITE, reading(2, "b", false));
        on("c2", 6.1, Direction.DEVICE_TO_SUITE, reading(3, "c", false));
        assertTrue(new ReportingIntervalCheck("r", Duration.ofSeconds(2), 0.25).judge(session).passed(),
                "the handshake took 1.5 s; the two readings came together right after the CONNACK");
    }

    @Test
    void readingsAtHalfTheIntervalRightAfterAReconnectionAreNoBacklog() {
        on("c1", 0, Direction.TRANSPORT, "the suite refused the first CONNECT");
        on("c2", 0.5, Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "d", 1, true));
        on("c2", 0.6, Direction.DEVICE_TO_SUITE, reading(1, "a", false));
        on("c2", 1.6, Direction.DEVICE_TO_SUITE, reading(2, "b", false));
        on("c2", 2.6, Direction.DEVICE_TO_SUITE, reading(3, "c", false));
        assertEquals(2, new ReportingIntervalCheck("r", Duration.ofSeconds(2), 0.25).judge(session).findings().size());
    }

    @Test
    void theFirstConnectionHasNoBacklogToExcuse() {
        at(0, Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "d", 1, true));
        at(0.1, Direction.DEVICE_TO_SUITE, reading(1, "a", false));
        at(0.1, Direction.DEVICE_TO_SUITE, reading(2, "b", false));
        at(2.1, Direction.DEVICE_TO_SUITE, reading(3, "c", false));
        assertEquals(1, new ReportingIntervalCheck("r", Duration.ofSeconds(2), 0.25).judge(session).findings().size());
    }

    /** Readings a, b on c1; the connection ends at 3.0 (by the suite or by the device); c reaches c2 late, at 4.8. */
    private void aReadingLateAfterAConnectionEndedAt3(ConnectionEnded end) {
        on("c1", 0, Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V5_0, "d", 1, true));
        on("c1", 0.1, Direction.DEVICE_TO_SUITE, reading(1, "a", false));
        on("c1", 2.1, Direction.DEVICE_TO_SUITE, reading(2, "b", false));
        on("c1", 3.0, Direction.TRANSPORT, end);
        on("c2", 4.5, Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V5_0, "d", 1, true));
        on("c2", 4.8, Direction.DEVICE_TO_SUITE, reading(3, "c", false));
        on("c2", 4.9, Direction.TRANSPORT, new ObservationClosed(3));
    }

    @Test
    void aGapAcrossAConnectionTheSuiteEndedIsNotJudged() {
        aReadingLateAfterAConnectionEndedAt3(new ConnectionEnded(true, true, "no control packet within 1.5 keep alives"));
        Outcome outcome = new ReportingIntervalCheck("r", Duration.ofSeconds(2), 0.25).judge(session);
        assertTrue(outcome.passed(), "2.7 s from b to c spans the suite's close and the device's reconnection: "
                + outcome.findings());
    }

    /** Reading a on c1 at 0.1, which the suite closes at 0.2; reading b on c2 at {@code second}; then the window closes. */
    private void twoReadingsAroundTheSuitesClose(double second) {
        on("c1", 0, Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V5_0, "d", 1, true));
        on("c1", 0.1, Direction.DEVICE_TO_SUITE, reading(1, "a", false));
        on("c1", 0.2, Direction.TRANSPORT, ConnectionEnded.causedBySuite("connection closed by suite: refused"));
        on("c2", second - 0.2, Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V5_0, "d", 1, true));
        on("c2", second, Direction.DEVICE_TO_SUITE, reading(2, "b", false));
        on("c2", second + 0.1, Direction.TRANSPORT, new ObservationClosed(2));
    }

    @Test
    void aShortGapAcrossAConnectionTheSuiteEndedIsJudged() {
        twoReadingsAroundTheSuitesClose(1.1);
        assertEquals(1, new ReportingIntervalCheck("r", Duration.ofSeconds(2), 0.25).judge(session).findings().size(),
                "a patch reporting every second is not excused by the suite's close between its readings");
    }

    @Test
    void aGapAcrossAConnectionTheDeviceEndedIsJudged() {
        aReadingLateAfterAConnectionEndedAt3(ConnectionEnded.byPeer("connection closed by device"));
        assertEquals(1, new ReportingIntervalCheck("r", Duration.ofSeconds(2), 0.25).judge(session).findings().size());
    }

    @Test
    void readingsWhoseOnlyGapIsTooLongAcrossTheSuitesCloseJudgeNothing() {
        twoReadingsAroundTheSuitesClose(3.0);
        assertNotNull(new ReportingIntervalCheck("r", Duration.ofSeconds(2), 0.25).judge(session).inconclusiveReason());
    }
}
