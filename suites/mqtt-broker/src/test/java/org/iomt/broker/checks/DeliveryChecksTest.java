package org.iomt.broker.checks;

import org.iomt.broker.checks.DeliveryCheck.Control;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.Suback;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The delivery checks of the broker role on hand-made recordings: an absence passes only beside a control that came. */
@Tag("small")
class DeliveryChecksTest {

    private final List<Evidence> log = new ArrayList<>();

    private Evidence delivered(String payload, int qos) {
        return delivered(payload, qos, false);
    }

    private Evidence delivered(String payload, int qos, boolean retain) {
        Publish p = new Publish(qos << 1 | (retain ? 1 : 0), "t", qos == 0 ? 0 : log.size() + 1, MqttProperties.EMPTY,
                payload.getBytes(StandardCharsets.UTF_8));
        Evidence e = new Evidence("test", log.size() + 1, Instant.EPOCH, 0, Direction.DEVICE_TO_SUITE, "sub", new byte[10],
                String.valueOf(p), Optional.of(p));
        log.add(e);
        return e;
    }

    private static void assertInconclusive(Outcome o, String expectedText) {
        assertNotNull(o.inconclusiveReason(), String.valueOf(o));
        assertTrue(o.inconclusiveReason().contains(expectedText), o.inconclusiveReason());
    }

    @Test
    void anAbsencePassesOnlyBesideEveryControlAndCitesThem() {
        Evidence control = delivered("control", 1);
        Evidence other = delivered("other control", 1);
        Outcome passed = DeliveryCheck.noneDeliveredUnlike("r", List.of(control), List.of("old"), "here",
                new Control(List.of(control), "control", "it delivers"), new Control(List.of(other), "other control", "it takes"));
        assertTrue(passed.passed());
        assertEquals(List.of(control, other), passed.judged());
        assertInconclusive(DeliveryCheck.noneDeliveredUnlike("r", List.of(control), List.of("old"), "here",
                new Control(List.of(control), "control", "it delivers"), new Control(List.of(), "other control", "it takes")),
                "it is not shown that it takes");
    }

    @Test
    void anAbsenceWithoutAControlOrWithNothingForbiddenIsNotAPass() {
        assertInconclusive(DeliveryCheck.noneDeliveredUnlike("r", List.of(), List.of("old"), "here"), "no control message");
        Evidence control = delivered("control", 1);
        assertInconclusive(DeliveryCheck.noneDeliveredUnlike("r", List.of(control), List.of(), "here",
                new Control(List.of(control), "control", "it delivers")), "withheld here");
    }

    @Test
    void aMissingMessageFailsOnlyBesideAControlThatCame() {
        Evidence control = delivered("control will", 1);
        assertFails(DeliveryCheck.deliveredLike("r", List.of(control), "will", "after a malformed DISCONNECT",
                new Control(List.of(control), "control will", "it publishes wills")), "\"will\" to be delivered");
        assertInconclusive(DeliveryCheck.deliveredLike("r", List.of(), "will", "after a malformed DISCONNECT",
                new Control(List.of(), "control will", "it publishes wills")), "it is not shown that it publishes wills");
        Evidence will = delivered("will", 1);
        Outcome passed = DeliveryCheck.deliveredLike("r", List.of(will, control), "will", "after a malformed DISCONNECT",
                new Control(List.of(will, control), "control will", "it publishes wills"));
        assertTrue(passed.passed());
        assertEquals(List.of(will, control), passed.judged());
    }

    @Test
    void aForbiddenDeliveryFailsEvenWhenTheControlDidNotCome() {
        Evidence old = delivered("old", 1);
        assertFails(DeliveryCheck.noneDeliveredUnlike("r", List.of(old), List.of("old", "older"), "here",
                new Control(List.of(), "control", "it delivers")), "\"old\" not to be delivered here");
    }

    @Test
    void onlyTheExpectedMessagesPassAndAMissingOneFailsBeforeTheOthersAreJudged() {
        Evidence wanted = delivered("wanted", 1);
        Evidence unwanted = delivered("unwanted", 1);
        Outcome only = DeliveryCheck.onlyDelivered("r", List.of(wanted), List.of("wanted"), "there", List.of("unwanted"), "here");
        assertTrue(only.passed());
        assertEquals(List.of(wanted), only.judged());
        assertFails(DeliveryCheck.onlyDelivered("r", List.of(wanted, unwanted), List.of("wanted"), "there", List.of("unwanted"),
                "here"), "\"unwanted\" not to be delivered here");
        assertFails(DeliveryCheck.onlyDelivered("r", List.of(unwanted), List.of("wanted"), "there", List.of("unwanted"), "here"),
                "\"wanted\" to be delivered there; it was not (connection sub received only \"unwanted\")");
        assertInconclusive(DeliveryCheck.onlyDelivered("r", List.of(unwanted), List.of(), "there", List.of("unwanted"), "here"),
                "no message was published");
    }

