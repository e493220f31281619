package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One SUBACK for a SUBSCRIBE of several filters, judged on hand-made recordings. */
@Tag("small")
class SubackSingleCheckTest {

    private static final Duration BOUND = Duration.ofSeconds(2);

    private final Recording recording = new Recording();

    private Evidence at(Direction direction, Object packet) {
        return recording.at(direction, "monitor", packet);
    }

    private Evidence subscribe() {
        return at(Direction.SUITE_TO_DEVICE, new Subscribe(0x02, 8, MqttProperties.EMPTY,
                List.of(new Subscription("ward/p1", 1), new Subscription("ward/p2", 1))));
    }

    @Test
    void oneSubackPasses() {
        Evidence request = subscribe();
        at(Direction.DEVICE_TO_SUITE, new Suback(0, 8, MqttProperties.EMPTY, List.of(1, 1)));
        assertTrue(SubackCheck.single("r", request, recording.of("monitor"), BOUND).passed());
    }

    @Test
    void aSubackPerFilterFails() {
        Evidence request = subscribe();
        at(Direction.DEVICE_TO_SUITE, new Suback(0, 8, MqttProperties.EMPTY, List.of(1)));
        at(Direction.DEVICE_TO_SUITE, new Suback(0, 8, MqttProperties.EMPTY, List.of(1)));
        assertFails(SubackCheck.single("r", request, recording.of("monitor"), BOUND), "2 came");
    }

    @Test
    void noSubackForThePacketIdentifierFails() {
        Evidence request = subscribe();
        at(Direction.DEVICE_TO_SUITE, new Suback(0, 9, MqttProperties.EMPTY, List.of(1, 1)));
        assertFails(SubackCheck.single("r", request, recording.of("monitor"), BOUND), "none came within 2000 ms");
    }
}
