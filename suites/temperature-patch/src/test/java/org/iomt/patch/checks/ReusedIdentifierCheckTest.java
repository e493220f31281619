package org.iomt.patch.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rule on a message sent under a freed packet identifier, on hand-made exchanges between the suite and the device. */
@Tag("small")
class ReusedIdentifierCheckTest {

    private static final String REQ = "mqtt-5.0:TEST";
    private final List<Evidence> log = new ArrayList<>();

    private Evidence on(Direction direction, String connection, Object packet) {
        Evidence e = new Evidence("test", log.size() + 1, Instant.EPOCH.plusMillis(log.size()), log.size() * 1_000_000L,
                direction, connection, new byte[0], String.valueOf(packet), Optional.ofNullable(packet));
        log.add(e);
        return e;
    }

    private void command(int qos, int id) {
        on(Direction.SUITE_TO_DEVICE, "c1", Publish.of("cmd", qos, false, id, new byte[] {1}));
    }

    private void device(PublishAck ack) {
        on(Direction.DEVICE_TO_SUITE, "c1", ack);
    }

    private Outcome judge(int qos) {
        return new ReusedIdentifierCheck(REQ, qos, Duration.ofSeconds(1)).judge(log);
    }

    private static String reasons(Outcome outcome) {
        return outcome.findings().stream().map(Finding::message).collect(Collectors.joining("; "));
    }

    @Test
    void aQos1CommandUnderAnAcknowledgedIdentifierAnsweredAgainPasses() {
        command(1, 1);
        command(1, 2);
        device(PublishAck.puback(1));
        device(PublishAck.puback(2));
        command(1, 1);
        device(PublishAck.puback(1));
        Outcome outcome = judge(1);
        assertTrue(outcome.passed(), reasons(outcome));
        assertEquals(List.of(3L, 5L, 6L), outcome.judged().stream().map(Evidence::seq).toList());
    }

    @Test
    void aQos1CommandUnderAnAcknowledgedIdentifierLeftUnansweredFails() {
        command(1, 1);
        device(PublishAck.puback(1));
        command(1, 1);
        Outcome outcome = judge(1);
        assertFalse(outcome.passed());
        assertTrue(reasons(outcome).contains("packet #3: the device sent no PUBACK under packet identifier 1 for the QoS 1 "
                + "command the suite sent under it on connection c1 after the device had freed it (packet #2) before the "
                + "observation window closed"), reasons(outcome));
    }

    @Test
    void anIdentifierNeverFreedIsNotJudged() {
        command(1, 1);
        command(1, 2);
        device(PublishAck.puback(2));
        device(PublishAck.puback(3));
        assertNotNull(judge(1).inconclusiveReason(), "no PUBACK under identifier 1 freed it");
    }

    @Test
    void atQos2OnlyAPubcompFreesTheIdentifier() {
        command(2, 1);
        device(PublishAck.pubrec(1));
        on(Direction.SUITE_TO_DEVICE, "c1", PublishAck.pubrel(1));
        device(PublishAck.pubcomp(1));
        command(2, 1);
        Outcome unanswered = judge(2);
        assertFalse(unanswered.passed());
        assertTrue(reasons(unanswered).contains("sent no PUBREC under packet identifier 1"), reasons(unanswered));
        device(PublishAck.pubrec(1));
        assertTrue(judge(2).passed(), reasons(judge(2)));
        assertNotNull(judge(1).inconclusiveReason(), "no command at QoS 1 was sent");
    }

    @Test
    void anAnswerOfTheWrongKindFails() {
        command(1, 1);
        device(PublishAck.puback(1));
        command(1, 1);
        device(PublishAck.pubrec(1));
        assertTrue(reasons(judge(1)).contains("with PUBREC, expected PUBACK"), reasons(judge(1)));
    }

    @Test
    void aCommandTheSuiteCutOffIsNotJudged() {
        command(1, 1);
        device(PublishAck.puback(1));
        command(1, 1);
        on(Direction.TRANSPORT, "c1", ConnectionEnded.causedBySuite("dropped by the suite"));
        assertNotNull(judge(1).inconclusiveReason());
    }

    @Test
    void anotherConnectionsAcknowledgementFreesNothingHere() {
        command(1, 1);
        on(Direction.DEVICE_TO_SUITE, "c2", PublishAck.puback(1));
        command(1, 1);
        assertNotNull(judge(1).inconclusiveReason());
    }
}
