package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.Publish;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Readings of one topic in published order, judged on hand-made recordings of the subscriber. */
@Tag("small")
class OrderCheckTest {

    private static final String C = "s3-monitor";
    private static final List<String> PUBLISHED = List.of("one", "two", "three");

    private final Recording recording = new Recording();

    private void delivered(String payload, boolean dup) {
        recording.at(Direction.DEVICE_TO_SUITE, C, new Publish(0x02 | (dup ? 0x08 : 0), "readings", 1, MqttProperties.EMPTY,
                payload.getBytes(StandardCharsets.UTF_8)));
    }

    private Outcome judge() {
        return OrderCheck.inPublishedOrder("r", recording.of(C), PUBLISHED);
    }

    @Test
    void readingsInPublishedOrderPass() {
        PUBLISHED.forEach(p -> delivered(p, false));
        assertTrue(judge().passed());
    }

    @Test
    void aCopySentAgainLaterDoesNotMoveItsReading() {
        PUBLISHED.forEach(p -> delivered(p, false));
        delivered("one", true);
        assertTrue(judge().passed());
    }

    @Test
    void swappedReadingsFail() {
        delivered("two", false);
        delivered("one", false);
        delivered("three", false);
        assertFails(judge(), "reading 1 to arrive was \"two\"");
    }

    @Test
    void aMissingReadingLeavesTheOrderUnjudged() {
        delivered("one", false);
        delivered("three", false);
        String reason = judge().inconclusiveReason();
        assertNotNull(reason);
        assertTrue(reason.contains("s3-monitor") && reason.contains("\"two\""), reason);
    }
}
