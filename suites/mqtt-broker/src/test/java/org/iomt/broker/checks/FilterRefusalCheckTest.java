package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The refusal of a forbidden topic filter, judged on hand-made recordings beside a granted control subscription. */
@Tag("small")
class FilterRefusalCheckTest {

    private static final Duration BOUND = Duration.ofSeconds(2);

    private final Recording recording = new Recording();

    private Evidence forbidden() {
        return recording.at(Direction.SUITE_TO_DEVICE, "client", new Subscribe(0x02, 4, MqttProperties.EMPTY,
                List.of(new Subscription("ward/#/temperature", 1))));
    }

    private void control(int code) {
        recording.at(Direction.DEVICE_TO_SUITE, "control", new Suback(0, 5, MqttProperties.EMPTY, List.of(code)));
    }

    @Test
    void aFailureCodeBesideAGrantedControlPasses() {
        Evidence offending = forbidden();
        recording.at(Direction.DEVICE_TO_SUITE, "client", new Suback(0, 4, MqttProperties.EMPTY, List.of(0x8F)));
        control(1);
        Outcome o = FilterRefusalCheck.judge("r", offending, recording.of("client"), false, BOUND, recording.of("control"));
        assertTrue(o.passed(), String.valueOf(o));
    }

    @Test
    void aClosedConnectionBesideAGrantedControlPasses() {
        Evidence offending = forbidden();
        control(1);
        assertTrue(FilterRefusalCheck.judge("r", offending, recording.of("client"), true, BOUND, recording.of("control")).passed());
    }

    @Test
    void aRefusalIsInconclusiveWhenTheControlWasRefusedToo() {
        Evidence offending = forbidden();
        control(0x80);
        Outcome o = FilterRefusalCheck.judge("r", offending, recording.of("client"), true, BOUND, recording.of("control"));
        assertNotNull(o.inconclusiveReason());
        assertTrue(o.inconclusiveReason().contains("control"), o.inconclusiveReason());
    }

    @Test
    void aGrantedForbiddenFilterFailsWhateverTheControlShows() {
        Evidence offending = forbidden();
        recording.at(Direction.DEVICE_TO_SUITE, "client", new Suback(0, 4, MqttProperties.EMPTY, List.of(1)));
        assertFails(FilterRefusalCheck.judge("r", offending, recording.of("client"), false, BOUND, recording.of("control")), "granted QoS 1");
    }

    @Test
    void noAnswerOnAnOpenConnectionFails() {
        Evidence offending = forbidden();
        control(1);
        assertFails(FilterRefusalCheck.judge("r", offending, recording.of("client"), false, BOUND, recording.of("control")),
                "no SUBACK and the connection was still open 2000 ms later");
    }

    @Test
    void aSubackForAnotherPacketIdentifierIsNoAnswer() {
        Evidence offending = forbidden();
        recording.at(Direction.DEVICE_TO_SUITE, "client", new Suback(0, 3, MqttProperties.EMPTY, List.of(1)));
        control(1);
        assertFails(FilterRefusalCheck.judge("r", offending, recording.of("client"), false, BOUND, recording.of("control")), "no SUBACK");
    }
}
