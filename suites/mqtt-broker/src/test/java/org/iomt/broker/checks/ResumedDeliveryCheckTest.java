package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.Publish;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Resumption judged on whatever was in flight, a single message included, as a broker keeping one in flight sends. */
@Tag("small")
class ResumedDeliveryCheckTest {

    private final List<Evidence> log = new ArrayList<>();

    private Evidence delivered(String payload, int packetId, boolean dup) {
        Publish p = new Publish(0b010 | (dup ? 0b1000 : 0), "t", packetId, MqttProperties.EMPTY,
                payload.getBytes(StandardCharsets.UTF_8));
        Evidence e = new Evidence("test", log.size() + 1, Instant.EPOCH, 0, Direction.DEVICE_TO_SUITE, "sub", new byte[10],
                String.valueOf(p), Optional.of(p));
        log.add(e);
        return e;
    }

    @Test
    void theOneMessageInFlightSentAgainUnderItsIdentifierWithDupPasses() {
        List<Evidence> inFlight = List.of(delivered("first", 1, false));
        List<Evidence> again = List.of(delivered("first", 1, true));
        assertTrue(ResumedDeliveryCheck.resent("r", inFlight, again).passed());
        assertTrue(ResumedDeliveryCheck.markedDuplicate("r", inFlight, again).passed());
    }

    @Test
    void theOneMessageInFlightSentAgainUnderAnotherIdentifierOrWithoutDupFails() {
        List<Evidence> inFlight = List.of(delivered("first", 1, false));
        assertEquals(1, ResumedDeliveryCheck.resent("r", inFlight, List.of(delivered("first", 2, true))).findings().size());
        assertEquals(1, ResumedDeliveryCheck.markedDuplicate("r", inFlight, List.of(delivered("first", 1, false))).findings().size());
        assertEquals(1, ResumedDeliveryCheck.resent("r", inFlight, List.of()).findings().size());
    }

    @Test
    void nothingInFlightProvesNothing() {
        assertNotNull(ResumedDeliveryCheck.resent("r", List.of(), List.of()).inconclusiveReason());
    }
}
