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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The refusal of a forbidden topic filter, judged on hand-made recordings beside a granted control subscription. */
@Tag("small")
class FilterRefusalCheckTest {

    private static final Duration BOUND = Duration.ofSeconds(2);

    private final List<Evidence> log = new ArrayList<>();

    private Evidence at(Direction direction, String connection, Object packet) {
        Evidence e = new Evidence("test", log.size() + 1, Instant.EPOCH, log.size(), direction, connection, new byte[2],
                String.valueOf(packet), Optional.ofNullable(packet));
        log.add(e);
        return e;
    }

    private List<Evidence> of(String connection) {
        return log.stream().filter(e -> e.connection().equals(connection)).toList();
    }

    private Evidence forbidden() {
        return at(Direction.SUITE_TO_DEVICE, "client", new Subscribe(0x02, 4, MqttProperties.EMPTY,
                List.of(new Subscription("ward/#/temperature", 1))));
    }

    private void control(int code) {
        at(Direction.DEVICE_TO_SUITE, "control", new Suback(0, 5, MqttProperties.EMPTY, List.of(code)));
    }

    private static void assertFails(Outcome o, String expectedText) {
        assertEquals(1, o.findings().size(), String.valueOf(o));
        assertTrue(o.findings().get(0).message().contains(expectedText), o.findings().get(0).message());
    }

    @Test
    void aFailureCodeBesideAGrantedControlPasses() {
        Evidence offending = forbidden();
        at(Direction.DEVICE_TO_SUITE, "client", new Suback(0, 4, MqttProperties.EMPTY, List.of(0x8F)));
        control(1);
        Outcome o = FilterRefusalCheck.judge("r", offending, of("client"), false, BOUND, of("control"));
        assertTrue(o.passed(), String.valueOf(o));
    }

    @Test
    void aClosedConnectionBesideAGrantedControlPasses() {
        Evidence offending = forbidden();
        control(1);
        assertTrue(FilterRefusalCheck.judge("r", offending, of("client"), true, BOUND, of("control")).passed());
    }

    @Test
    void aRefusalIsInconclusiveWhenTheControlWasRefusedToo() {
        Evidence offending = forbidden();
        control(0x80);
        Outcome o = FilterRefusalCheck.judge("r", offending, of("client"), true, BOUND, of("control"));
        assertNotNull(o.inconclusiveReason());
        assertTrue(o.inconclusiveReason().contains("control"), o.inconclusiveReason());
    }

    @Test
    void aGrantedForbiddenFilterFailsWhateverTheControlShows() {
        Evidence offending = forbidden();
        at(Direction.DEVICE_TO_SUITE, "client", new Suback(0, 4, MqttProperties.EMPTY, List.of(1)));
        assertFails(FilterRefusalCheck.judge("r", offending, of("client"), false, BOUND, of("control")), "granted QoS 1");
    }

    @Test
    void noAnswerOnAnOpenConnectionFails() {
        Evidence offending = forbidden();
        control(1);
        assertFails(FilterRefusalCheck.judge("r", offending, of("client"), false, BOUND, of("control")),
                "no SUBACK and the connection was still open 2000 ms later");
    }

    @Test
    void aSubackForAnotherPacketIdentifierIsNoAnswer() {
        Evidence offending = forbidden();
        at(Direction.DEVICE_TO_SUITE, "client", new Suback(0, 3, MqttProperties.EMPTY, List.of(1)));
        control(1);
        assertFails(FilterRefusalCheck.judge("r", offending, of("client"), false, BOUND, of("control")), "no SUBACK");
    }
}
