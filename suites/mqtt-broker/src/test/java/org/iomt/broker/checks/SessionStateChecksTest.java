package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.Publish;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whose session a message is held in, how long a subscription lasts, and every session a message is added to. */
@Tag("small")
class SessionStateChecksTest {

    private final Recording wire = new Recording();

    private List<Evidence> connection(String name, boolean sessionPresent, String... received) {
        wire.at(Direction.DEVICE_TO_SUITE, name, new Connack(0, sessionPresent, 0, MqttProperties.EMPTY));
        for (String payload : received) {
            wire.at(Direction.DEVICE_TO_SUITE, name, Publish.of("t", 1, false, 1, payload.getBytes(StandardCharsets.UTF_8)));
        }
        return wire.of(name);
    }

    private void sent(String name, String payload) {
        wire.at(Direction.SUITE_TO_DEVICE, name, Publish.of("t", 1, false, 2, payload.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aHeldMessageReachingItsOwnerAloneShowsTheSessionIsTheIdentifiers() {
        List<Evidence> newcomer = connection("newcomer", false);
        assertTrue(SessionOwnerCheck.onlyTheOwner("r", connection("owner", true, "held"), newcomer, "held").passed());
    }

    @Test
    void aHeldMessageReachingANewcomerFailsWhetherOrNotTheOwnerHadIt() {
        assertFails(SessionOwnerCheck.onlyTheOwner("r", connection("owner", true), connection("newcomer", true, "held"), "held"),
                "connection newcomer received it, and connection owner did not");
        assertFails(SessionOwnerCheck.onlyTheOwner("r", connection("owner2", true, "held"), connection("newcomer2", false, "held"),
                "held"), "connection newcomer2 received it, and connection owner2 too");
    }

    @Test
    void aHeldMessageTheOwnerNeverGotLeavesTheNewcomersSilenceUnjudged() {
        Outcome o = SessionOwnerCheck.onlyTheOwner("r", connection("owner", false), connection("newcomer", false), "held");
        assertNotNull(o.inconclusiveReason());
        assertTrue(o.inconclusiveReason().contains("connection owner") && o.inconclusiveReason().contains("connection newcomer"));
    }

    @Test
    void laterMessagesOnTheFirstSubscriptionPass() {
        assertTrue(LastingSessionCheck.stillDelivers("r", connection("m", false, "first", "second", "third"), "first",
                List.of("second", "third")).passed());
    }

    @Test
    void aLaterMessageMissingAfterTheFirstCameFailsAndWhatTheClientSentItselfIsNotTakenForADelivery() {
        connection("m", false, "first");
        sent("m", "third");
        assertFails(LastingSessionCheck.stillDelivers("r", wire.of("m"), "first", List.of("third")),
                "connection m received only \"first\"");
    }

    @Test
    void noFirstMessageProvesNothing() {
        Outcome o = LastingSessionCheck.stillDelivers("r", connection("m", false), "first", List.of("second"));
        assertNotNull(o.inconclusiveReason());
        assertTrue(o.inconclusiveReason().contains("connection m"));
    }

    @Test
    void aMessageAtBothTheConnectedAndTheResumedSubscriberPasses() {
        assertTrue(EverySessionCheck.addedToEach("r", connection("station", false, "x"), connection("monitor", true, "x"), "x")
                .passed());
    }

    @Test
    void aMessageMissingFromAResumedSessionFails() {
        assertFails(EverySessionCheck.addedToEach("r", connection("station", false, "x"), connection("monitor", true), "x"),
                "connection monitor resumed that session (Session Present 1) and did not receive it");
    }

    @Test
    void aMessageMissingFromTheConnectedSubscriberFails() {
        assertFails(EverySessionCheck.addedToEach("r", connection("station", false), connection("monitor", true, "x"), "x"),
                "to reach the connected subscriber on connection station");
    }

    @Test
    void aSessionThatWasNotResumedOrAMessageNobodyGotProvesNothing() {
        Outcome gone = EverySessionCheck.addedToEach("r", connection("station", false, "x"), connection("monitor", false), "x");
        assertNotNull(gone.inconclusiveReason());
        assertTrue(gone.inconclusiveReason().contains("Session Present 0"));
        Outcome none = EverySessionCheck.addedToEach("r", connection("station2", false), connection("monitor2", true), "x");
        assertNotNull(none.inconclusiveReason());
    }
}
