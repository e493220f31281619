package org.iomt.patch.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.model.MalformedProbe;
import org.iomt.standards.mqtt.PingReq;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The malformed-probe check on hand-made connections: the broker sends a second CONNACK on c3 at 0 ms. */
@Tag("small")
class MalformedProbeCheckTest {

    private static final String REQ = "mqtt-3.1.1:TEST";
    private final List<Evidence> session = new ArrayList<>();

    private void at(long millis, String connection, Direction direction, Object value) {
        session.add(new Evidence("test", session.size() + 1, Instant.EPOCH.plusMillis(millis), millis * 1_000_000L,
                direction, connection, new byte[0], String.valueOf(value), Optional.ofNullable(value)));
    }

    private Outcome judge() {
        return new MalformedProbeCheck(REQ, MalformedProbe.SECOND_CONNACK).judge(session);
    }

    private static String reasons(Outcome outcome) {
        return outcome.findings().stream().map(Finding::message).collect(Collectors.joining("; "));
    }

    @Test
    void aDeviceThatClosesWithinTheBoundPasses() {
        at(0, "c3", Direction.SUITE_TO_DEVICE, MalformedProbe.SECOND_CONNACK);
        at(15, "c3", Direction.TRANSPORT, ConnectionEnded.byPeer("connection closed by device"));
        assertTrue(judge().passed());
    }

    @Test
    void aDeviceThatStillHoldsTheConnectionAtTheBoundFailsNamingTheProbeAndTheEnd() {
        at(0, "c3", Direction.SUITE_TO_DEVICE, MalformedProbe.SECOND_CONNACK);
        at(500, "c3", Direction.DEVICE_TO_SUITE, new PingReq(0));
        at(2001, "c3", Direction.TRANSPORT, ConnectionEnded.causedBySuite("connection closed by suite: the device still held it"));
        Outcome outcome = judge();
        assertFalse(outcome.passed());
        assertTrue(reasons(outcome).contains("the device still held connection c3 2001 ms after the suite's broker sent it a "
                + "second CONNACK on a connection the broker already accepted (packet #1), and sent 1 packets on it since"),
                reasons(outcome));
    }

    @Test
    void aConnectionTheSuiteEndedForAnotherReasonBeforeTheBoundIsNotJudged() {
        at(0, "c3", Direction.SUITE_TO_DEVICE, MalformedProbe.SECOND_CONNACK);
        at(300, "c3", Direction.TRANSPORT, ConnectionEnded.causedBySuite("connection closed by suite: tester broker stopped"));
        assertNotNull(judge().inconclusiveReason());
    }

    @Test
    void anotherProbeOrNoneIsNotJudged() {
        at(0, "c3", Direction.SUITE_TO_DEVICE, MalformedProbe.PUBLISH_QOS_THREE);
        at(15, "c3", Direction.TRANSPORT, ConnectionEnded.byPeer("connection closed by device"));
        assertNotNull(judge().inconclusiveReason());
    }

    @Test
    void aConnectionStillOpenIsNotJudged() {
        at(0, "c3", Direction.SUITE_TO_DEVICE, MalformedProbe.SECOND_CONNACK);
        at(2500, "c4", Direction.TRANSPORT, ConnectionEnded.byPeer("connection closed by device"));
        assertNotNull(judge().inconclusiveReason());
    }
}
