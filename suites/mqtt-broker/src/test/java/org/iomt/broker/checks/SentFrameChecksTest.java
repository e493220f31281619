package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttDecoder;
import org.iomt.standards.mqtt.MqttEncoder;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
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

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks of the broker's own frames, judged on hand-made recordings whose bytes are written out. */
@Tag("small")
class SentFrameChecksTest {

    private static final String R = "r";
    private static final String CLIENT = "s1-client";

    private final List<Evidence> log = new ArrayList<>();

    /** A frame the broker sent, as hex, decoded (leniently) as MQTT 5.0 when it decodes. */
    private Evidence broker(String hex) {
        return broker(CLIENT, hex);
    }

    private Evidence broker(String connection, String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        Optional<Object> packet;
        try {
            packet = Optional.of(MqttDecoder.decode(bytes, MqttVersion.V5_0));
        } catch (Exception e) {
            packet = Optional.empty();
        }
        return add(Direction.DEVICE_TO_SUITE, connection, bytes, packet);
    }

    private Evidence broker(MqttPacket packet) {
        return add(Direction.DEVICE_TO_SUITE, CLIENT, MqttEncoder.encode(packet, MqttVersion.V5_0), Optional.of(packet));
    }

    private Evidence suite(MqttPacket packet) {
        return add(Direction.SUITE_TO_DEVICE, CLIENT, MqttEncoder.encode(packet, MqttVersion.V5_0), Optional.of(packet));
    }

    private Evidence add(Direction direction, String connection, byte[] bytes, Optional<Object> packet) {
        Evidence e = new Evidence("test", log.size() + 1, Instant.EPOCH, log.size(), direction, connection, bytes,
                packet.map(String::valueOf).orElse("undecoded"), packet);
        log.add(e);
        return e;
    }

    private static void assertPasses(Outcome o) {
        assertTrue(o.passed(), String.valueOf(o));
    }

    private static void assertInconclusive(Outcome o) {
        assertTrue(o.findings().isEmpty() && o.inconclusiveReason() != null, String.valueOf(o));
    }

    @Test
    void prescribedFlagsPassAndASubackWithFlagBitZeroSetFails() {
        broker("20020000");
        broker("9003000100");
        broker("62020001");
        assertPasses(SentFlagsCheck.reservedFlags(R, log));
        broker("9103000200");
        assertFails(SentFlagsCheck.reservedFlags(R, log), "0001");
    }

    @Test
    void deliveriesAloneLeaveTheReservedFlagsInconclusive() {
        broker("3003000174");
        assertInconclusive(SentFlagsCheck.reservedFlags(R, log));
    }

    @Test
    void aPubrelWithFlagsZeroFailsAndNoPubrelIsInconclusiveAfterAQos2DeliveryOnly() {
        broker("20020000");
        assertTrue(SentFlagsCheck.pubrelFlags(R, log).notApplicableReason() != null,
                "no QoS 2 delivery (a QoS 2 subscription granted a lower QoS): no PUBREL is owed");
        assertTrue(ReasonCodeCheck.judge(R, org.iomt.standards.mqtt.PacketType.PUBREL, log).notApplicableReason() != null);
        broker("340700017400010078"); // a QoS 2 delivery, packet identifier 1
        assertInconclusive(SentFlagsCheck.pubrelFlags(R, log));
        broker("62020001");
        assertPasses(SentFlagsCheck.pubrelFlags(R, log));
        broker("60020002");
        assertFails(SentFlagsCheck.pubrelFlags(R, log), "0000");
    }

    @Test
    void aQos0DeliveryWithDupFails() {
        assertInconclusive(Qos0DupCheck.judge(R, log));
        broker("3004000174ff");
        assertPasses(Qos0DupCheck.judge(R, log));
        broker("3804000174ff");
        assertFails(Qos0DupCheck.judge(R, log), "DUP 0");
    }