    @Test
    void qosIsJudgedOnlyOnMessagesThatCame() {
        Evidence q0 = delivered("q0", 0);
        Evidence q1 = delivered("q1", 1);
        Map<String, Integer> expected = new LinkedHashMap<>(Map.of("q0", 0));
        expected.put("q1", 1);
        assertTrue(DeliveryCheck.deliveredAtQos("r", List.of(q0, q1), expected, "to it").passed());
        expected.put("q1", 0);
        assertFails(DeliveryCheck.deliveredAtQos("r", List.of(q0, q1), expected, "to it"), "expected QoS 0");
        assertFails(DeliveryCheck.deliveredAtQos("r", List.of(q0), expected, "to it"), "\"q1\" to be delivered to it");
        assertInconclusive(DeliveryCheck.deliveredAtQos("r", List.of(q0), Map.of(), "to it"), "no message was published");
        assertInconclusive(DeliveryCheck.each("r", List.of(q0), Map.of(), Publish::qos, "QoS"), "no message was published");
    }

    @Test
    void aWrongFlagFailsWithItsEvidenceEvenWhenAnotherMessageWasNotDelivered() {
        Evidence unmarked = delivered("q1", 1, false);
        Map<String, Boolean> expected = new LinkedHashMap<>();
        expected.put("q0", true);
        expected.put("q1", true);
        Outcome o = DeliveryCheck.each("r", List.of(unmarked), expected, Publish::retain, "RETAIN flag");
        assertFails(o, "expected RETAIN flag true on the delivery of \"q1\" on connection sub; it was false");
        assertEquals(List.of(unmarked), o.findings().get(0).evidence());
    }

    @Test
    void whatWasDeliveredIsJudgedAndWhatWasNotIsNamedOnlyWhenNothingCouldBe() {
        Evidence marked = delivered("q1", 1, true);
        Map<String, Boolean> expected = new LinkedHashMap<>();
        expected.put("q0", true);
        expected.put("q1", true);
        Outcome passed = DeliveryCheck.each("r", List.of(marked), expected, Publish::retain, "RETAIN flag");
        assertTrue(passed.passed(), String.valueOf(passed));
        assertEquals(List.of(marked), passed.judged());
        Evidence other = delivered("other", 1, true);
        Outcome nothing = DeliveryCheck.each("r", List.of(other), expected, Publish::retain, "RETAIN flag");
        assertInconclusive(nothing, "neither \"q0\" nor \"q1\" was delivered (connection sub received only \"other\")");
        assertEquals(List.of(other), nothing.judged());
        assertInconclusive(DeliveryCheck.each("r", List.of(), expected, Publish::retain, "RETAIN flag"),
                "neither \"q0\" nor \"q1\" was delivered (nothing was), so no RETAIN flag could be judged");
    }

    @Test
    void aClearedRetainedMessageIsJudgedOnlyBesideAProbeThatReceivedItBeforeTheClearing() {
        Suback granted = new Suback(0x90, 1, MqttProperties.EMPTY, List.of(1));
        Evidence probeSuback = new Evidence("test", 1, Instant.EPOCH, 0, Direction.DEVICE_TO_SUITE, "s1-probe", new byte[5],
                String.valueOf(granted), Optional.of(granted));
        Outcome unproven = DeliveryCheck.noneDeliveredUnlike("r", List.of(), List.of("retained"), "after the clearing",
                new Control(List.of(probeSuback), "retained", "the broker kept the retained reading"));
        assertInconclusive(unproven, "\"retained\" was not delivered either (connection s1-probe received no message), so it "
                + "is not shown that the broker kept the retained reading");
        assertEquals(List.of(probeSuback), unproven.judged());
        Evidence kept = delivered("retained", 1, true);
        Outcome cleared = DeliveryCheck.noneDeliveredUnlike("r", List.of(), List.of("retained"), "after the clearing",
                new Control(List.of(probeSuback, kept), "retained", "the broker kept the retained reading"));
        assertTrue(cleared.passed(), String.valueOf(cleared));
        assertEquals(List.of(kept), cleared.judged());
        Evidence survived = delivered("retained", 1, true);
        assertFails(DeliveryCheck.noneDeliveredUnlike("r", List.of(survived), List.of("retained"), "after the clearing",
                new Control(List.of(probeSuback, kept), "retained", "the broker kept the retained reading")),
                "\"retained\" not to be delivered after the clearing");
    }
}
