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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The refused-CONNECT checks on hand-made sessions: the broker refuses the CONNECT on c1, the device comes back on c2. */
@Tag("small")
class RefusalChecksTest {

    private static final String REQ = "iomt-temperature-patch:TEST";
    private static final Duration BACKOFF = Duration.ofMillis(500);
    private final List<Evidence> session = new ArrayList<>();

    private void at(long millis, String connection, Direction direction, Object packet) {
        session.add(new Evidence("test", session.size() + 1, Instant.EPOCH.plusMillis(millis), millis * 1_000_000L,
                direction, connection, new byte[0], String.valueOf(packet), Optional.ofNullable(packet)));
    }

    private void refusedThenBackAfter(long millis, boolean publishAfterRefusal) {
        at(0, "c1", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "p", 1, false));
        at(1, "c1", Direction.SUITE_TO_DEVICE, Connack.of(false, 3));
        if (publishAfterRefusal) {
            at(2, "c1", Direction.DEVICE_TO_SUITE, Publish.of("t", 1, false, 1, "r".getBytes(StandardCharsets.UTF_8)));
        }
        at(3, "c1", Direction.TRANSPORT, ConnectionEnded.byPeer("connection closed by device"));
        at(1 + millis, "c2", Direction.TRANSPORT, null);
        at(2 + millis, "c2", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "p", 1, false));
        at(3 + millis, "c2", Direction.SUITE_TO_DEVICE, Connack.of(false, 0));
    }

    private static String reasons(Outcome outcome) {
        return outcome.findings().stream().map(Finding::message).collect(Collectors.joining("; "));
    }

    @Test
    void aDeviceThatLeavesAndWaitsPassesBoth() {
        refusedThenBackAfter(600, false);
        assertTrue(RefusedConnectCheck.silentAfterRefusal(REQ).judge(session).passed());
        assertTrue(RefusedConnectCheck.backsOff(REQ, BACKOFF).judge(session).passed());
        assertTrue(RefusedConnectCheck.reconnectedAfterEveryRefusal(session));
    }

    @Test
    void aPublishAfterTheRefusalFailsTheSilenceRuleOnly() {
        refusedThenBackAfter(600, true);
        Outcome silence = RefusedConnectCheck.silentAfterRefusal(REQ).judge(session);
        assertFalse(silence.passed());
        assertTrue(reasons(silence).contains("packet #3: ") && reasons(silence).contains("after the broker refused its CONNECT (packet #2, code 0x3)"),
                reasons(silence));
        assertTrue(RefusedConnectCheck.backsOff(REQ, BACKOFF).judge(session).passed());
    }

    @Test
    void comingBackTooSoonFailsTheBackoffRuleOnly() {
        refusedThenBackAfter(50, false);
        Outcome backoff = RefusedConnectCheck.backsOff(REQ, BACKOFF).judge(session);
        assertFalse(backoff.passed());
        assertTrue(reasons(backoff).contains("connection c2 opened 0.05 s after the broker refused the CONNECT on connection c1 "
                + "(packet #2); the profile claims a back-off of at least 0.50 s"), reasons(backoff));
        assertTrue(RefusedConnectCheck.silentAfterRefusal(REQ).judge(session).passed());
    }

    @Test
    void noRefusalIsInconclusiveAndNotComingBackLeavesTheBackoffInconclusive() {
        at(0, "c1", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "p", 1, false));
        at(1, "c1", Direction.SUITE_TO_DEVICE, Connack.of(false, 0));
        assertNotNull(RefusedConnectCheck.silentAfterRefusal(REQ).judge(session).inconclusiveReason());
        session.clear();
        at(0, "c1", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "p", 1, false));
        at(1, "c1", Direction.SUITE_TO_DEVICE, Connack.of(false, 3));
        assertFalse(RefusedConnectCheck.reconnectedAfterEveryRefusal(session));
        assertNotNull(RefusedConnectCheck.backsOff(REQ, BACKOFF).judge(session).inconclusiveReason());
    }
}
