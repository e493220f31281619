package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttDecoder;
import org.iomt.standards.mqtt.MqttEncoder;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks of the broker's deliveries and of its answers to PUBLISH, judged on hand-made recordings. */
@Tag("small")
class DeliveryFormChecksTest {

    private static final String R = "r";
    private static final String CLIENT = "s1-wireform";
    private static final List<byte[]> PUBLISHED = List.of("hi".getBytes(StandardCharsets.UTF_8));
    private static final Set<PacketType> ACKS = Set.of(PacketType.PUBACK, PacketType.PUBREC, PacketType.PUBREL,
            PacketType.PUBCOMP);

    private final List<Evidence> log = new ArrayList<>();

    /** A frame the broker sent, as hex, decoded (leniently) as MQTT 5.0 when it decodes. */
    private Evidence broker(String hex) {
        byte[] bytes = HexFormat.of().parseHex(hex);
        Optional<Object> packet;
        try {
            packet = Optional.of(MqttDecoder.decode(bytes, MqttVersion.V5_0));
        } catch (Exception e) {
            packet = Optional.empty();
        }
        return add(Direction.DEVICE_TO_SUITE, bytes, packet);
    }

    private Evidence broker(MqttPacket packet) {
        return add(Direction.DEVICE_TO_SUITE, MqttEncoder.encode(packet, MqttVersion.V5_0), Optional.of(packet));
    }

    private Evidence suite(MqttPacket packet) {
        return add(Direction.SUITE_TO_DEVICE, MqttEncoder.encode(packet, MqttVersion.V5_0), Optional.of(packet));
    }

    private Evidence add(Direction direction, byte[] bytes, Optional<Object> packet) {
        Evidence e = new Evidence("test", log.size() + 1, Instant.EPOCH, log.size(), direction, CLIENT, bytes,
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
    void twoBytesBeforeThePublishedPayloadOfA311Qos0DeliveryFail() {
        assertInconclusive(DeliveryFormCheck.qos0WithoutIdentifier(R, log, PUBLISHED, false));
        broker("3005000174" + "6869");
        assertPasses(DeliveryFormCheck.qos0WithoutIdentifier(R, log, PUBLISHED, false));
        broker("3007000174" + "0001" + "6869");
        assertFails(DeliveryFormCheck.qos0WithoutIdentifier(R, log, PUBLISHED, false), "00 01");
    }

    @Test
    void twoBytesBeforeTheProperties5Qos0DeliveryFail() {
        broker("3006000174" + "00" + "6869");
        assertPasses(DeliveryFormCheck.qos0WithoutIdentifier(R, log, PUBLISHED, true));
        broker("3008000174" + "0001" + "00" + "6869");
        assertFails(DeliveryFormCheck.qos0WithoutIdentifier(R, log, PUBLISHED, true), "packet identifier");
    }

    @Test
    void aDeliveryOfSomethingTheSuiteNeverPublishedIsNotJudged() {
        broker("3005000174" + "6f6b");
        assertInconclusive(DeliveryFormCheck.qos0WithoutIdentifier(R, log, PUBLISHED, false));
    }

    @Test
    void aTopicNameThatIsNotUtf8Fails() {
        assertInconclusive(DeliveryFormCheck.topicNamesUtf8(R, log));
        broker("3005000174" + "6869");
        assertPasses(DeliveryFormCheck.topicNamesUtf8(R, log));
        broker("30050001ff" + "6869");
        assertFails(DeliveryFormCheck.topicNamesUtf8(R, log), "ff");
    }

    @Test
    void aTopicNameWithAWildcardFails() {
        assertInconclusive(DeliveryFormCheck.topicNamesWithoutWildcards(R, log));
        broker("3005000174" + "6869");
        assertPasses(DeliveryFormCheck.topicNamesWithoutWildcards(R, log));
        broker("300500012b" + "6869");
        assertFails(DeliveryFormCheck.topicNamesWithoutWildcards(R, log), "\"+\"");
    }

    @Test
    void aDeliveryWithTopicAliasZeroFails() {
        assertInconclusive(DeliveryFormCheck.noTopicAliasZero(R, log));
        broker("3009000174" + "03230001" + "6869");
        assertPasses(DeliveryFormCheck.noTopicAliasZero(R, log));
        broker("3009000174" + "03230000" + "6869");
        assertFails(DeliveryFormCheck.noTopicAliasZero(R, log), "Topic Alias 0");
    }

    @Test
    void anAcknowledgementUnderAnotherIdentifierFails() {
        assertInconclusive(PublishAnswerCheck.identifiersOfTheirPublish(R, log, ACKS));
        suite(Publish.of("t", 1, false, 5, PUBLISHED.get(0)));
        broker(PublishAck.puback(5));
        broker(Publish.of("t", 2, false, 9, PUBLISHED.get(0)));
        broker(PublishAck.pubrel(9));
        assertPasses(PublishAnswerCheck.identifiersOfTheirPublish(R, log, ACKS));
        broker(PublishAck.pubrel(0x8009));
        assertFails(PublishAnswerCheck.identifiersOfTheirPublish(R, log, ACKS), "carried 32777");
    }

    @Test
    void aQos2PublishAnsweredWithAPubackFails() {
        suite(Publish.of("t", 1, false, 5, PUBLISHED.get(0)));
        assertInconclusive(PublishAnswerCheck.answeredAtItsQos(R, log));
        broker(PublishAck.puback(5));
        suite(Publish.of("t", 2, false, 6, PUBLISHED.get(0)));
        broker(PublishAck.pubrec(6));
        assertPasses(PublishAnswerCheck.answeredAtItsQos(R, log));
        suite(Publish.of("t", 2, false, 7, PUBLISHED.get(0)));
        broker(PublishAck.puback(7));
        assertFails(PublishAnswerCheck.answeredAtItsQos(R, log), "expected a PUBREC");
    }

    @Test
    void aPublishLeftUnansweredFailsOnlyBesideALaterAnswer() {
        suite(Publish.of("t", 1, false, 5, PUBLISHED.get(0)));
        assertInconclusive(PublishAnswerCheck.answeredAtItsQos(R, log));
        suite(Publish.of("t", 2, false, 6, PUBLISHED.get(0)));
        broker(PublishAck.pubrec(6));
        assertFails(PublishAnswerCheck.answeredAtItsQos(R, log), "none came");
    }
}
