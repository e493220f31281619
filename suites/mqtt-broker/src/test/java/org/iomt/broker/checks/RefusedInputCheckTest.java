package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.Publish;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nothing processed behind a refused CONNECT, judged on hand-made recordings of the patch and a new subscriber. */
@Tag("small")
class RefusedInputCheckTest {

    private static final String PATCH = "s8-patch";
    private static final String MONITOR = "s8-monitor";
    private static final String REFUSED = "r/s8/readings/refused";
    private static final String ADMITTED = "r/s8/readings/admitted";

    private final Recording recording = new Recording();

    private void refusal(int code) {
        recording.at(Direction.SUITE_TO_DEVICE, PATCH, null);
        recording.at(Direction.DEVICE_TO_SUITE, PATCH, new Connack(0, false, code, MqttProperties.EMPTY));
    }

    private void retained(String topic, String payload) {
        recording.at(Direction.DEVICE_TO_SUITE, MONITOR, new Publish(0x03, topic, 1, MqttProperties.EMPTY,
                payload.getBytes(StandardCharsets.UTF_8)));
    }

    private Outcome judge(boolean refused) {
        return RefusedInputCheck.judge("r", recording.of(PATCH), refused, recording.of(MONITOR), REFUSED, "control", MONITOR);
    }

    @Test
    void onlyTheControlKeptPasses() {
        refusal(0x02);
        retained(ADMITTED, "control");
        assertTrue(judge(true).passed());
    }

    @Test
    void theMessageBehindTheRefusalStoredFails() {
        refusal(0x02);
        retained(REFUSED, "behind");
        retained(ADMITTED, "control");
        assertFails(judge(true), "connection s8-patch sent after the CONNECT it refused");
    }

    @Test
    void anAcceptedConnectOrAMissingControlIsNotJudged() {
        refusal(0x00);
        retained(ADMITTED, "control");
        String accepted = judge(true).inconclusiveReason();
        assertNotNull(accepted);
        assertTrue(accepted.contains("s8-patch"), accepted);
        Recording other = new Recording();
        other.at(Direction.DEVICE_TO_SUITE, PATCH, new Connack(0, false, 0x02, MqttProperties.EMPTY));
        String noControl = RefusedInputCheck.judge("r", other.of(PATCH), true, other.of(MONITOR), REFUSED, "control", MONITOR)
                .inconclusiveReason();
        assertNotNull(noControl);
        assertTrue(noControl.contains("s8-monitor"), noControl);
    }
}
