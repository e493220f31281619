package org.iomt.broker.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A packet identifier reused after a refused QoS 2 PUBLISH, judged on hand-made recordings of the patch and the monitor. */
@Tag("small")
class RefusedQos2ReuseCheckTest {

    private static final Duration BOUND = Duration.ofSeconds(3);
    private static final int NOT_AUTHORIZED = 0x87;

    private final Recording rec = new Recording();

    private Evidence publish(String topic, int id, String payload) {
        return rec.at(Direction.SUITE_TO_DEVICE, "p", Publish.of(topic, 2, false, id, payload.getBytes(StandardCharsets.UTF_8)));
    }

    private void pubrec(int id, int code) {
        rec.at(Direction.DEVICE_TO_SUITE, "p", new PublishAck(PacketType.PUBREC, 0, id, code, MqttProperties.EMPTY));
    }

    private void delivered(String payload) {
        rec.at(Direction.DEVICE_TO_SUITE, "m", Publish.of("w/readings", 2, false, 40, payload.getBytes(StandardCharsets.UTF_8)));
    }

    /** A reading to the readings accepted and delivered, then one to the unauthorised topic answered with {@code code}. */
    private Evidence[] controlThenRefused(int code) {
        Evidence control = publish("w/readings", 1, "c");
        pubrec(1, 0);
        delivered("c");
        Evidence refused = publish("w/unauthorised", 2, "x");
        pubrec(2, code);
        return new Evidence[] {control, refused};
    }

    private Outcome judge(Evidence[] sent, Optional<Evidence> reused) {
        return RefusedQos2ReuseCheck.takenAsNew("r", sent[0], sent[1], reused, rec.of("p"), rec.of("m"), BOUND);
    }

    @Test
    void aReusedIdentifierAcceptedAndDeliveredPasses() {
        Evidence[] sent = controlThenRefused(NOT_AUTHORIZED);
        Evidence reused = publish("w/readings", 2, "n");
        pubrec(2, 0);
        delivered("n");
        assertTrue(judge(sent, Optional.of(reused)).passed());
    }

    @Test
    void aReusedIdentifierRefusedAsTheRefusedMessageFails() {
        Evidence[] sent = controlThenRefused(NOT_AUTHORIZED);
        Evidence reused = publish("w/readings", 2, "n");
        pubrec(2, NOT_AUTHORIZED);
        assertFails(judge(sent, Optional.of(reused)), "answered it with PUBREC 0x87");
    }

    @Test
    void aReusedIdentifierAcceptedButNeverDeliveredFails() {
        Evidence[] sent = controlThenRefused(NOT_AUTHORIZED);
        Evidence reused = publish("w/readings", 2, "n");
        pubrec(2, 0);
        assertFails(judge(sent, Optional.of(reused)), "as if it were the refused message again");
    }

    @Test
    void aRefusalWithASuccessCodeIsNotApplicable() {
        Outcome o = judge(controlThenRefused(0x10), Optional.empty());
        assertTrue(o.notApplicableReason().contains("PUBREC 0x10"), String.valueOf(o));
    }

    @Test
    void aCloseInsteadOfAPubrecIsNotApplicable() {
        Evidence control = publish("w/readings", 1, "c");
        pubrec(1, 0);
        delivered("c");
        Evidence refused = publish("w/unauthorised", 2, "x");
        rec.at(Direction.TRANSPORT, "p", ConnectionEnded.byPeer("closed by the broker"));
        Outcome o = judge(new Evidence[] {control, refused}, Optional.empty());
        assertTrue(o.notApplicableReason().contains("closed connection p"), String.valueOf(o));
    }

    @Test
    void noAnswerToTheReusedIdentifierShowsNothing() {
        Evidence[] sent = controlThenRefused(NOT_AUTHORIZED);
        Evidence reused = publish("w/readings", 2, "n");
        assertNotNull(judge(sent, Optional.of(reused)).inconclusiveReason());
    }

    @Test
    void withoutADeliveredControlNothingIsJudged() {
        Evidence control = publish("w/readings", 1, "c");
        pubrec(1, 0);
        Evidence refused = publish("w/unauthorised", 2, "x");
        pubrec(2, NOT_AUTHORIZED);
        Evidence reused = publish("w/readings", 2, "n");
        pubrec(2, NOT_AUTHORIZED);
        Outcome o = judge(new Evidence[] {control, refused}, Optional.of(reused));
        assertTrue(o.findings().isEmpty() && o.inconclusiveReason() != null, String.valueOf(o));
    }
}
