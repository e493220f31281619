package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.iomt.standards.mqtt.Unsuback;
import org.iomt.standards.mqtt.Unsubscribe;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.iomt.broker.checks.WireLog.assertInconclusive;
import static org.iomt.broker.checks.WireLog.assertPasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks of the broker's own frames, judged on hand-made recordings whose bytes are written out. */
@Tag("small")
class SentFrameChecksTest {

    private static final String R = "r";
    private static final String CLIENT = "s1-client";

    private final WireLog wire = new WireLog(CLIENT);
    private final List<Evidence> log = wire.entries();

    @Test
    void prescribedFlagsPassAndASubackWithFlagBitZeroSetFails() {
        wire.broker("20020000");
        wire.broker("9003000100");
        wire.broker("62020001");
        assertPasses(SentFlagsCheck.reservedFlags(R, log));
        wire.broker("9103000200");
        assertFails(SentFlagsCheck.reservedFlags(R, log), "0001");
    }

    @Test
    void deliveriesAloneLeaveTheReservedFlagsInconclusive() {
        wire.broker("3003000174");
        assertInconclusive(SentFlagsCheck.reservedFlags(R, log));
    }

    @Test
    void aPubrelWithFlagsZeroFailsAndNoPubrelIsInconclusiveAfterAQos2DeliveryOnly() {
        wire.broker("20020000");
        assertTrue(SentFlagsCheck.pubrelFlags(R, log).notApplicableReason() != null,
                "no QoS 2 delivery (a QoS 2 subscription granted a lower QoS): no PUBREL is owed");
        assertTrue(ReasonCodeCheck.judge(R, org.iomt.standards.mqtt.PacketType.PUBREL, log).notApplicableReason() != null);
        wire.broker("340700017400010078"); // a QoS 2 delivery, packet identifier 1
        assertInconclusive(SentFlagsCheck.pubrelFlags(R, log));
        wire.broker("62020001");
        assertPasses(SentFlagsCheck.pubrelFlags(R, log));
        wire.broker("60020002");
        assertFails(SentFlagsCheck.pubrelFlags(R, log), "0000");
    }

    @Test
    void aQos0DeliveryWithDupFails() {
        assertInconclusive(Qos0DupCheck.judge(R, log));
        wire.broker("3004000174ff");
        assertPasses(Qos0DupCheck.judge(R, log));
        wire.broker("3804000174ff");
        assertFails(Qos0DupCheck.judge(R, log), "DUP 0");
    }

    @Test
    void aPacketBeforeTheConnackFailsButAnAuthMayComeFirstIn5() {
        wire.broker("other", "f0020018");
        wire.broker("other", "20020000");
        assertPasses(ConnackSequenceCheck.connackFirst(R, log, true));
        wire.broker("d000");
        wire.broker("20020000");
        assertFails(ConnackSequenceCheck.connackFirst(R, log, true), "on connection s1-client");
    }

    @Test
    void aSecondConnackFailsOnlyWhenTheConnectionWentOn() {
        wire.broker("20020000");
        assertInconclusive(ConnackSequenceCheck.singleConnack(R, log));
        wire.broker("d000");
        assertPasses(ConnackSequenceCheck.singleConnack(R, log));
        wire.broker("20020000");
        assertFails(ConnackSequenceCheck.singleConnack(R, log), "sent 2");
    }

    @Test
    void aReservedAcknowledgeFlagFails() {
        wire.broker("2003000000");
        assertPasses(ConnackSequenceCheck.acknowledgeFlags(R, log));
        wire.broker("2003020000");
        assertFails(ConnackSequenceCheck.acknowledgeFlags(R, log), "0x02");
    }

    @Test
    void aLengthInMoreBytesThanItNeedsFails() {
        wire.broker("2003000000");
        wire.broker("d000");
        assertPasses(MinimalLengthCheck.judge(R, log));
        wire.broker("d08000");
        assertFails(MinimalLengthCheck.judge(R, List.of(log.get(log.size() - 1))), "Remaining Length 0");
        assertFails(MinimalLengthCheck.judge(R, List.of(wire.broker("200400008000"))), "Property Length 0");
    }

    @Test
    void aSubscribeLeftUnansweredBesideALaterAnswerFails() {
        wire.suite(new Subscribe(0x02, 1, MqttProperties.EMPTY, List.of(new Subscription("a", 0))));
        assertInconclusive(SubscriptionCodesCheck.subackForEach(R, log));
        wire.broker(Suback.of(1, 0));
        wire.suite(new Subscribe(0x02, 2, MqttProperties.EMPTY, List.of(new Subscription("b", 0))));
        wire.suite(new PingReq(0));
        wire.broker("d000");
        assertFails(SubscriptionCodesCheck.subackForEach(R, log), "packet identifier 2");
    }

    @Test
    void aSubackShortOfACodeFails() {
        wire.suite(new Subscribe(0x02, 1, MqttProperties.EMPTY, List.of(new Subscription("a", 0), new Subscription("b", 1))));
        assertInconclusive(SubscriptionCodesCheck.codePerFilter(R, log));
        wire.broker(Suback.of(1, 0));
        assertFails(SubscriptionCodesCheck.codePerFilter(R, log), "carried 1");
    }

