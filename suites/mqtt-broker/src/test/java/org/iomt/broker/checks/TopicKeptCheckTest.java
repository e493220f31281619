package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.MqttProperties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A topic name holding U+FEFF judged at a subscriber to it and at the control that matches every topic beside it. */
@Tag("small")
class TopicKeptCheckTest {

    private static final String TOPIC = "ward/\uFEFFbed";
    private static final String STRIPPED = "ward/bed";
    private static final String READING = "36.6";

    private final Recording wire = new Recording();

    private TopicKeptCheck.Subscriber subscriber(String connection, String... topics) {
        wire.at(Direction.DEVICE_TO_SUITE, connection, new Suback(0, 1, MqttProperties.EMPTY, List.of(1)));
        for (String topic : topics) {
            wire.at(Direction.DEVICE_TO_SUITE, connection, Publish.of(topic, 1, false, 1, READING.getBytes(StandardCharsets.UTF_8)));
        }
        return new TopicKeptCheck.Subscriber(wire.of(connection), connection + "'s filter");
    }

    @Test
    void theNameKeptAtBothSubscribersPasses() {
        assertTrue(TopicKeptCheck.keptAsPublished("r", TOPIC, READING, subscriber("all", TOPIC), subscriber("exact", TOPIC)).passed());
    }

    @Test
    void aNameWithoutTheCharacterAtEitherSubscriberFails() {
        assertFails(TopicKeptCheck.keptAsPublished("r", TOPIC, READING, subscriber("all", STRIPPED), subscriber("exact")),
                "connection all received it under 77 61 72 64 2f 62 65 64");
        assertFails(TopicKeptCheck.keptAsPublished("r", TOPIC, READING, subscriber("all2", TOPIC), subscriber("exact2", STRIPPED)),
                "connection exact2 received it");
    }

    @Test
    void theExactSubscriptionMissingTheMessageTheControlReceivedUnchangedFails() {
        assertFails(TopicKeptCheck.keptAsPublished("r", TOPIC, READING, subscriber("all", TOPIC), subscriber("exact")),
                "on connection exact, whose filter is the topic name");
    }

    @Test
    void nothingAtTheControlProvesNothingAndNamesTheConnections() {
        Outcome o = TopicKeptCheck.keptAsPublished("r", TOPIC, READING, subscriber("all"), subscriber("exact"));
        assertNotNull(o.inconclusiveReason());
        assertTrue(o.inconclusiveReason().contains("connection all") && o.inconclusiveReason().contains("connection exact"),
                o.inconclusiveReason());
    }
}
