package org.iomt.core.run;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a scenario's claims tags hold against a profile's claims, the negated form for what a product lacks included. */
@Tag("small")
class ApplicabilityTest {

    private static final Map<String, String> FULL = Map.of("mqtt.qos", "0,1,2", "mqtt.retain", "true", "mqtt.version", "3.1.1,5.0");
    private static final Map<String, String> LIMITED = Map.of("mqtt.qos", "0,1", "mqtt.retain", "false", "mqtt.version", "5.0");

    @Test
    void aValueAmongTheListHolds() {
        assertEquals(Optional.empty(), Applicability.missingClaim(List.of("@pics:mqtt.qos=2"), FULL));
        assertEquals(Optional.of("the profile claims mqtt.qos = 0,1, the scenario needs 2"),
                Applicability.missingClaim(List.of("@pics:mqtt.qos=2"), LIMITED));
    }

    @Test
    void aFalseClaimIsNotClaimed() {
        assertEquals(Optional.of("the profile does not claim mqtt.retain"),
                Applicability.missingClaim(List.of("@pics:mqtt.retain"), LIMITED));
    }

    @Test
    void aListThatLeavesTheValueOutHoldsTheNegation() {
        assertEquals(Optional.empty(), Applicability.missingClaim(List.of("@pics:mqtt.qos!=2", "@pics:mqtt.version=5.0"), LIMITED));
        assertEquals(Optional.of("the profile claims mqtt.qos = 0,1,2, the scenario needs it without 2"),
                Applicability.missingClaim(List.of("@pics:mqtt.qos!=2"), FULL));
    }

    @Test
    void aClaimStatedFalseHoldsTheNegationOfTrue() {
        assertEquals(Optional.empty(), Applicability.missingClaim(List.of("@pics:mqtt.retain!=true"), LIMITED));
        assertEquals(Optional.of("the profile claims mqtt.retain = true, the scenario needs it without true"),
                Applicability.missingClaim(List.of("@pics:mqtt.retain!=true"), FULL));
    }

    @Test
    void anUnstatedClaimSaysNothingOfWhatTheProductLacks() {
        Optional<String> reason = Applicability.missingClaim(List.of("@pics:mqtt.retain!=true"), Map.of("mqtt.qos", "0,1"));
        assertTrue(reason.isPresent());
        assertEquals("the profile does not state mqtt.retain, the scenario needs it without true", reason.get());
    }
}
