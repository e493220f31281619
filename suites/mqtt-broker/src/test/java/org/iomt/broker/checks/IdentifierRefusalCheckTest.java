package org.iomt.broker.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.PingResp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MQTT 5.0 MQTT-3.1.3-8 judged on hand-made evidence: after CONNACK 0x85 the connection must end; one that answers a
 * ping instead fails, and a broker that takes the identifier is outside the rule.
 */
@Tag("small")
class IdentifierRefusalCheckTest {

    private static final String CLIENT = "s4-client-1";
    private static final Duration BOUND = Duration.ofSeconds(3);

    private final Recording log = new Recording();

    private Outcome judge() {
        return IdentifierRefusalCheck.closedAfterRefusal("r", log.of(CLIENT), BOUND);
    }

    private void connectAnsweredWith(int code) {
        log.at(Direction.SUITE_TO_DEVICE, CLIENT, Connect.of(MqttVersion.V5_0, "", 60, false));
        log.at(Direction.DEVICE_TO_SUITE, CLIENT, new Connack(0, false, code, MqttProperties.EMPTY));
    }

    @Test
    void aCloseAfterCode0x85Passes() {
        connectAnsweredWith(0x85);
        Evidence closed = log.at(Direction.TRANSPORT, CLIENT, ConnectionEnded.byPeer("connection closed by the broker"));
        Outcome o = judge();
        assertTrue(o.passed(), String.valueOf(o));
        assertEquals(closed, o.judged().get(1));
    }

    @Test
    void aConnectionThatAnswersAPingAfterCode0x85Fails() {
        connectAnsweredWith(0x85);
        log.at(Direction.SUITE_TO_DEVICE, CLIENT, new PingReq(0));
        log.at(Direction.DEVICE_TO_SUITE, CLIENT, new PingResp(0));
        assertFails(judge(), "still open 3000 ms later");
    }

    @Test
    void aConnectionNeitherClosedNorAnsweringIsInconclusive() {
        connectAnsweredWith(0x85);
        log.at(Direction.SUITE_TO_DEVICE, CLIENT, new PingReq(0));
        Outcome o = judge();
        assertNotNull(o.inconclusiveReason());
        assertTrue(o.inconclusiveReason().contains(CLIENT), o.inconclusiveReason());
    }

    @Test
    void aBrokerThatTakesTheIdentifierIsOutsideTheRule() {
        connectAnsweredWith(0x00);
        Outcome o = judge();
        assertNotNull(o.notApplicableReason(), String.valueOf(o));
        assertTrue(o.notApplicableReason().contains("taking the client identifier"), o.notApplicableReason());
    }

    @Test
    void aRefusalForAnotherReasonIsOutsideTheRule() {
        connectAnsweredWith(0x87);
        assertNotNull(judge().notApplicableReason());
    }

    @Test
    void aCloseWithoutConnackCannotTellWhy() {
        log.at(Direction.SUITE_TO_DEVICE, CLIENT, Connect.of(MqttVersion.V5_0, "", 60, false));
        log.at(Direction.TRANSPORT, CLIENT, ConnectionEnded.byPeer("connection closed by the broker"));
        assertNotNull(judge().notApplicableReason());
    }
}
