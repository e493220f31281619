package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A shared delivery refused or cut off, judged on a recording of two members: sent on, discarded beside a control, or unjudged. */
@Tag("small")
class SharedRedistributionCheckTest {

    private static final Duration BOUND = Duration.ofSeconds(3);
    private static final List<String> CONTROLS = List.of("later");

    private final Recording rec = new Recording();

    private Evidence delivered(String member, String payload) {
        return rec.at(Direction.DEVICE_TO_SUITE, member, Publish.of("r", 1, false, 1, payload.getBytes(StandardCharsets.UTF_8)));
    }

    private Evidence refused(String member) {
        return rec.at(Direction.SUITE_TO_DEVICE, member, PublishAck.puback(1).withReason(0x80, MqttProperties.EMPTY));
    }

    private Outcome judge(Evidence delivery, Evidence refusal) {
        return SharedRedistributionCheck.notSentToAnother("r", Optional.of(delivery), Optional.of(refusal), publishes("m1"),
                publishes("m2"), CONTROLS, BOUND);
    }

    private List<Evidence> publishes(String member) {
        return rec.of(member).stream().filter(e -> e.as(Publish.class).isPresent()).toList();
    }

    @Test
    void theRefusedReadingAbsentBesideALaterOnePasses() {
        Evidence delivery = delivered("m1", "reading");
        Evidence refusal = refused("m1");
        delivered("m2", "later");
        assertTrue(judge(delivery, refusal).passed());
    }

    @Test
    void theRefusedReadingOfferedToTheOtherMemberFails() {
        Evidence delivery = delivered("m1", "reading");
        Evidence refusal = refused("m1");
        delivered("m2", "reading");
        delivered("m2", "later");
        assertFails(judge(delivery, refusal), "sent it to connection m2 afterwards");
    }

    @Test
    void theRefusedReadingSentAgainToTheRefusingMemberFails() {
        Evidence delivery = delivered("m1", "reading");
        Evidence refusal = refused("m1");
        delivered("m1", "reading");
        delivered("m2", "later");
        assertFails(judge(delivery, refusal), "sent it again to connection m1");
    }

    @Test
    void withoutALaterReadingAtTheOtherMemberTheAbsenceShowsNothing() {
        Evidence delivery = delivered("m1", "reading");
        Evidence refusal = refused("m1");
        delivered("m1", "later");
        assertNotNull(judge(delivery, refusal).inconclusiveReason());
    }

    @Test
    void aReadingBothMembersGotBeforeTheRefusalIsNotJudged() {
        Evidence delivery = delivered("m1", "reading");
        delivered("m2", "reading");
        Evidence refusal = refused("m1");
        delivered("m2", "later");
        assertNotNull(judge(delivery, refusal).inconclusiveReason());
    }

    @Test
    void aReadingSentToTheOtherMemberAfterTheChosenOneWasDroppedFails() {
        Evidence delivery = delivered("m1", "reading");
        Evidence drop = rec.at(Direction.TRANSPORT, "m1", null);
        delivered("m2", "reading");
        delivered("m2", "later");
        assertFails(judge(delivery, drop), "was dropped before acknowledging it");
    }

    @Test
    void aDeliveryBelowQos2LeavesTheRulesOnLostConnectionsNotApplicable() {
        Evidence qos1 = delivered("m1", "reading");
        Evidence qos2 = rec.at(Direction.DEVICE_TO_SUITE, "m1", Publish.of("r", 2, false, 2, "other".getBytes(StandardCharsets.UTF_8)));
        assertNotNull(SharedRedistributionCheck.belowQos2(Optional.of(qos1)).orElseThrow().notApplicableReason());
        assertTrue(SharedRedistributionCheck.belowQos2(Optional.of(qos2)).isEmpty());
    }

    @Test
    void noDeliveryLeavesNothingToRefuse() {
        assertNotNull(SharedRedistributionCheck.notSentToAnother("r", Optional.empty(), Optional.empty(), List.of(), List.of(), CONTROLS,
                BOUND)
                .inconclusiveReason());
    }
}
