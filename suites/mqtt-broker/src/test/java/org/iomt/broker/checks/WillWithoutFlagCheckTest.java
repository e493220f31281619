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

/** No will for a connection without Will Flag, judged on hand-made recordings of the watching monitor. */
@Tag("small")
class WillWithoutFlagCheckTest {

    private static final String MONITOR = "s5-monitor";
    private static final String PATCH = "s5-patch-2";

    private final Recording recording = new Recording();

    private void status(String payload) {
        recording.at(Direction.DEVICE_TO_SUITE, MONITOR, new Publish(0x02, "status", 1, MqttProperties.EMPTY,
                payload.getBytes(StandardCharsets.UTF_8)));
    }

    private Evidence drop() {
        return recording.at(Direction.TRANSPORT, PATCH, null);
    }

    @Test
    void onlyTheControlWillPasses() {
        Evidence drop = drop();
        status("control");
        assertTrue(WillWithoutFlagCheck.judge("r", recording.of(MONITOR), "will", drop, "control").passed());
    }

    @Test
    void aWillAfterTheConnectionWithoutWillEndedFails() {
        Evidence drop = drop();
        status("will");
        status("control");
        assertFails(WillWithoutFlagCheck.judge("r", recording.of(MONITOR), "will", drop, "control"),
                "when a connection that set no Will Flag ended");
    }

    @Test
    void aWillBeforeThatConnectionEndedBelongsToAnotherRule() {
        status("will");
        Evidence drop = drop();
        status("control");
        String reason = WillWithoutFlagCheck.judge("r", recording.of(MONITOR), "will", drop, "control").inconclusiveReason();
        assertNotNull(reason);
        assertTrue(reason.contains("s5-monitor") && reason.contains("s5-patch-2"), reason);
    }
}