    @Test
    void aPacketBeforeTheConnackFailsButAnAuthMayComeFirstIn5() {
        broker("other", "f0020018");
        broker("other", "20020000");
        assertPasses(ConnackSequenceCheck.connackFirst(R, log, true));
        broker("d000");
        broker("20020000");
        assertFails(ConnackSequenceCheck.connackFirst(R, log, true), "on connection s1-client");
    }

    @Test
    void aSecondConnackFailsOnlyWhenTheConnectionWentOn() {
        broker("20020000");
        assertInconclusive(ConnackSequenceCheck.singleConnack(R, log));
        broker("d000");
        assertPasses(ConnackSequenceCheck.singleConnack(R, log));
        broker("20020000");
        assertFails(ConnackSequenceCheck.singleConnack(R, log), "sent 2");
    }

    @Test
    void aReservedAcknowledgeFlagFails() {
        broker("2003000000");
        assertPasses(ConnackSequenceCheck.acknowledgeFlags(R, log));
        broker("2003020000");
        assertFails(ConnackSequenceCheck.acknowledgeFlags(R, log), "0x02");
    }

    @Test
    void aLengthInMoreBytesThanItNeedsFails() {
        broker("2003000000");
        broker("d000");
        assertPasses(MinimalLengthCheck.judge(R, log));
        broker("d08000");
        assertFails(MinimalLengthCheck.judge(R, List.of(log.get(log.size() - 1))), "Remaining Length 0");
        assertFails(MinimalLengthCheck.judge(R, List.of(broker("200400008000"))), "Property Length 0");
    }

    @Test
    void aSubscribeLeftUnansweredBesideALaterAnswerFails() {
        suite(new Subscribe(0x02, 1, MqttProperties.EMPTY, List.of(new Subscription("a", 0))));
        assertInconclusive(SubscriptionCodesCheck.subackForEach(R, log));
        broker(Suback.of(1, 0));
        suite(new Subscribe(0x02, 2, MqttProperties.EMPTY, List.of(new Subscription("b", 0))));
        suite(new PingReq(0));
        broker("d000");
        assertFails(SubscriptionCodesCheck.subackForEach(R, log), "packet identifier 2");
    }

    @Test
    void aSubackShortOfACodeFails() {
        suite(new Subscribe(0x02, 1, MqttProperties.EMPTY, List.of(new Subscription("a", 0), new Subscription("b", 1))));
        assertInconclusive(SubscriptionCodesCheck.codePerFilter(R, log));
        broker(Suback.of(1, 0));
        assertFails(SubscriptionCodesCheck.codePerFilter(R, log), "carried 1");
    }

    @Test
    void aCodeAboveTheRequestedQosFails() {
        suite(new Subscribe(0x02, 1, MqttProperties.EMPTY, List.of(new Subscription("a", 0), new Subscription("b", 2))));
        assertInconclusive(SubscriptionCodesCheck.grantedWithinRequest(R, log));
        Evidence answer = broker(Suback.of(1, 0, 0x80));
        assertPasses(SubscriptionCodesCheck.grantedWithinRequest(R, log));
        log.remove(answer);
        broker(Suback.of(1, 1, 2));
        assertFails(SubscriptionCodesCheck.grantedWithinRequest(R, log), "at most QoS 0");
    }

    @Test
    void anUndefinedSubackCodeFailsInEachVersion() {
        broker(Suback.of(1, 0, 0x97));
        assertPasses(SubscriptionCodesCheck.subackCodesDefined(R, log, SubscriptionCodesCheck.SUBACK_5_0));
        assertFails(SubscriptionCodesCheck.subackCodesDefined(R, log, SubscriptionCodesCheck.SUBACK_3_1_1), "0x97");
        broker(Suback.of(2, 0x81));
        assertFails(SubscriptionCodesCheck.subackCodesDefined(R, List.of(log.get(1)), SubscriptionCodesCheck.SUBACK_5_0), "0x81");
    }

