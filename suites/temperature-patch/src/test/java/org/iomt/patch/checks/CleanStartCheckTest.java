package org.iomt.patch.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
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
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clean-start check on hand-made sessions: a reading left unacknowledged when connection c1 ends, and what the
 * device does on c2, where it asked for a clean start.
 */
@Tag("small")
class CleanStartCheckTest {

    private final List<Evidence> session = new ArrayList<>();

    private void on(String connection, Direction direction, Object packet) {
        session.add(new Evidence("test", session.size() + 1, Instant.EPOCH.plusSeconds(session.size()), session.size() * 1_000_000_000L,
                direction, connection, new byte[0], String.valueOf(packet), Optional.ofNullable(packet)));
    }

    private static Publish reading(int qos, int id, String value, boolean dup) {
        return Publish.of("t/1", qos, false, id, value.getBytes(StandardCharsets.UTF_8)).withDup(dup);
    }

    private Outcome judge() {
        return new CleanStartCheck("r").judge(session);
    }

    private static String reasons(Outcome outcome) {
        return outcome.findings().stream().map(Finding::message).collect(Collectors.joining("; "));
    }

    /** c1: reading 1 acknowledged, reading 2 not, then the connection is lost; c2 asks for a clean start or not. */
    private void interruptedThenReconnected(boolean cleanStart) {
        on("c1", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "p", 1, cleanStart));
        on("c1", Direction.SUITE_TO_DEVICE, Connack.of(false, 0));
        on("c1", Direction.DEVICE_TO_SUITE, reading(1, 1, "a", false));
        on("c1", Direction.SUITE_TO_DEVICE, PublishAck.puback(1));
        on("c1", Direction.DEVICE_TO_SUITE, reading(1, 2, "b", false));
        on("c1", Direction.TRANSPORT, ConnectionEnded.byPeer("dropped"));
        on("c2", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "p", 1, cleanStart));
        on("c2", Direction.SUITE_TO_DEVICE, Connack.of(false, 0));
    }

    @Test
    void aDeviceThatPublishesOnlyNewReadingsAfterACleanStartPasses() {
        interruptedThenReconnected(true);
        on("c2", Direction.DEVICE_TO_SUITE, reading(1, 3, "c", false));
        Outcome outcome = judge();
        assertTrue(outcome.passed(), reasons(outcome));
        assertFalse(outcome.judged().isEmpty());
    }

    @Test
    void aDuplicateOfTheUnacknowledgedReadingAfterACleanStartFailsNamingBothPackets() {
        interruptedThenReconnected(true);
        on("c2", Direction.DEVICE_TO_SUITE, reading(1, 2, "b", true));
        on("c2", Direction.DEVICE_TO_SUITE, reading(1, 3, "c", false));
        Outcome outcome = judge();
        assertFalse(outcome.passed());
        assertTrue(reasons(outcome).contains("packet #9 on connection c2 sends packet #5 of connection c1 again (DUP 1, "
                + "packet identifier 2)"), reasons(outcome));
    }

    @Test
    void theSameReadingUnderItsIdentifierWithDupClearStillCarriesItOver() {
        interruptedThenReconnected(true);
        on("c2", Direction.DEVICE_TO_SUITE, reading(1, 2, "b", false));
        assertFalse(judge().passed());
    }

    @Test
    void aNewReadingThatReusesAFreedIdentifierIsNoResend() {
        interruptedThenReconnected(true);
        on("c2", Direction.DEVICE_TO_SUITE, reading(1, 2, "new", false));
        assertTrue(judge().passed());
    }

    @Test
    void aReleaseOfAnEarlierConnectionsIdentifierAfterACleanStartFails() {
        on("c1", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V5_0, "p", 1, true));
        on("c1", Direction.SUITE_TO_DEVICE, Connack.of(false, 0));
        on("c1", Direction.DEVICE_TO_SUITE, reading(2, 1, "a", false));
        on("c1", Direction.SUITE_TO_DEVICE, PublishAck.pubrec(1));
        on("c1", Direction.DEVICE_TO_SUITE, PublishAck.pubrel(1));
        on("c1", Direction.TRANSPORT, ConnectionEnded.causedBySuite("dropped"));
        on("c2", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V5_0, "p", 1, true));
        on("c2", Direction.SUITE_TO_DEVICE, Connack.of(false, 0));
        on("c2", Direction.DEVICE_TO_SUITE, PublishAck.pubrel(1));
        on("c2", Direction.DEVICE_TO_SUITE, reading(2, 2, "b", false));
        Outcome outcome = judge();
        assertFalse(outcome.passed());
        assertTrue(reasons(outcome).contains("packet #9 on connection c2 releases packet identifier 1, which got no PUBREC "
                + "on that connection, which the broker received as packet #4 on connection c1"), reasons(outcome));
    }

    @Test
    void aPersistentSessionIsNotJudged() {
        interruptedThenReconnected(false);
        on("c2", Direction.DEVICE_TO_SUITE, reading(1, 2, "b", true));
        Outcome outcome = judge();
        assertNotNull(outcome.inconclusiveReason(), reasons(outcome));
    }

    @Test
    void aCleanStartWithNothingOwedIsNotJudged() {
        on("c1", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "p", 1, true));
        on("c1", Direction.SUITE_TO_DEVICE, Connack.of(false, 0));
        on("c1", Direction.DEVICE_TO_SUITE, reading(1, 1, "a", false));
        on("c1", Direction.SUITE_TO_DEVICE, PublishAck.puback(1));
        on("c1", Direction.TRANSPORT, ConnectionEnded.byPeer("dropped"));
        on("c2", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "p", 1, true));
        on("c2", Direction.SUITE_TO_DEVICE, Connack.of(false, 0));
        on("c2", Direction.DEVICE_TO_SUITE, reading(1, 2, "b", false));
        assertNotNull(judge().inconclusiveReason());
    }

    @Test
    void aCleanStartWithoutANewReadingIsNotJudged() {
        interruptedThenReconnected(true);
        assertNotNull(judge().inconclusiveReason());
    }
}
