package org.iomt.broker.checks;

import org.iomt.broker.checks.FirstDeliveryCheck.Aspect;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.iomt.standards.mqtt.Unsuback;
import org.iomt.standards.mqtt.Unsubscribe;
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

/** The broker's QoS flows as receiver and sender, and the identifiers of its SUBACK and UNSUBACK, judged on hand-made evidence. */
@Tag("small")
class QosFlowChecksTest {

    private static final Duration BOUND = Duration.ofSeconds(1);

    private final List<Evidence> log = new ArrayList<>();

    private Evidence entry(Direction direction, String connection, MqttPacket packet) {
        Evidence e = new Evidence("test", log.size() + 1, Instant.EPOCH, 0, direction, connection, new byte[2], String.valueOf(packet),
                Optional.of(packet));
        log.add(e);
        return e;
    }

    private Evidence fromBroker(MqttPacket packet) {
        return entry(Direction.DEVICE_TO_SUITE, "s1-monitor", packet);
    }

    private Evidence toBroker(MqttPacket packet) {
        return entry(Direction.SUITE_TO_DEVICE, "s1-monitor", packet);
    }

    private static Publish publish(String payload, int qos, int id, boolean dup) {
        return new Publish((qos << 1) | (dup ? 0b1000 : 0), "t", id, MqttProperties.EMPTY, payload.getBytes(StandardCharsets.UTF_8));
    }

    private void granted(int qos) {
        fromBroker(Suback.of(1, qos));
    }

    @Test
    void firstSendsWithDupZeroAndFreeIdentifiersPass() {
        granted(1);
        fromBroker(publish("a", 1, 1, false));
        toBroker(PublishAck.puback(1));
        fromBroker(publish("b", 1, 1, false));
        fromBroker(publish("c", 1, 2, false));
        assertTrue(FirstDeliveryCheck.newMessages("r", log, List.of("a", "b", "c"), 1, Aspect.NEW_MESSAGE).passed());
    }

    @Test
    void aFirstSendWithDupOrAnIdentifierInUseFails() {
        granted(1);
        fromBroker(publish("a", 1, 1, true));
        fromBroker(publish("b", 1, 1, false));
        Outcome outcome = FirstDeliveryCheck.newMessages("r", log, List.of("a", "b"), 1, Aspect.NEW_MESSAGE);
        assertEquals(2, outcome.findings().size());
        assertTrue(outcome.findings().get(1).message().contains("not in use"), outcome.findings().get(1).message());
    }

    @Test
    void aQos0SendWithDupFails() {
        granted(2);
        fromBroker(publish("a", 0, 0, true));
        assertEquals(1, FirstDeliveryCheck.newMessages("r", log, List.of("a"), 0, Aspect.NEW_MESSAGE).findings().size());
    }

    @Test
    void eachAspectJudgesOnlyWhatItsRuleSpeaksOf() {
        granted(1);
        fromBroker(publish("a", 1, 0, true));
        Outcome dup = FirstDeliveryCheck.newMessages("r", log, List.of("a"), 1, Aspect.DUP_CLEAR);
        Outcome id = FirstDeliveryCheck.newMessages("r", log, List.of("a"), 1, Aspect.FREE_IDENTIFIER);
        assertTrue(dup.findings().get(0).message().contains("DUP 0"), dup.findings().get(0).message());
        assertTrue(id.findings().get(0).message().contains("non-zero"), id.findings().get(0).message());
        log.clear();
        granted(1);
        fromBroker(publish("b", 1, 7, true));
        assertTrue(FirstDeliveryCheck.newMessages("r", log, List.of("b"), 1, Aspect.FREE_IDENTIFIER).passed());
    }

    @Test
    void aGrantBelowTheQosJudgedIsNotApplicableAndNothingDeliveredIsInconclusive() {
        granted(1);
        fromBroker(publish("a", 1, 1, false));
        assertNotNull(FirstDeliveryCheck.newMessages("r", log, List.of("a"), 2, Aspect.NEW_MESSAGE).notApplicableReason());
        log.clear();
        granted(2);
        assertNotNull(FirstDeliveryCheck.newMessages("r", log, List.of("a"), 2, Aspect.NEW_MESSAGE).inconclusiveReason());
    }

    @Test
    void aPubrelUnderThePublishIdentifierPassesAndUnderAnotherFails() {
        granted(2);
        fromBroker(publish("a", 2, 4, false));
        toBroker(PublishAck.pubrec(4));
        fromBroker(PublishAck.pubrel(4));
        assertTrue(ReleaseCheck.releasedUnderItsIdentifier("r", log, "a", BOUND).passed());
        log.remove(log.size() - 1);
        fromBroker(PublishAck.pubrel(0x8004));
        assertEquals(1, ReleaseCheck.releasedUnderItsIdentifier("r", log, "a", BOUND).findings().size());
    }