    @Test
    void unsubackCodesOutOfTheFiltersOrderFail() {
        suite(new Subscribe(0x02, 1, MqttProperties.EMPTY, List.of(new Subscription("a", 0), new Subscription("b", 1))));
        broker(Suback.of(1, 0, 1));
        broker(Publish.of("a", 0, false, 0, new byte[]{1}));
        broker(Publish.of("b", 0, false, 0, new byte[]{1}));
        suite(new Unsubscribe(0x02, 2, MqttProperties.EMPTY, List.of("never", "a", "b")));
        Evidence answer = broker(Unsuback.of(2, 0x11, 0, 0));
        assertPasses(SubscriptionCodesCheck.unsubackInOrder(R, log));
        log.remove(answer);
        broker(Unsuback.of(2, 0, 0, 0x11));
        assertFails(SubscriptionCodesCheck.unsubackInOrder(R, log), "filter 3 (b");
    }

    @Test
    void aFilterGrantedButNeverDeliveringIsNotTakenAsHeld() {
        suite(new Subscribe(0x02, 1, MqttProperties.EMPTY, List.of(new Subscription("a", 0), new Subscription("b", 1))));
        broker(Suback.of(1, 0, 1));
        broker(Publish.of("a", 0, false, 0, new byte[]{1}));
        suite(new Unsubscribe(0x02, 2, MqttProperties.EMPTY, List.of("never", "a", "b")));
        broker(Unsuback.of(2, 0x11, 0, 0x11));
        assertPasses(SubscriptionCodesCheck.unsubackInOrder(R, log));
    }

    @Test
    void anUnsubscribeOfSubscribedFiltersOnlyLeavesTheOrderInconclusive() {
        suite(new Subscribe(0x02, 1, MqttProperties.EMPTY, List.of(new Subscription("a", 0))));
        broker(Suback.of(1, 0));
        broker(Publish.of("a", 0, false, 0, new byte[]{1}));
        suite(new Unsubscribe(0x02, 2, MqttProperties.EMPTY, List.of("a")));
        broker(Unsuback.of(2, 0));
        assertInconclusive(SubscriptionCodesCheck.unsubackInOrder(R, log));
    }

    @Test
    void anUndefinedUnsubackCodeFails() {
        broker(Unsuback.of(2, 0x11, 0));
        assertPasses(SubscriptionCodesCheck.unsubackCodesDefined(R, log));
        broker(Unsuback.of(3, 0x12));
        assertFails(SubscriptionCodesCheck.unsubackCodesDefined(R, log), "0x12");
    }

    @Test
    void qos2AnswersWithCodesOutsideTheirTablesFail() {
        broker(PublishAck.pubrec(1));
        broker(PublishAck.pubrel(2).withReason(0x92, MqttProperties.EMPTY));
        assertPasses(ReasonCodeCheck.judge(R, PacketType.PUBREC, log));
        assertPasses(ReasonCodeCheck.judge(R, PacketType.PUBREL, log));
        assertInconclusive(ReasonCodeCheck.judge(R, PacketType.PUBCOMP, log));
        broker(PublishAck.pubcomp(2).withReason(0x03, MqttProperties.EMPTY));
        assertFails(ReasonCodeCheck.judge(R, PacketType.PUBCOMP, log), "0x3");
        broker(PublishAck.pubrec(3).withReason(0x92, MqttProperties.EMPTY));
        assertFails(ReasonCodeCheck.judge(R, PacketType.PUBREC, log), "0x92");
    }

    @Test
    void aSessionExpiryInTheBrokersDisconnectFails() {
        assertTrue(DisconnectSessionExpiryCheck.judge(R, log, true).notApplicableReason() != null);
        assertInconclusive(DisconnectSessionExpiryCheck.judge(R, log, false));
        broker(new Disconnect(0, 0x82, MqttProperties.EMPTY));
        assertPasses(DisconnectSessionExpiryCheck.judge(R, log, true));
        broker(new Disconnect(0, 0x82, MqttProperties.EMPTY.with(MqttPropertyId.SESSION_EXPIRY_INTERVAL, 0)));
        assertFails(DisconnectSessionExpiryCheck.judge(R, log, true), "Session Expiry Interval");
    }
}
