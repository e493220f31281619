package org.iomt.broker.checks;

import org.iomt.broker.checks.MalformedSweepCheck.ControlRound;
import org.iomt.broker.checks.MalformedSweepCheck.SweepCase;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttProperties;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sweep's verdict on hand-made recordings: closed or not, the control client served or not, cases not sent. */
@Tag("small")
class MalformedSweepCheckTest {

    private static final Duration BOUND = Duration.ofSeconds(2);

    private final Recording recording = new Recording();

    private SweepCase sent(String name, String type, String connection, boolean closed, Object... answers) {
        Evidence offending = recording.at(Direction.SUITE_TO_DEVICE, connection, null);
        for (Object answer : answers) {
            recording.at(Direction.DEVICE_TO_SUITE, connection, answer);
        }
        List<Evidence> all = recording.of(connection);
        return new SweepCase(name, type, "c800", connection, offending, all, closed, null);
    }

    private Evidence note() {
        return recording.at(Direction.TRANSPORT, "control", null);
    }

    private ControlRound round(int after, boolean back) {
        return new ControlRound(after, back, List.of(recording.at(Direction.SUITE_TO_DEVICE, "control", null)));
    }

    @Test
    void passesWhenEveryConnectionIsClosedAndTheControlComesBack() {
        List<SweepCase> cases = List.of(sent("PINGREQ/x", "PINGREQ", "s1", true),
                sent("PUBACK/y", "PUBACK", "s2", true, new Disconnect(0, 0x81, MqttProperties.EMPTY)));
        Outcome o = MalformedSweepCheck.judge("r", cases, List.of(round(2, true)), note(), BOUND);
        assertTrue(o.passed(), String.valueOf(o));
        assertEquals("control", o.judged().get(0).connection(), "the summary is cited first");
        assertEquals("PINGREQ 1 sent, 1 closed; PUBACK 1 sent, 1 closed", MalformedSweepCheck.summary(cases));
    }

    @Test
    void eachConnectionLeftOpenIsAFindingNamingTheCaseTheConnectionAndTheFrame() {
        List<SweepCase> cases = List.of(sent("PINGREQ/x", "PINGREQ", "s1", false), sent("PUBACK/y", "PUBACK", "s2", true),
                sent("CONNECT/z", "CONNECT", "s3", true, new Connack(0, false, 0, MqttProperties.EMPTY)));
        Outcome o = MalformedSweepCheck.judge("r", cases, List.of(round(3, true)), note(), BOUND);
        assertEquals(2, o.findings().size(), String.valueOf(o));
        assertTrue(o.findings().get(0).message().startsWith("PINGREQ/x on connection s1 (frame c800)"));
        assertTrue(o.findings().get(0).message().contains("[sweep: PINGREQ 1 sent, 0 closed; PUBACK 1 sent, 1 closed; "
                + "CONNECT 1 sent, 0 closed]"), o.findings().get(0).message());
        assertTrue(o.findings().get(1).message().contains("successful CONNACK"));
    }

    @Test
    void aDisconnectWithASuccessCodeIsNoRefusal() {
        Outcome o = MalformedSweepCheck.judge("r", List.of(sent("PUBACK/y", "PUBACK", "s2", true,
                new Disconnect(0, 0x00, MqttProperties.EMPTY))), List.of(round(1, true)), note(), BOUND);
        assertEquals(1, o.findings().size());
    }

    @Test
    void aControlMessageThatDoesNotComeBackIsAFinding() {
        Outcome o = MalformedSweepCheck.judge("r", List.of(sent("PUBACK/y", "PUBACK", "s2", true)),
                List.of(round(1, true), round(2, false)), note(), BOUND);
        assertEquals(1, o.findings().size());
        assertTrue(o.findings().get(0).message().contains("sent after 2 case(s) did not come back"));
    }

    @Test
    void connectionsLeftOpenAreNotJudgedBesideNoControlThatCameBack() {
        Outcome o = MalformedSweepCheck.judge("r", List.of(sent("PINGREQ/x", "PINGREQ", "s1", false)), List.of(round(1, false)),
                note(), BOUND);
        assertEquals(1, o.findings().size(), "only the control round");
        assertTrue(o.findings().get(0).message().contains("control client"));
    }

    @Test
    void nothingSentIsInconclusive() {
        SweepCase refused = new SweepCase("PUBACK/y", "PUBACK", "c800", "s1", null, List.of(), false,
                "the broker did not accept the well-formed CONNECT");
        Outcome o = MalformedSweepCheck.judge("r", List.of(refused), List.of(round(1, true)), note(), BOUND);
        assertNotNull(o.inconclusiveReason());
        assertEquals("PUBACK 0 sent, 0 closed (1 not sent)", MalformedSweepCheck.summary(List.of(refused)));
    }
}
