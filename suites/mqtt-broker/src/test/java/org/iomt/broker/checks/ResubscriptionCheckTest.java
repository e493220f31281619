package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A subscription replaced by a second SUBSCRIBE, judged on hand-made recordings. */
@Tag("small")
class ResubscriptionCheckTest {

    private final Recording recording = new Recording();

    private Evidence at(Direction direction, Object packet) {
        return recording.at(direction, "monitor", packet);
    }

    private Evidence delivered(String payload, int qos, boolean retain) {
        return at(Direction.DEVICE_TO_SUITE, new Publish((qos << 1) | (retain ? 1 : 0), "ward/p1", qos == 0 ? 0 : 1,
                MqttProperties.EMPTY, payload.getBytes(StandardCharsets.UTF_8)));
    }

    private Evidence resubscribe() {
        return at(Direction.SUITE_TO_DEVICE, new Subscribe(0x02, 3, MqttProperties.EMPTY, List.of(new Subscription("ward/p1", 1))));
    }

    @Test
    void oneCopyAtTheNewQosPasses() {
        delivered("other", 0, false);
        delivered("live", 1, false);
        assertTrue(ResubscriptionCheck.replaced("r", recording.of("monitor"), "live", 1).passed());
    }

    @Test
    void aCopyAtTheOldQosFails() {
        delivered("live", 0, false);
        assertFails(ResubscriptionCheck.replaced("r", recording.of("monitor"), "live", 1), "it came at QoS 0");
    }

    @Test
    void aCopyPerSubscriptionFails() {
        delivered("live", 0, false);
        delivered("live", 1, false);
        assertFails(ResubscriptionCheck.replaced("r", recording.of("monitor"), "live", 1), "2 were delivered at QoS [0, 1]");
    }

    @Test
    void noCopyFails() {
        assertFails(ResubscriptionCheck.replaced("r", recording.of("monitor"), "live", 1), "nothing was delivered");
    }

    @Test
    void theRetainedMessageAfterTheSecondSubscribePasses() {
        Evidence request = resubscribe();
        Evidence again = delivered("retained", 0, true);
        Outcome o = ResubscriptionCheck.retainedSentAgain("r", List.of(again), "retained", request);
        assertTrue(o.passed(), String.valueOf(o));
        assertEquals(List.of(request, again), o.judged());
    }

    @Test
    void noRetainedMessageAfterTheSecondSubscribeFails() {
        Evidence request = resubscribe();
        Evidence live = delivered("live", 0, false);
        assertFails(ResubscriptionCheck.retainedSentAgain("r", List.of(live), "retained", request), "on connection monitor; it was not");
    }
}
