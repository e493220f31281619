package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The strings of a property the broker delivered, judged on hand-written frames (hex) of a delivery of "36.6" on
 * topic "w": well-formed strings pass, ill-formed UTF-8 and U+0000 fail even where a decoder would refuse the frame.
 */
@Tag("small")
class ForwardedStringsCheckTest {

    private static Evidence delivered(String hex) {
        return new Evidence("test", 1, Instant.EPOCH, 0, Direction.DEVICE_TO_SUITE, "s6-monitor-1",
                HexFormat.of().parseHex(hex.replace(" ", "")), "PUBLISH", Optional.empty());
    }

    private static Outcome judge(String hex, MqttPropertyId id) {
        return ForwardedStringsCheck.wellFormed("r", List.of(delivered(hex)), "36.6", id, "the property");
    }

    @Test
    void aWellFormedUserPropertyPasses() {
        assertTrue(judge("30 11 0001 77 09 26 0001 6b 0003 c2b043 33362e36", MqttPropertyId.USER_PROPERTY).passed());
    }

    @Test
    void anIllFormedUserPropertyValueFails() {
        assertFails(judge("30 10 0001 77 08 26 0001 6b 0002 c328 33362e36", MqttPropertyId.USER_PROPERTY), "c328 is not well-formed UTF-8");
    }

    @Test
    void aContentTypeHoldingTheNullCharacterFails() {
        assertFails(judge("30 0c 0001 77 04 03 0001 00 33362e36", MqttPropertyId.CONTENT_TYPE), "holds U+0000");
    }

    @Test
    void aDeliveryWithoutThePropertyIsInconclusive() {
        assertNotNull(judge("30 08 0001 77 00 33362e36", MqttPropertyId.RESPONSE_TOPIC).inconclusiveReason());
    }

    @Test
    void anUndeliveredMessageIsInconclusive() {
        assertNotNull(judge("30 08 0001 77 00 33362e37", MqttPropertyId.RESPONSE_TOPIC).inconclusiveReason());
    }
}
