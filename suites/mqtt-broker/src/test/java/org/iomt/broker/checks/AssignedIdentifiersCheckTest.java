package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.PingResp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two clients without identifier each given one of their own, judged on hand-made recordings of both connections. */
@Tag("small")
class AssignedIdentifiersCheckTest {

    private static final String FIRST = "s9-client";
    private static final String SECOND = "s9-second";
    private static final Set<Integer> V3_REFUSALS = Set.of(0x02);

    private final Recording recording = new Recording();

    private void admitted(String connection, String assigned) {
        MqttProperties props = assigned == null ? MqttProperties.EMPTY
                : MqttProperties.EMPTY.with(MqttPropertyId.ASSIGNED_CLIENT_IDENTIFIER, assigned);
        recording.at(Direction.DEVICE_TO_SUITE, connection, new Connack(0, false, 0, props));
    }

    private void pinged(String connection, boolean answered) {
        recording.at(Direction.SUITE_TO_DEVICE, connection, new PingReq(0));
        if (answered) {
            recording.at(Direction.DEVICE_TO_SUITE, connection, new PingResp(0));
        }
    }

    private Outcome judge() {
        return AssignedIdentifiersCheck.judge("r", recording.of(FIRST), recording.of(SECOND), V3_REFUSALS);
    }

    @Test
    void bothAdmittedAndBothAnsweringPasses() {
        admitted(FIRST, null);
        admitted(SECOND, null);
        pinged(FIRST, true);
        pinged(SECOND, true);
        assertTrue(judge().passed());
    }

    @Test
    void theFirstGoneOnceTheSecondWasAdmittedFails() {
        admitted(FIRST, null);
        admitted(SECOND, null);
        recording.at(Direction.TRANSPORT, FIRST, null);
        pinged(SECOND, true);
        assertFails(judge(), "connection s9-client");
    }

    @Test
    void oneIdentifierAssignedToBothFails() {
        admitted(FIRST, "same");
        admitted(SECOND, "same");
        pinged(FIRST, true);
        pinged(SECOND, true);
        assertFails(judge(), "both CONNACKs assigned \"same\"");
    }

    @Test
    void aBrokerRefusingZeroLengthIdentifiersHasNothingToJudge() {
        recording.at(Direction.DEVICE_TO_SUITE, FIRST, new Connack(0, false, 0x02, MqttProperties.EMPTY));
        String reason = judge().notApplicableReason();
        assertNotNull(reason);
        assertTrue(reason.contains("s9-client"), reason);
    }

    @Test
    void withoutTheSecondsAnswerNothingIsJudged() {
        admitted(FIRST, null);
        admitted(SECOND, null);
        pinged(FIRST, false);
        pinged(SECOND, false);
        String reason = judge().inconclusiveReason();
        assertNotNull(reason);
        assertTrue(reason.contains("s9-second"), reason);
    }
}