    @Test
    void noPubrecFromTheSubscriberLeavesTheReleaseUnjudged() {
        granted(2);
        fromBroker(publish("a", 2, 4, false));
        assertNotNull(ReleaseCheck.releasedUnderItsIdentifier("r", log, "a", BOUND).inconclusiveReason());
    }

    private Outcome repeated(int copies, boolean control, boolean repeatAnswered) {
        Publish reading = publish("a", 2, 3, false);
        Evidence first = entry(Direction.SUITE_TO_DEVICE, "s1-patch", reading);
        entry(Direction.DEVICE_TO_SUITE, "s1-patch", PublishAck.pubrec(3));
        Evidence repeat = entry(Direction.SUITE_TO_DEVICE, "s1-patch", reading.withDup(true));
        if (repeatAnswered) {
            entry(Direction.DEVICE_TO_SUITE, "s1-patch", PublishAck.pubrec(3));
        }
        List<Evidence> patch = List.copyOf(log);
        List<Evidence> deliveries = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            deliveries.add(fromBroker(publish("a", 2, 10 + i, false)));
        }
        if (control) {
            deliveries.add(fromBroker(publish("control", 2, 20, false)));
        }
        return RepeatedQos2Check.receivedOnce("r", first, repeat, patch, deliveries, "control", BOUND);
    }

    @Test
    void aRepeatAcknowledgedAndDeliveredOnceBesideTheControlPasses() {
        assertTrue(repeated(1, true, true).passed());
    }

    @Test
    void aRepeatDeliveredTwiceOrNotAcknowledgedFails() {
        assertEquals(1, repeated(2, true, true).findings().size());
        log.clear();
        assertEquals(1, repeated(1, true, false).findings().size());
    }

    @Test
    void withoutTheControlOneCopyProvesNothing() {
        assertNotNull(repeated(1, false, true).inconclusiveReason());
    }

    @Test
    void subackAndUnsubackIdentifiersAreJudgedAndSilenceDependsOnTheRule() {
        Evidence subscribe = toBroker(new Subscribe(0x02, 0x5A3C, MqttProperties.EMPTY, List.of(new Subscription("t", 1))));
        fromBroker(Suback.of(0x3C, 1));
        assertEquals(1, PacketIdEchoCheck.echoed("r", subscribe, 0x5A3C, log, Suback.class, Suback::packetId,
                PacketIdEchoCheck.Silence.UNJUDGED, BOUND).findings().size());
        Evidence unsubscribe = toBroker(Unsubscribe.of(0x5A3C, "t"));
        assertNotNull(PacketIdEchoCheck.echoed("r", unsubscribe, 0x5A3C, log, Unsuback.class, Unsuback::packetId,
                PacketIdEchoCheck.Silence.UNJUDGED, BOUND).inconclusiveReason());
        assertEquals(1, PacketIdEchoCheck.echoed("r", unsubscribe, 0x5A3C, log, Unsuback.class, Unsuback::packetId,
                PacketIdEchoCheck.Silence.BREAKS_THE_RULE, BOUND).findings().size());
        fromBroker(Unsuback.of(0x5A3C, 0x11));
        assertTrue(PacketIdEchoCheck.echoed("r", unsubscribe, 0x5A3C, log, Unsuback.class, Unsuback::packetId,
                PacketIdEchoCheck.Silence.BREAKS_THE_RULE, BOUND).passed());
    }

    private Outcome reused(boolean completed, boolean secondDelivered, boolean control) {
        Evidence first = entry(Direction.SUITE_TO_DEVICE, "s1-patch", publish("a", 1, 5, false));
        if (completed) {
            entry(Direction.DEVICE_TO_SUITE, "s1-patch", PublishAck.puback(5));
        }
        Evidence reuse = entry(Direction.SUITE_TO_DEVICE, "s1-patch", publish("b", 1, 5, true));
        List<Evidence> patch = List.copyOf(log);
        List<Evidence> deliveries = new ArrayList<>();
        deliveries.add(fromBroker(publish("a", 1, 1, false)));
        if (secondDelivered) {
            deliveries.add(fromBroker(publish("b", 1, 2, false)));
        }
        if (control) {
            deliveries.add(fromBroker(publish("control", 1, 3, false)));
        }
        return ReusedIdentifierCheck.deliveredAsNew("r", first, reuse, patch, deliveries, "control", BOUND);
    }

    @Test
    void aReadingUnderACompletedIdentifierDeliveredPassesAndMissingBesideTheControlFails() {
        assertTrue(reused(true, true, true).passed());
        log.clear();
        assertEquals(1, reused(true, false, true).findings().size());
    }

    @Test
    void aReuseBeforeTheFlowCompletedOrWithoutTheControlProvesNothing() {
        assertNotNull(reused(false, true, true).inconclusiveReason());
        log.clear();
        assertNotNull(reused(true, false, false).inconclusiveReason());
    }
}
