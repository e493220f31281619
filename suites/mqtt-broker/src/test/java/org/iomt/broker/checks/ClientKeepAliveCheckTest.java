package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The client's own Keep Alive, in force when the CONNACK names no Server Keep Alive, judged on hand-made recordings. */
@Tag("small")
class ClientKeepAliveCheckTest {

    private static final Duration BOUND = Duration.ofSeconds(4);

    private final Recording recording = new Recording();

    @Test
    void aBrokerWithoutServerKeepAliveMustCloseTheSilentClient() {
        Evidence connack = recording.at(Direction.DEVICE_TO_SUITE, "s1-client", new Connack(0, false, 0, MqttProperties.EMPTY));
        Evidence silence = recording.at(Direction.TRANSPORT, "s1-client", null);
        assertTrue(ClientKeepAliveCheck.judge("r", connack, silence, recording.of("s1-client"), true, BOUND).passed());
        assertFails(ClientKeepAliveCheck.judge("r", connack, silence, recording.of("s1-client"), false, BOUND),
                "still open 4000 ms later");
    }

    @Test
    void aServerKeepAliveLeavesTheRuleWithoutItsCondition() {
        Evidence connack = recording.at(Direction.DEVICE_TO_SUITE, "s1-client", new Connack(0, false, 0,
                MqttProperties.EMPTY.with(MqttPropertyId.SERVER_KEEP_ALIVE, 30)));
        Evidence silence = recording.at(Direction.TRANSPORT, "s1-client", null);
        assertTrue(ClientKeepAliveCheck.serverKeepAliveSet(connack));
        Outcome o = ClientKeepAliveCheck.judge("r", connack, silence, recording.of("s1-client"), false, BOUND);
        assertNotNull(o.notApplicableReason());
        assertTrue(o.notApplicableReason().contains("connection s1-client set a Server Keep Alive of 30 s"), o.notApplicableReason());
    }
}
