package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MQTT 5.0 MQTT-2.2.2-1 judged on hand-written frames (hex): a zero Property Length passes, acknowledgements and
 * DISCONNECT may leave it out where their Remaining Length allows, and a CONNACK, SUBACK or PUBLISH without one fails.
 */
@Tag("small")
class PropertyLengthCheckTest {

    private static final List<byte[]> PUBLISHED = List.of("36.6".getBytes(StandardCharsets.UTF_8));

    private final List<Evidence> log = new ArrayList<>();

    private void sent(String hex) {
        log.add(new Evidence("test", log.size() + 1, Instant.EPOCH, 0, Direction.DEVICE_TO_SUITE, "s9-client",
                HexFormat.of().parseHex(hex.replace(" ", "")), hex, Optional.empty()));
    }

    private Outcome judge() {
        return PropertyLengthCheck.judge("r", log, PUBLISHED);
    }

    @Test
    void zeroPropertyLengthsAndShortAcknowledgementsPass() {
        sent("20 03 00 00 00");                      // CONNACK, no properties
        sent("90 04 00 01 00 02");                   // SUBACK, one code
        sent("b0 05 00 02 00 00 11");                // UNSUBACK, two codes
        sent("30 0d 0006 772f77617264 00 33362e36");   // PUBLISH w/ward, no properties, 36.6
        sent("40 02 00 03");                          // PUBACK without reason code: no Property Length needed
        sent("62 03 00 04 00");                       // PUBREL with a reason code only
        sent("e0 01 81");                             // DISCONNECT with a reason code only
        sent("d0 00");                                // PINGRESP
        Outcome o = judge();
        assertTrue(o.passed(), String.valueOf(o));
        assertEquals(8, o.judged().size());
    }

    @Test
    void aSubackWithoutItsPropertyLengthFails() {
        sent("20 03 00 00 00");
        sent("90 03 00 01 02");
        assertFails(judge(), "states 2 bytes of properties, but only 0 follow");
    }

    @Test
    void anUnsubackWhosePropertyLengthLeavesNoCodeFails() {
        sent("b0 03 00 02 00");
        assertFails(judge(), "no reason code follows");
    }

    @Test
    void aConnackEndingBeforeItsPropertyLengthFails() {
        sent("20 02 00 00");
        assertFails(judge(), "the packet ends where it belongs");
    }

    @Test
    void aDeliveryWhosePayloadFollowsTheTopicDirectlyFails() {
        sent("30 0c 0006 772f77617264 33362e36");
        assertFails(judge(), "the message the suite published, without one");
    }

    @Test
    void withoutAnyPacketThatMustCarryOneItIsInconclusive() {
        sent("d0 00");
        assertNotNull(judge().inconclusiveReason());
    }
}
