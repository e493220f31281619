package org.iomt.broker.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.PingResp;
import org.iomt.standards.mqtt.Publish;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The check that a connection given a reason code of 0x80 or above is closed, on hand-made recordings. */
@Tag("small")
class FailureCodeCloseCheckTest {

    private static final Duration BOUND = Duration.ofSeconds(2);

    private final Recording recording = new Recording();

    private Evidence aliasZero() {
        recording.at(Direction.DEVICE_TO_SUITE, "c", Connack.of(false, 0));
        return recording.at(Direction.SUITE_TO_DEVICE, "c", Publish.of("t", 0, false, 0, new byte[1])
                .withProperties(MqttProperties.of(new MqttProperty(MqttPropertyId.TOPIC_ALIAS, 0))));
    }

    private void answeredControl() {
        recording.at(Direction.DEVICE_TO_SUITE, "control", Connack.of(false, 0));
        recording.at(Direction.DEVICE_TO_SUITE, "control", new PingResp(0));
    }

    @Test
    void aFailureDisconnectFollowedByTheClosePassesBesideAControlStillAnswered() {
        Evidence offending = aliasZero();
        recording.at(Direction.DEVICE_TO_SUITE, "c", new Disconnect(0, 0x94, MqttProperties.EMPTY));
        recording.at(Direction.TRANSPORT, "c", ConnectionEnded.byPeer("closed by the broker"));
        assertNotNull(FailureCodeCloseCheck.judge("r", offending, recording.of("c"), true, BOUND,
                recording.of("control")).inconclusiveReason());
        answeredControl();
        assertTrue(FailureCodeCloseCheck.judge("r", offending, recording.of("c"), true, BOUND, recording.of("control")).passed());
    }

    @Test
    void aFailureCodeLeftOpenFails() {
        Evidence offending = aliasZero();
        recording.at(Direction.DEVICE_TO_SUITE, "c", new Disconnect(0, 0x82, MqttProperties.EMPTY));
        answeredControl();
        assertFails(FailureCodeCloseCheck.judge("r", offending, recording.of("c"), false, BOUND, recording.of("control")),
                "still open");
    }

    @Test
    void aRefusingConnackLeftOpenFailsAndTheSuccessBeforeTheOffenceIsNotTakenForOne() {
        Evidence offending = recording.at(Direction.SUITE_TO_DEVICE, "c", "CONNECT naming a method");
        recording.at(Direction.DEVICE_TO_SUITE, "c", Connack.of(false, 0x8C));
        answeredControl();
        assertFails(FailureCodeCloseCheck.judge("r", offending, recording.of("c"), false, BOUND, recording.of("control")),
                "0x80 or above");
    }

    @Test
    void noFailureCodeAndNoCloseIsNotApplicable() {
        Evidence offending = aliasZero();
        answeredControl();
        assertNotNull(FailureCodeCloseCheck.judge("r", offending, recording.of("c"), false, BOUND,
                recording.of("control")).notApplicableReason());
    }
}