    @Test
    void aCodeAboveTheRequestedQosFails() {
        wire.suite(new Subscribe(0x02, 1, MqttProperties.EMPTY, List.of(new Subscription("a", 0), new Subscription("b", 2))));
        assertInconclusive(SubscriptionCodesCheck.grantedWithinRequest(R, log));
        Evidence answer = wire.broker(Suback.of(1, 0, 0x80));
        assertPasses(SubscriptionCodesCheck.grantedWithinRequest(R, log));
        log.remove(answer);
        wire.broker(Suback.of(1, 1, 2));
        assertFails(SubscriptionCodesCheck.grantedWithinRequest(R, log), "at most QoS 0");
    }

    @Test
    void anUndefinedSubackCodeFailsInEachVersion() {
        wire.broker(Suback.of(1, 0, 0x97));
        assertPasses(SubscriptionCodesCheck.subackCodesDefined(R, log, SubscriptionCodesCheck.SUBACK_5_0));
        assertFails(SubscriptionCodesCheck.subackCodesDefined(R, log, SubscriptionCodesCheck.SUBACK_3_1_1), "0x97");
        wire.broker(Suback.of(2, 0x81));
        assertFails(SubscriptionCodesCheck.subackCodesDefined(R, List.of(log.get(1)), SubscriptionCodesCheck.SUBACK_5_0), "0x81");
    }

    @Test
    void unsubackCodesOutOfTheFiltersOrderFail() {
        wire.suite(new Subscribe(0x02, 1, MqttProperties.EMPTY, List.of(new Subscription("a", 0), new Subscription("b", 1))));
        wire.broker(Suback.of(1, 0, 1));
        wire.broker(Publish.of("a", 0, false, 0, new byte[]{1}));
        wire.broker(Publish.of("b", 0, false, 0, new byte[]{1}));
        wire.suite(new Unsubscribe(0x02, 2, MqttProperties.EMPTY, List.of("never", "a", "b")));
        Evidence answer = wire.broker(Unsuback.of(2, 0x11, 0, 0));
        assertPasses(SubscriptionCodesCheck.unsubackInOrder(R, log));
        log.remove(answer);
        wire.broker(Unsuback.of(2, 0, 0, 0x11));
        assertFails(SubscriptionCodesCheck.unsubackInOrder(R, log), "filter 3 (b");
    }

    @Test
    void aFilterGrantedButNeverDeliveringIsNotTakenAsHeld() {
        wire.suite(new Subscribe(0x02, 1, MqttProperties.EMPTY, List.of(new Subscription("a", 0), new Subscription("b", 1))));
        wire.broker(Suback.of(1, 0, 1));
        wire.broker(Publish.of("a", 0, false, 0, new byte[]{1}));
        wire.suite(new Unsubscribe(0x02, 2, MqttProperties.EMPTY, List.of("never", "a", "b")));
        wire.broker(Unsuback.of(2, 0x11, 0, 0x11));
        assertPasses(SubscriptionCodesCheck.unsubackInOrder(R, log));
    }

    @Test
    void anUnsubscribeOfSubscribedFiltersOnlyLeavesTheOrderInconclusive() {
        wire.suite(new Subscribe(0x02, 1, MqttProperties.EMPTY, List.of(new Subscription("a", 0))));
        wire.broker(Suback.of(1, 0));
        wire.broker(Publish.of("a", 0, false, 0, new byte[]{1}));
        wire.suite(new Unsubscribe(0x02, 2, MqttProperties.EMPTY, List.of("a")));
        wire.broker(Unsuback.of(2, 0));
        assertInconclusive(SubscriptionCodesCheck.unsubackInOrder(R, log));
    }

    @Test
    void anUndefinedUnsubackCodeFails() {
        wire.broker(Unsuback.of(2, 0x11, 0));
        assertPasses(SubscriptionCodesCheck.unsubackCodesDefined(R, log));
        wire.broker(Unsuback.of(3, 0x12));
        assertFails(SubscriptionCodesCheck.unsubackCodesDefined(R, log), "0x12");
    }

    @Test
    void qos2AnswersWithCodesOutsideTheirTablesFail() {
        wire.broker(PublishAck.pubrec(1));
        wire.broker(PublishAck.pubrel(2).withReason(0x92, MqttProperties.EMPTY));
        assertPasses(ReasonCodeCheck.judge(R, PacketType.PUBREC, log));
        assertPasses(ReasonCodeCheck.judge(R, PacketType.PUBREL, log));
        assertInconclusive(ReasonCodeCheck.judge(R, PacketType.PUBCOMP, log));
        wire.broker(PublishAck.pubcomp(2).withReason(0x03, MqttProperties.EMPTY));
        assertFails(ReasonCodeCheck.judge(R, PacketType.PUBCOMP, log), "0x3");
        wire.broker(PublishAck.pubrec(3).withReason(0x92, MqttProperties.EMPTY));
        assertFails(ReasonCodeCheck.judge(R, PacketType.PUBREC, log), "0x92");
    }

    @Test
    void aSessionExpiryInTheBrokersDisconnectFails() {
        assertTrue(DisconnectSessionExpiryCheck.judge(R, log, true).notApplicableReason() != null);
        assertInconclusive(DisconnectSessionExpiryCheck.judge(R, log, false));
        wire.broker(new Disconnect(0, 0x82, MqttProperties.EMPTY));
        assertPasses(DisconnectSessionExpiryCheck.judge(R, log, true));
        wire.broker(new Disconnect(0, 0x82, MqttProperties.EMPTY.with(MqttPropertyId.SESSION_EXPIRY_INTERVAL, 0)));
        assertFails(DisconnectSessionExpiryCheck.judge(R, log, true), "Session Expiry Interval");
    }
}
