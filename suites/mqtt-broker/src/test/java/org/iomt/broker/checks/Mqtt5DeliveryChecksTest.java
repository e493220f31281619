package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.StringPair;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The MQTT 5.0 delivery checks on hand-made recordings: each can pass, fail and be inconclusive. */
@Tag("small")
class Mqtt5DeliveryChecksTest {

    private static final List<StringPair> PAIRS = List.of(new StringPair("unit", "Cel"), new StringPair("site", "ward 7"),
            new StringPair("unit", "\u00b0C"));

    private final List<Evidence> log = new ArrayList<>();

    private Evidence at(double seconds, Direction direction, String connection, Object packet, int size) {
        Evidence e = new Evidence("test", log.size() + 1, Instant.EPOCH.plusMillis((long) (seconds * 1000)), (long) (seconds * 1e9),
                direction, connection, new byte[size], String.valueOf(packet), Optional.ofNullable(packet));
        log.add(e);
        return e;
    }

    private Evidence delivered(String payload, MqttProperties properties) {
        return at(0, Direction.DEVICE_TO_SUITE, "sub", publish(payload, 1, properties), 10);
    }

    private static Publish publish(String payload, int id, MqttProperties properties) {
        return new Publish(0x02, "t", id, properties, payload.getBytes(StandardCharsets.UTF_8));
    }

    private static MqttProperties userProperties(List<StringPair> pairs) {
        MqttProperties p = MqttProperties.EMPTY;
        for (StringPair pair : pairs) {
            p = p.with(MqttPropertyId.USER_PROPERTY, pair);
        }
        return p;
    }

    @Test
    void userPropertiesPassUnalteredAndFailWhenOneIsLost() {
        List<Evidence> good = List.of(delivered("a", userProperties(PAIRS)));
        assertTrue(MessagePropertyCheck.sameUserProperties("r", good, "a", PAIRS).passed());
        List<Evidence> lossy = List.of(delivered("b", userProperties(PAIRS.subList(0, 2))));
        assertFails(MessagePropertyCheck.sameUserProperties("r", lossy, "b", PAIRS), "without [unit=\u00b0C]");
        assertNotNull(MessagePropertyCheck.sameUserProperties("r", lossy, "c", PAIRS).inconclusiveReason());
    }

    @Test
    void userPropertyOrderFailsWhenReversedAndIsNotJudgedWhenSomeAreMissing() {
        List<Evidence> reversed = List.of(delivered("a", userProperties(List.of(PAIRS.get(2), PAIRS.get(1), PAIRS.get(0)))));
        assertTrue(MessagePropertyCheck.sameUserProperties("r", reversed, "a", PAIRS).passed());
        assertFails(MessagePropertyCheck.userPropertiesInOrder("r", reversed, "a", PAIRS), "they came as");
        List<Evidence> none = List.of(delivered("b", MqttProperties.EMPTY));
        assertNotNull(MessagePropertyCheck.userPropertiesInOrder("r", none, "b", PAIRS).inconclusiveReason());
    }

    @Test
    void aPropertyIsForwardedOrReportedMissing() {
        MqttProperty type = new MqttProperty(MqttPropertyId.CONTENT_TYPE, "application/senml+json");
        assertTrue(MessagePropertyCheck.carries("r", List.of(delivered("a", MqttProperties.of(type))), "a", type, "the Content Type")
                .passed());
        assertFails(MessagePropertyCheck.carries("r", List.of(delivered("b", MqttProperties.EMPTY)), "b", type, "the Content Type"),
                "it carried none");
    }

