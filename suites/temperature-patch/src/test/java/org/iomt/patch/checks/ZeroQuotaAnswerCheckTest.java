package org.iomt.patch.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.ObservationClosed;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule that a device answers its broker while its send quota is zero, on hand-made connections. */
@Tag("small")
class ZeroQuotaAnswerCheckTest {

    private static final String REQ = "mqtt-5.0:TEST";
    private final List<Evidence> log = new ArrayList<>();

    private ZeroQuotaAnswerCheckTest on(Direction direction, Object packet) {
        log.add(new Evidence("test", log.size() + 1, Instant.EPOCH, log.size(), direction, "c1", new byte[0],
                String.valueOf(packet), Optional.of(packet)));
        return this;
    }

    private ZeroQuotaAnswerCheckTest device(Object packet) {
        return on(Direction.DEVICE_TO_SUITE, packet);
    }

    private ZeroQuotaAnswerCheckTest suite(Object packet) {
        return on(Direction.SUITE_TO_DEVICE, packet);
    }

    /** Connected under a Receive Maximum of 1; the reading #3 uses the quota up, and the suite sends command #4. */
    private ZeroQuotaAnswerCheckTest commandAtZeroQuota() {
        return device(Connect.of(MqttVersion.V5_0, "p", 4, false))
                .suite(new Connack(0, false, 0, MqttProperties.of(new MqttProperty(MqttPropertyId.RECEIVE_MAXIMUM, 1))))
                .device(Publish.of("t", 1, false, 1, new byte[] {1}))
                .suite(Publish.of("cmd", 1, false, 1, new byte[] {9}));
    }

    private Outcome judge() {
        return new ZeroQuotaAnswerCheck(REQ).judge(log);
    }

    private static String reasons(Outcome outcome) {
        return outcome.findings().stream().map(Finding::message).collect(Collectors.joining("; "));
    }

    @Test
    void aCommandAnsweredBeforeTheQuotaFreesPasses() {
        commandAtZeroQuota().device(PublishAck.puback(1)).device(new PingReq(0)).suite(PublishAck.puback(1));
        Outcome outcome = judge();
        assertTrue(outcome.passed(), reasons(outcome));
        assertEquals(List.of(3L, 4L, 5L), outcome.judged().stream().map(Evidence::seq).toList());
    }

    @Test
    void aCommandAnsweredOnlyAfterTheQuotaFreedFails() {
        commandAtZeroQuota().device(new PingReq(0)).suite(PublishAck.puback(1)).device(PublishAck.puback(1));
        Outcome outcome = judge();
        assertFalse(outcome.passed());
        assertEquals("connection c1: the device sent no PUBACK for the QoS 1 command of packet #4 (packet identifier 1), "
                + "sent while its send quota was zero (the PUBLISH #3 used it up), before packet #6 ended that",
                reasons(outcome));
    }

    @Test
    void aCommandLeftUnansweredUntilTheWindowClosedFails() {
        commandAtZeroQuota().device(new PingReq(0)).on(Direction.TRANSPORT, new ObservationClosed(1));
        assertFalse(judge().passed());
    }

    @Test
    void aSpanTheSuiteCutOffIsNotJudged() {
        commandAtZeroQuota().on(Direction.TRANSPORT, ConnectionEnded.causedBySuite("dropped by the suite"));
        assertNotNull(judge().inconclusiveReason());
    }

    @Test
    void aCommandSentWhileTheQuotaWasNotZeroIsNotJudged() {
        device(Connect.of(MqttVersion.V5_0, "p", 4, false))
                .suite(new Connack(0, false, 0, MqttProperties.of(new MqttProperty(MqttPropertyId.RECEIVE_MAXIMUM, 2))))
                .device(Publish.of("t", 1, false, 1, new byte[] {1}))
                .suite(Publish.of("cmd", 1, false, 1, new byte[] {9}));
        assertNotNull(judge().inconclusiveReason(), "one of two unacknowledged: the quota is not zero");
    }
}
