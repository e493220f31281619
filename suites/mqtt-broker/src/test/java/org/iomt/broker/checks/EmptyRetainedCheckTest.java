package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.Publish;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An empty retained message not stored, judged on hand-made recordings of a new subscriber. */
@Tag("small")
class EmptyRetainedCheckTest {

    private static final String C = "s6-monitor";
    private static final String EMPTY = "r/s6/readings/empty";
    private static final String KEPT = "r/s6/readings/kept";

    private final Recording recording = new Recording();

    private void retained(String topic, String payload) {
        recording.at(Direction.DEVICE_TO_SUITE, C, new Publish(0x03, topic, 1, MqttProperties.EMPTY,
                payload.getBytes(StandardCharsets.UTF_8)));
    }

    private Outcome judge() {
        return EmptyRetainedCheck.notStored("r", recording.of(C), EMPTY, "kept", C);
    }

    @Test
    void onlyTheControlArrivingPasses() {
        retained(KEPT, "kept");
        assertTrue(judge().passed());
    }

    @Test
    void anEmptyRetainedMessageDeliveredFails() {
        retained(EMPTY, "");
        retained(KEPT, "kept");
        assertFails(judge(), "connection s6-monitor received 1 message(s)");
    }

    @Test
    void withoutTheControlNothingIsJudged() {
        String reason = judge().inconclusiveReason();
        assertNotNull(reason);
        assertTrue(reason.contains("connection s6-monitor"), reason);
    }
}