    @Test
    void subscriptionIdentifiersCountAcrossCopiesAndFailWhenOneIsMissing() {
        Evidence one = delivered("a", MqttProperties.EMPTY.with(MqttPropertyId.SUBSCRIPTION_IDENTIFIER, 42));
        Evidence other = delivered("a", MqttProperties.EMPTY.with(MqttPropertyId.SUBSCRIPTION_IDENTIFIER, 4242));
        Evidence both = delivered("b", MqttProperties.EMPTY.with(MqttPropertyId.SUBSCRIPTION_IDENTIFIER, 4242)
                .with(MqttPropertyId.SUBSCRIPTION_IDENTIFIER, 42));
        assertTrue(MessagePropertyCheck.subscriptionIdentifiers("r", List.of(one, other), "a", List.of(42, 4242)).passed());
        assertTrue(MessagePropertyCheck.subscriptionIdentifiers("r", List.of(both), "b", List.of(42, 4242)).passed());
        assertFails(MessagePropertyCheck.subscriptionIdentifiers("r", List.of(one), "a", List.of(42, 4242)), "without [4242]");
    }

    private List<Evidence> publisher;
    private List<Evidence> subscriber;

    /** Published with 300 s at 0 s, acknowledged at 0.1 s; the subscriber returns at {@code back} and gets {@code forwarded}. */
    private void waited(double back, Integer forwarded) {
        Publish sent = publish("m", 7, MqttProperties.EMPTY.with(MqttPropertyId.MESSAGE_EXPIRY_INTERVAL, 300));
        publisher = List.of(at(0, Direction.SUITE_TO_DEVICE, "pub", sent, 30),
                at(0.1, Direction.DEVICE_TO_SUITE, "pub", PublishAck.puback(7), 4));
        MqttProperties props = forwarded == null ? MqttProperties.EMPTY
                : MqttProperties.EMPTY.with(MqttPropertyId.MESSAGE_EXPIRY_INTERVAL, forwarded);
        subscriber = List.of(at(back, Direction.SUITE_TO_DEVICE, "sub", Connect.of(MqttVersion.V5_0, "s", 60, false), 20),
                at(back + 0.05, Direction.DEVICE_TO_SUITE, "sub", publish("m", 1, props), 30));
    }

    @Test
    void expiryReducedByTheWaitPassesAndTheFullIntervalFails() {
        waited(2.2, 298);
        assertTrue(MessageExpiryCheck.reducedByTimeWaited("r", publisher, subscriber, "m").passed());
        waited(2.2, 300);
        assertFails(MessageExpiryCheck.reducedByTimeWaited("r", publisher, subscriber, "m"), "it carried 300 s");
        waited(2.2, null);
        assertFails(MessageExpiryCheck.reducedByTimeWaited("r", publisher, subscriber, "m"), "it carried none");
        waited(0.5, 300);
        assertNotNull(MessageExpiryCheck.reducedByTimeWaited("r", publisher, subscriber, "m").inconclusiveReason());
    }

    @Test
    void receiveMaximumCountsOutstandingDeliveriesOnce() {
        Evidence first = delivered("a", MqttProperties.EMPTY);
        Evidence again = at(0, Direction.DEVICE_TO_SUITE, "sub", publish("a", 1, MqttProperties.EMPTY).withDup(true), 10);
        Evidence second = at(0, Direction.DEVICE_TO_SUITE, "sub", publish("b", 2, MqttProperties.EMPTY), 10);
        Evidence third = at(0, Direction.DEVICE_TO_SUITE, "sub", publish("c", 3, MqttProperties.EMPTY), 10);
        assertTrue(ReceiveMaximumCheck.withinReceiveMaximum("r", List.of(first, again, second), 2, 3).passed());
        assertFails(ReceiveMaximumCheck.withinReceiveMaximum("r", List.of(first, second, third), 2, 3), "the broker sent 3");
        assertTrue(ReceiveMaximumCheck.withinReceiveMaximum("r", List.of(first, again), 2, 3).passed(),
                "a broker may keep one message in flight where the client allows two");
        assertNotNull(ReceiveMaximumCheck.withinReceiveMaximum("r", List.of(), 2, 3).inconclusiveReason());
    }

