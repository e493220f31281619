package org.iomt.broker.target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The suite's Mosquitto limited as the claims say, and only as far as they say. */
@Tag("small")
class MosquittoLimitsTest {

    @Test
    void aFullClaimLimitsNothing() {
        MosquittoLimits limits = MosquittoLimits.of(Map.of("mqtt.qos", "0,1,2", "mqtt.retain", "true"));
        assertEquals(new MosquittoLimits(2, true), limits);
        assertEquals("", limits.general());
        assertEquals("", limits.listener());
    }

    @Test
    void claimsWithoutQos2OrRetainedMessagesLimitTheBroker() {
        MosquittoLimits limits = MosquittoLimits.of(Map.of("mqtt.qos", "0,1", "mqtt.retain", "false"));
        assertEquals("retain_available false\n", limits.general());
        assertEquals("max_qos 1\n", limits.listener());
    }

    @Test
    void claimsLeftOutLimitNothing() {
        assertEquals(new MosquittoLimits(2, true), MosquittoLimits.of(Map.of()));
    }
}
