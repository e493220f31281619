package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.Unsuback;
import org.iomt.standards.mqtt.Unsubscribe;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One UNSUBACK for an UNSUBSCRIBE of several filters, judged on hand-made recordings. */
@Tag("small")
class UnsubackCheckTest {

    private static final Duration BOUND = Duration.ofSeconds(2);

    private final Recording recording = new Recording();

    private Evidence at(Direction direction, Object packet) {
        return recording.at(direction, "monitor", packet);
    }

    private Evidence unsubscribe() {
        return at(Direction.SUITE_TO_DEVICE, new Unsubscribe(0x02, 6, MqttProperties.EMPTY, List.of("ward/p1", "ward/p2")));
    }

    @Test
    void oneUnsubackForThePacketIdentifierPasses() {
        Evidence request = unsubscribe();
        Evidence answer = at(Direction.DEVICE_TO_SUITE, Unsuback.of(6, 0, 0));
        Outcome o = UnsubackCheck.single("r", request, recording.of("monitor"), BOUND);
        assertTrue(o.passed(), String.valueOf(o));
        assertTrue(o.judged().contains(answer));
    }

    @Test
    void anUnsubackPerFilterFails() {
        Evidence request = unsubscribe();
        at(Direction.DEVICE_TO_SUITE, Unsuback.of(6, 0));
        at(Direction.DEVICE_TO_SUITE, Unsuback.of(6, 0));
        assertFails(UnsubackCheck.single("r", request, recording.of("monitor"), BOUND), "2 came");
    }

    @Test
    void noUnsubackOrOneForAnotherIdentifierFails() {
        Evidence request = unsubscribe();
        assertFails(UnsubackCheck.single("r", request, recording.of("monitor"), BOUND), "none came within 2000 ms");
        at(Direction.DEVICE_TO_SUITE, Unsuback.of(5, 0, 0));
        assertFails(UnsubackCheck.single("r", request, recording.of("monitor"), BOUND), "none came");
    }
}