    @Test
    void aPacketAboveTheMaximumFailsAndSilenceIsNotAPass() {
        Evidence small = delivered("small", MqttProperties.EMPTY);
        DeliveryCheck.Control control = new DeliveryCheck.Control(List.of(small), "small", "the broker delivers");
        assertTrue(PacketSizeCheck.noneLargerThan("r", List.of(small), 256, control).passed());
        Evidence large = at(0, Direction.DEVICE_TO_SUITE, "sub", publish("large", 2, MqttProperties.EMPTY), 300);
        assertFails(PacketSizeCheck.noneLargerThan("r", List.of(large, small), 256, control), "sent 300 bytes");
        assertNotNull(PacketSizeCheck.noneLargerThan("r", List.of(), 256,
                new DeliveryCheck.Control(List.of(), "small", "the broker delivers")).inconclusiveReason());
    }

    @Test
    void aWithheldMessageIsJudgedOnlyAgainstADeliveredControl() {
        Evidence control = delivered("control", MqttProperties.EMPTY);
        Evidence forbidden = delivered("forbidden", MqttProperties.EMPTY);
        DeliveryCheck.Control shown = new DeliveryCheck.Control(List.of(control), "control", "it delivers");
        assertTrue(DeliveryCheck.notDeliveredUnlike("r", List.of(control), "forbidden", "here", shown).passed());
        assertFails(DeliveryCheck.notDeliveredUnlike("r", List.of(control, forbidden), "forbidden", "here", shown), "it was");
        assertNotNull(DeliveryCheck.notDeliveredUnlike("r", List.of(), "forbidden", "here",
                new DeliveryCheck.Control(List.of(), "control", "it delivers")).inconclusiveReason());
    }

    @Test
    void aTopicAliasAnsweredWithDisconnectFails() {
        Evidence aliased = at(0, Direction.SUITE_TO_DEVICE, "pub", new Publish(0x02, "", 2,
                MqttProperties.EMPTY.with(MqttPropertyId.TOPIC_ALIAS, 10), "by alias".getBytes(StandardCharsets.UTF_8)), 20);
        Evidence setUp = at(0, Direction.DEVICE_TO_SUITE, "sub", new Publish(0x02, "t", 1, MqttProperties.EMPTY,
                "set up".getBytes(StandardCharsets.UTF_8)), 20);
        Evidence delivery = at(0, Direction.DEVICE_TO_SUITE, "sub", new Publish(0x02, "t", 2, MqttProperties.EMPTY,
                "by alias".getBytes(StandardCharsets.UTF_8)), 20);
        assertTrue(TopicAliasAcceptedCheck.accepted("r", List.of(aliased), aliased, List.of(setUp, delivery), "set up", "t").passed());
        Evidence refusal = at(0, Direction.DEVICE_TO_SUITE, "pub", new Disconnect(0, 0x82, MqttProperties.EMPTY), 4);
        assertFails(TopicAliasAcceptedCheck.accepted("r", List.of(aliased, refusal), aliased, List.of(setUp), "set up", "t"),
                "it ended the connection");
    }

    @Test
    void anExpiredSessionIsJudgedOnlyWhenALongerOneWasKept() {
        List<Evidence> gone = List.of(at(0, Direction.DEVICE_TO_SUITE, "m", Connack.of(false, 0), 5));
        List<Evidence> present = List.of(at(0, Direction.DEVICE_TO_SUITE, "m", Connack.of(true, 0), 5));
        List<Evidence> kept = List.of(at(0, Direction.DEVICE_TO_SUITE, "s", Connack.of(true, 0), 5));
        List<Evidence> lost = List.of(at(0, Direction.DEVICE_TO_SUITE, "s", Connack.of(false, 0), 5));
        assertTrue(ConnackCheck.sessionGoneAfterExpiry("r", gone, kept).passed());
        assertFails(ConnackCheck.sessionGoneAfterExpiry("r", present, kept), "Session Present 1");
        assertNotNull(ConnackCheck.sessionGoneAfterExpiry("r", gone, lost).inconclusiveReason());
    }
}
