package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
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

import static org.iomt.broker.checks.WireLog.assertInconclusive;
import static org.iomt.broker.checks.WireLog.assertPasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A delivery the subscriber refused with a failure code is not sent again on resumption; a QoS 2 flow whose message
 * expired before its PUBREL is still completed by the broker.
 */
@Tag("small")
class RefusedAndExpiredFlowChecksTest {

    private static final String READING = "reading #1";
    private static final String CONTROL = "control reading #2";
    private static final Duration BOUND = Duration.ofSeconds(3);

    private final WireLog before = new WireLog("s1-monitor");
    private final WireLog resumed = new WireLog("s1-monitor-2");

    private static Publish publish(String payload, int qos, int id) {
        return Publish.of("ward/readings", qos, false, id, payload.getBytes(StandardCharsets.UTF_8));
    }

    private RefusedDeliveryCheck.Flow flow() {
        return new RefusedDeliveryCheck.Flow(before.entries(), resumed.entries(), READING, CONTROL);
    }

    private void refused() {
        before.broker(publish(READING, 1, 4));
        before.suite(PublishAck.puback(4).withReason(0x80, MqttProperties.EMPTY));
    }

    @Test
    void aRefusedReadingNotSentAgainBesideTheControlPasses() {
        refused();
        resumed.broker(publish(CONTROL, 1, 1));
        assertPasses(RefusedDeliveryCheck.notSentAgain("r", flow()));
    }

    @Test
    void aRefusedReadingSentAgainFails() {
        refused();
        resumed.broker(publish(READING, 1, 4).withDup(true));
        resumed.broker(publish(CONTROL, 1, 1));
        assertEquals(1, RefusedDeliveryCheck.notSentAgain("r", flow()).findings().size());
    }

    @Test
    void withoutARefusalOrWithoutTheControlNothingIsJudged() {
        refused();
        assertInconclusive(RefusedDeliveryCheck.notSentAgain("r", flow()));
        WireLog accepted = new WireLog("s2-monitor");
        accepted.broker(publish(READING, 1, 4));
        accepted.suite(PublishAck.puback(4));
        resumed.broker(publish(CONTROL, 1, 1));
        assertInconclusive(RefusedDeliveryCheck.notSentAgain("r",
                new RefusedDeliveryCheck.Flow(accepted.entries(), resumed.entries(), READING, CONTROL)));
    }

    /** The patch's connection: its PUBLISH with a 1 s expiry, the PUBREC, and its PUBREL {@code releasedAfter} later. */
    private final List<Evidence> patch = new ArrayList<>();

    private Evidence add(Direction direction, MqttPacket packet, long nanos) {
        Evidence e = new Evidence("test", patch.size() + 1, Instant.EPOCH, nanos, direction, "s3-patch", new byte[2],
                String.valueOf(packet), Optional.of(packet));
        patch.add(e);
        return e;
    }

    private Evidence releasedAfter(Duration releasedAfter, int pubrecCode) {
        Evidence sent = add(Direction.SUITE_TO_DEVICE, publish(READING, 2, 9).withProperties(
                new MqttProperties(List.of(new MqttProperty(MqttPropertyId.MESSAGE_EXPIRY_INTERVAL, 1)))), 0);
        add(Direction.DEVICE_TO_SUITE, PublishAck.pubrec(9).withReason(pubrecCode, MqttProperties.EMPTY), 1_000_000);
        if (pubrecCode < 0x80) {
            add(Direction.SUITE_TO_DEVICE, PublishAck.pubrel(9), releasedAfter.toNanos());
        }
        return sent;
    }

    @Test
    void aPubcompAfterTheExpiredReleasePassesAndItsAbsenceFails() {
        Evidence sent = releasedAfter(Duration.ofSeconds(2), 0);
        assertEquals(1, ExpiredReleaseCheck.completedAfterExpiry("r", sent, patch, BOUND).findings().size());
        add(Direction.DEVICE_TO_SUITE, PublishAck.pubcomp(9), Duration.ofSeconds(2).toNanos() + 1);
        assertPasses(ExpiredReleaseCheck.completedAfterExpiry("r", sent, patch, BOUND));
    }

    @Test
    void aReleaseBeforeTheExpiryOrARefusedPublishProvesNothing() {
        Evidence early = releasedAfter(Duration.ofMillis(500), 0);
        assertInconclusive(ExpiredReleaseCheck.completedAfterExpiry("r", early, patch, BOUND));
        patch.clear();
        Evidence refused = releasedAfter(Duration.ofSeconds(2), 0x97);
        assertInconclusive(ExpiredReleaseCheck.completedAfterExpiry("r", refused, patch, BOUND));
    }
}
