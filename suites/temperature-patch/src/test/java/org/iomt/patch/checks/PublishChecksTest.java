package org.iomt.patch.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.Publish;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule that a device's PUBLISH carries no Subscription Identifier, judged on every PUBLISH the device sent. */
@Tag("small")
class PublishChecksTest {

    private static final Publish READING = Publish.of("iomt/patch/TP1/temperature", 1, false, 7, new byte[] {1});

    private static List<Evidence> sent(Publish... packets) {
        return IntStream.range(0, packets.length).mapToObj(i -> new Evidence("test", i + 1L, Instant.EPOCH, i,
                Direction.DEVICE_TO_SUITE, "c1", new byte[0], packets[i].toString(), Optional.of((Object) packets[i]))).toList();
    }

    @Test
    void aPublishWithASubscriptionIdentifierFailsCitingIt() {
        Publish tagged = READING.withProperties(MqttProperties.EMPTY.with(MqttPropertyId.SUBSCRIPTION_IDENTIFIER, 4));
        List<Evidence> evidence = sent(READING, tagged);
        Outcome outcome = PublishCheck.noSubscriptionIdentifier("r").judge(evidence);
        assertEquals(1, outcome.findings().size());
        assertTrue(outcome.findings().get(0).message().contains("packet #2: PUBLISH from the device carries Subscription Identifier 4"),
                outcome.findings().get(0).message());
        assertEquals(List.of(evidence.get(1)), outcome.findings().get(0).evidence());
    }

    @Test
    void publishesWithoutOnePassAndNoPublishIsInconclusive() {
        Publish aliased = READING.withProperties(MqttProperties.EMPTY.with(MqttPropertyId.TOPIC_ALIAS, 1));
        Outcome outcome = PublishCheck.noSubscriptionIdentifier("r").judge(sent(READING, aliased));
        assertTrue(outcome.passed());
        assertEquals(2, outcome.judged().size());
        assertNotNull(PublishCheck.noSubscriptionIdentifier("r").judge(List.of()).inconclusiveReason());
    }
}
