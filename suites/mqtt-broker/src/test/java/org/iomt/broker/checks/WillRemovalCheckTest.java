package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.Publish;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A will removed once published, judged on hand-made recordings of the watching subscriber. */
@Tag("small")
class WillRemovalCheckTest {

    private static final String C = "s4-monitor";

    private final Recording recording = new Recording();

    private Evidence status(String payload) {
        return recording.at(Direction.DEVICE_TO_SUITE, C, new Publish(0x02, "status", 1, MqttProperties.EMPTY,
                payload.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aWillPublishedOnceBesideTheControlPasses() {
        status("will");
        status("control");
        assertTrue(WillRemovalCheck.publishedOnce("r", recording.of(C), "will", "control").passed());
    }

    @Test
    void aWillPublishedAgainFails() {
        status("will");
        status("will");
        status("control");
        assertFails(WillRemovalCheck.publishedOnce("r", recording.of(C), "will", "control"), "received it 2 times");
    }

    @Test
    void withoutTheControlOrTheFirstPublicationNothingIsJudged() {
        assertNotNull(WillRemovalCheck.publishedOnce("r", recording.of(C), "will", "control").inconclusiveReason());
        status("will");
        String reason = WillRemovalCheck.publishedOnce("r", recording.of(C), "will", "control").inconclusiveReason();
        assertNotNull(reason);
        assertTrue(reason.contains("connection s4-monitor"), reason);
    }
}
