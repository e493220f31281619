package org.iomt.patch.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.model.MalformedProbe;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Publish;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Session Present check on hand-made connections: the broker answers a clean start on c4 with Session Present 1. */
@Tag("small")
class UnexpectedSessionCheckTest {

    private final List<Evidence> session = new ArrayList<>();

    private void at(long millis, String connection, Direction direction, Object value) {
        session.add(new Evidence("test", session.size() + 1, Instant.EPOCH.plusMillis(millis), millis * 1_000_000L,
                direction, connection, new byte[0], String.valueOf(value), Optional.ofNullable(value)));
    }

    private Outcome judge() {
        return new UnexpectedSessionCheck("r").judge(session);
    }

    private static String reasons(Outcome outcome) {
        return outcome.findings().stream().map(Finding::message).collect(Collectors.joining("; "));
    }

    private void answeredWithSessionPresent() {
        at(0, "c4", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V5_0, "p", 1, true));
        at(1, "c4", Direction.SUITE_TO_DEVICE, MalformedProbe.SESSION_PRESENT_ON_CLEAN_START);
    }

    @Test
    void aDeviceThatClosesTheConnectionAtOncePasses() {
        answeredWithSessionPresent();
        at(20, "c4", Direction.TRANSPORT, ConnectionEnded.byPeer("connection closed by device"));
        Outcome outcome = judge();
        assertTrue(outcome.passed(), reasons(outcome));
    }

    @Test
    void aDeviceThatPublishesBeforeItClosesFailsNamingThePublish() {
        answeredWithSessionPresent();
        at(10, "c4", Direction.DEVICE_TO_SUITE, Publish.of("t/1", 1, false, 7, "a".getBytes(StandardCharsets.UTF_8)));
        at(20, "c4", Direction.TRANSPORT, ConnectionEnded.byPeer("connection closed by device"));
        Outcome outcome = judge();
        assertFalse(outcome.passed());
        assertTrue(reasons(outcome).contains("packet #3 on connection c4 goes on with the connection after the suite's "
                + "broker sent the device a CONNACK with Session Present 1"), reasons(outcome));
    }

    @Test
    void aDeviceThatHoldsTheConnectionFails() {
        answeredWithSessionPresent();
        at(2002, "c4", Direction.TRANSPORT, ConnectionEnded.causedBySuite("connection closed by suite: still held"));
        assertFalse(judge().passed());
    }

    @Test
    void noProbeIsInconclusive() {
        at(0, "c4", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V5_0, "p", 1, true));
        Outcome outcome = judge();
        assertNotNull(outcome.inconclusiveReason());
        assertTrue(outcome.inconclusiveReason().contains("sent no CONNECT with a clean start"), outcome.inconclusiveReason());
    }
}
