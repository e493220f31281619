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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One UNSUBACK for an UNSUBSCRIBE of several filters, judged on hand-made recordings. */
@Tag("small")
class UnsubackCheckTest {

    private static final Duration BOUND = Duration.ofSeconds(2);

    private final List<Evidence> log = new ArrayList<>();

    private Evidence at(Direction direction, Object packet) {
        Evidence e = new Evidence("test", log.size() + 1, Instant.EPOCH, log.size(), direction, "monitor", new byte[2],
                String.valueOf(packet), Optional.ofNullable(packet));
        log.add(e);
        return e;
    }

    private Evidence unsubscribe() {
        return at(Direction.SUITE_TO_DEVICE, new Unsubscribe(0x02, 6, MqttProperties.EMPTY, List.of("ward/p1", "ward/p2")));
    }

    private static void assertFails(Outcome o, String expectedText) {
        assertEquals(1, o.findings().size(), String.valueOf(o));
        assertTrue(o.findings().get(0).message().contains(expectedText), o.findings().get(0).message());
    }

    @Test
    void oneUnsubackForThePacketIdentifierPasses() {
        Evidence request = unsubscribe();
        Evidence answer = at(Direction.DEVICE_TO_SUITE, Unsuback.of(6, 0, 0));
        Outcome o = UnsubackCheck.single("r", request, log, BOUND);
        assertTrue(o.passed(), String.valueOf(o));
        assertTrue(o.judged().contains(answer));
    }

    @Test
    void anUnsubackPerFilterFails() {
        Evidence request = unsubscribe();
        at(Direction.DEVICE_TO_SUITE, Unsuback.of(6, 0));
        at(Direction.DEVICE_TO_SUITE, Unsuback.of(6, 0));
        assertFails(UnsubackCheck.single("r", request, log, BOUND), "2 came");
    }

    @Test
    void noUnsubackOrOneForAnotherIdentifierFails() {
        Evidence request = unsubscribe();
        assertFails(UnsubackCheck.single("r", request, log, BOUND), "none came within 2000 ms");
        at(Direction.DEVICE_TO_SUITE, Unsuback.of(5, 0, 0));
        assertFails(UnsubackCheck.single("r", request, log, BOUND), "none came");
    }
}
