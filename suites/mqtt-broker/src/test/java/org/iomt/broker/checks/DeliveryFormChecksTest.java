package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.iomt.broker.checks.WireLog.assertInconclusive;
import static org.iomt.broker.checks.WireLog.assertPasses;

/** The checks of the broker's deliveries and of its answers to PUBLISH, judged on hand-made recordings. */
@Tag("small")
class DeliveryFormChecksTest {

    private static final String R = "r";
    private static final String CLIENT = "s1-wireform";
    private static final List<byte[]> PUBLISHED = List.of("hi".getBytes(StandardCharsets.UTF_8));
    private static final Set<PacketType> ACKS = Set.of(PacketType.PUBACK, PacketType.PUBREC, PacketType.PUBREL,
            PacketType.PUBCOMP);

    private final WireLog wire = new WireLog(CLIENT);
    private final List<Evidence> log = wire.entries();

    @Test
    void twoBytesBeforeThePublishedPayloadOfA311Qos0DeliveryFail() {
        assertInconclusive(DeliveryFormCheck.qos0WithoutIdentifier(R, log, PUBLISHED, false));
        wire.broker("3005000174" + "6869");
        assertPasses(DeliveryFormCheck.qos0WithoutIdentifier(R, log, PUBLISHED, false));
        wire.broker("3007000174" + "0001" + "6869");
        assertFails(DeliveryFormCheck.qos0WithoutIdentifier(R, log, PUBLISHED, false), "00 01");
    }

    @Test
    void twoBytesBeforeTheProperties5Qos0DeliveryFail() {
        wire.broker("3006000174" + "00" + "6869");
        assertPasses(DeliveryFormCheck.qos0WithoutIdentifier(R, log, PUBLISHED, true));
        wire.broker("3008000174" + "0001" + "00" + "6869");
        assertFails(DeliveryFormCheck.qos0WithoutIdentifier(R, log, PUBLISHED, true), "packet identifier");
    }

    @Test
    void aDeliveryOfSomethingTheSuiteNeverPublishedIsNotJudged() {
        wire.broker("3005000174" + "6f6b");
        assertInconclusive(DeliveryFormCheck.qos0WithoutIdentifier(R, log, PUBLISHED, false));
    }

    @Test
    void aTopicNameThatIsNotUtf8Fails() {
        assertInconclusive(DeliveryFormCheck.topicNamesUtf8(R, log));
        wire.broker("3005000174" + "6869");
        assertPasses(DeliveryFormCheck.topicNamesUtf8(R, log));
        wire.broker("30050001ff" + "6869");
        assertFails(DeliveryFormCheck.topicNamesUtf8(R, log), "ff");
    }

    @Test
    void aTopicNameWithAWildcardFails() {
        assertInconclusive(DeliveryFormCheck.topicNamesWithoutWildcards(R, log));
        wire.broker("3005000174" + "6869");
        assertPasses(DeliveryFormCheck.topicNamesWithoutWildcards(R, log));
        wire.broker("300500012b" + "6869");
        assertFails(DeliveryFormCheck.topicNamesWithoutWildcards(R, log), "\"+\"");
    }

    @Test
    void aDeliveryWithTopicAliasZeroFails() {
        assertInconclusive(DeliveryFormCheck.noTopicAliasZero(R, log));
        wire.broker("3009000174" + "03230001" + "6869");
        assertPasses(DeliveryFormCheck.noTopicAliasZero(R, log));
        wire.broker("3009000174" + "03230000" + "6869");
        assertFails(DeliveryFormCheck.noTopicAliasZero(R, log), "Topic Alias 0");
    }

    @Test
    void anAcknowledgementUnderAnotherIdentifierFails() {
        assertInconclusive(PublishAnswerCheck.identifiersOfTheirPublish(R, log, ACKS));
        wire.suite(Publish.of("t", 1, false, 5, PUBLISHED.get(0)));
        wire.broker(PublishAck.puback(5));
        wire.broker(Publish.of("t", 2, false, 9, PUBLISHED.get(0)));
        wire.broker(PublishAck.pubrel(9));
        assertPasses(PublishAnswerCheck.identifiersOfTheirPublish(R, log, ACKS));
        wire.broker(PublishAck.pubrel(0x8009));
        assertFails(PublishAnswerCheck.identifiersOfTheirPublish(R, log, ACKS), "carried 32777");
    }

    @Test
    void aQos2PublishAnsweredWithAPubackFails() {
        wire.suite(Publish.of("t", 1, false, 5, PUBLISHED.get(0)));
        assertInconclusive(PublishAnswerCheck.answeredAtItsQos(R, log));
        wire.broker(PublishAck.puback(5));
        wire.suite(Publish.of("t", 2, false, 6, PUBLISHED.get(0)));
        wire.broker(PublishAck.pubrec(6));
        assertPasses(PublishAnswerCheck.answeredAtItsQos(R, log));
        wire.suite(Publish.of("t", 2, false, 7, PUBLISHED.get(0)));
        wire.broker(PublishAck.puback(7));
        assertFails(PublishAnswerCheck.answeredAtItsQos(R, log), "expected a PUBREC");
    }

    @Test
    void aPublishLeftUnansweredFailsOnlyBesideALaterAnswer() {
        wire.suite(Publish.of("t", 1, false, 5, PUBLISHED.get(0)));
        assertInconclusive(PublishAnswerCheck.answeredAtItsQos(R, log));
        wire.suite(Publish.of("t", 2, false, 6, PUBLISHED.get(0)));
        wire.broker(PublishAck.pubrec(6));
        assertFails(PublishAnswerCheck.answeredAtItsQos(R, log), "none came");
    }
}
