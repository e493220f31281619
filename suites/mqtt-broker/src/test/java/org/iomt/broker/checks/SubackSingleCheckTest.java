package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One SUBACK for a SUBSCRIBE of several filters, judged on hand-made recordings. */
@Tag("small")
class SubackSingleCheckTest {

    private static final Duration BOUND = Duration.ofSeconds(2);

    private final List<Evidence> log = new ArrayList<>();

    private Evidence at(Direction direction, Object packet) {
        Evidence e = new Evidence("test", log.size() + 1, Instant.EPOCH, log.size(), direction, "monitor", new byte[2],
                String.valueOf(packet), Optional.ofNullable(packet));
        log.add(e);
        return e;
    }

    private Evidence subscribe() {
        return at(Direction.SUITE_TO_DEVICE, new Subscribe(0x02, 8, MqttProperties.EMPTY,
                List.of(new Subscription("ward/p1", 1), new Subscription("ward/p2", 1))));
    }

    private static void assertFails(Outcome o, String expectedText) {
        assertEquals(1, o.findings().size(), String.valueOf(o));
        assertTrue(o.findings().get(0).message().contains(expectedText), o.findings().get(0).message());
    }

    @Test
    void oneSubackPasses() {
        Evidence request = subscribe();
        at(Direction.DEVICE_TO_SUITE, new Suback(0, 8, MqttProperties.EMPTY, List.of(1, 1)));
        assertTrue(SubackCheck.single("r", request, log, BOUND).passed());
    }

    @Test
    void aSubackPerFilterFails() {
        Evidence request = subscribe();
        at(Direction.DEVICE_TO_SUITE, new Suback(0, 8, MqttProperties.EMPTY, List.of(1)));
        at(Direction.DEVICE_TO_SUITE, new Suback(0, 8, MqttProperties.EMPTY, List.of(1)));
        assertFails(SubackCheck.single("r", request, log, BOUND), "2 came");
    }

    @Test
    void noSubackForThePacketIdentifierFails() {
        Evidence request = subscribe();
        at(Direction.DEVICE_TO_SUITE, new Suback(0, 9, MqttProperties.EMPTY, List.of(1, 1)));
        assertFails(SubackCheck.single("r", request, log, BOUND), "none came within 2000 ms");
    }
}
