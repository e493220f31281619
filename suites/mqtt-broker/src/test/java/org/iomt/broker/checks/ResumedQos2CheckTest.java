package org.iomt.broker.checks;

import org.iomt.broker.checks.ResumedQos2Check.Flow;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Suback;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.iomt.broker.checks.WireLog.assertInconclusive;
import static org.iomt.broker.checks.WireLog.assertPasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A QoS 2 flow of the broker's cut by the subscriber's connection, judged on what the resumed connection received. */
@Tag("small")
class ResumedQos2CheckTest {

    private static final String READING = "reading #1";
    private static final String CONTROL = "control reading #2";

    private final WireLog before = new WireLog("s1-monitor");
    private final WireLog resumed = new WireLog("s1-monitor-2");

    private static Publish publish(String payload, int qos, int id, boolean dup) {
        return Publish.of("ward/readings", qos, false, id, payload.getBytes(StandardCharsets.UTF_8)).withDup(dup);
    }

    /** The first connection: subscription granted at QoS 2 and the reading delivered under identifier 7. */
    private void delivered() {
        before.broker(new Suback(0, 1, MqttProperties.EMPTY, List.of(2)));
        before.broker(publish(READING, 2, 7, false));
    }

    /** The first connection also carries the subscriber's PUBREC and the broker's PUBREL. */
    private void released() {
        delivered();
        before.suite(PublishAck.pubrec(7));
        before.broker(PublishAck.pubrel(7));
    }

    private void control() {
        resumed.broker(publish(CONTROL, 1, 1, false));
    }

    private Flow flow() {
        return new Flow(before.entries(), resumed.entries(), READING, CONTROL);
    }

    @Test
    void theUnacknowledgedReadingSentAgainUnderItsIdentifierPasses() {
        delivered();
        resumed.broker(publish(READING, 2, 7, true));
        control();
        assertPasses(ResumedQos2Check.publishResent("r", flow()));
    }

    @Test
    void theUnacknowledgedReadingMissingBesideTheControlOrUnderAnotherIdentifierFails() {
        delivered();
        control();
        assertEquals(1, ResumedQos2Check.publishResent("r", flow()).findings().size());
        resumed.broker(publish(READING, 2, 8, true));
        String why = ResumedQos2Check.publishResent("r", flow()).findings().get(0).message();
        assertTrue(why.contains("came under 8"), why);
    }

    @Test
    void withoutTheControlNothingMissingIsJudged() {
        released();
        assertInconclusive(ResumedQos2Check.publishResent("r", flow()));
        assertInconclusive(ResumedQos2Check.releaseResent("r", flow()));
        assertInconclusive(ResumedQos2Check.publishNotResentAfterRelease("r", flow()));
    }

    @Test
    void aReadingTheSubscriberAcknowledgedIsNoCaseForAResend() {
        delivered();
        before.suite(PublishAck.pubrec(7));
        control();
        assertInconclusive(ResumedQos2Check.publishResent("r", flow()));
    }

    @Test
    void aGrantBelowQos2IsNotApplicable() {
        before.broker(new Suback(0, 1, MqttProperties.EMPTY, List.of(1)));
        before.broker(publish(READING, 1, 7, false));
        control();
        assertNotNull(ResumedQos2Check.publishResent("r", flow()).notApplicableReason());
    }

    @Test
    void theReleaseSentAgainUnderTheReadingsIdentifierPassesAndItsAbsenceBesideTheControlFails() {
        released();
        control();
        assertEquals(1, ResumedQos2Check.releaseResent("r", flow()).findings().size());
        resumed.broker(PublishAck.pubrel(7));
        assertPasses(ResumedQos2Check.releaseResent("r", flow()));
    }

    @Test
    void noReleaseOnTheFirstConnectionLeavesTheReleaseRulesUnjudged() {
        delivered();
        before.suite(PublishAck.pubrec(7));
        control();
        assertInconclusive(ResumedQos2Check.releaseResent("r", flow()));
        assertInconclusive(ResumedQos2Check.publishNotResentAfterRelease("r", flow()));
    }

    @Test
    void onlyTheReleaseAfterResumptionPassesAndTheReleasedReadingSentAgainFails() {
        released();
        resumed.broker(PublishAck.pubrel(7));
        control();
        assertPasses(ResumedQos2Check.publishNotResentAfterRelease("r", flow()));
        resumed.broker(publish(READING, 2, 7, true));
        assertEquals(1, ResumedQos2Check.publishNotResentAfterRelease("r", flow()).findings().size());
    }

    @Test
    void aNewMessageUnderTheReleasedIdentifierOnceTheFlowIsCompleteIsNoResendButOneBeforeIs() {
        released();
        resumed.broker(PublishAck.pubrel(7));
        resumed.suite(PublishAck.pubcomp(7));
        resumed.broker(publish(CONTROL, 1, 7, false));
        assertPasses(ResumedQos2Check.publishNotResentAfterRelease("r", flow()));
        WireLog early = new WireLog("s1-monitor-3");
        early.broker(publish("another reading", 2, 7, true));
        early.broker(PublishAck.pubrel(7));
        early.broker(publish(CONTROL, 1, 8, false));
        assertEquals(1, ResumedQos2Check.publishNotResentAfterRelease("r",
                new Flow(before.entries(), early.entries(), READING, CONTROL)).findings().size());
    }
}
