package org.iomt.broker.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
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

/** An unauthorised QoS 1 PUBLISH judged on a recording: acknowledged, closed, left silent beside a control, or unjudged. */
@Tag("small")
class UnauthorisedPublishCheckTest {

    private static final Duration BOUND = Duration.ofSeconds(3);

    private final Recording rec = new Recording();

    private Evidence publish(String topic, int id) {
        return rec.at(Direction.SUITE_TO_DEVICE, "p", Publish.of(topic, 1, false, id, "r".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aPubackForTheUnauthorisedPublishPasses() {
        Evidence unauthorised = publish("x/unauthorised", 1);
        rec.at(Direction.DEVICE_TO_SUITE, "p", PublishAck.puback(1));
        assertTrue(UnauthorisedPublishCheck.answered("r", unauthorised, Optional.empty(), rec.of("p"), BOUND).passed());
    }

    @Test
    void theBrokerClosingTheConnectionPasses() {
        Evidence unauthorised = publish("x/unauthorised", 1);
        rec.at(Direction.TRANSPORT, "p", ConnectionEnded.byPeer("closed by the broker"));
        assertTrue(UnauthorisedPublishCheck.answered("r", unauthorised, Optional.empty(), rec.of("p"), BOUND).passed());
    }

    @Test
    void silenceWhileALaterPublishIsAcknowledgedFails() {
        Evidence unauthorised = publish("x/unauthorised", 1);
        Evidence control = publish("x/readings", 2);
        rec.at(Direction.DEVICE_TO_SUITE, "p", PublishAck.puback(2));
        assertFails(UnauthorisedPublishCheck.answered("r", unauthorised, Optional.of(control), rec.of("p"), BOUND),
                "expected a PUBACK for packet identifier 1");
    }

    @Test
    void aPubackForAnotherIdentifierOnlyDoesNotCount() {
        Evidence unauthorised = publish("x/unauthorised", 1);
        rec.at(Direction.DEVICE_TO_SUITE, "p", PublishAck.puback(9));
        Evidence control = publish("x/readings", 2);
        rec.at(Direction.DEVICE_TO_SUITE, "p", PublishAck.puback(2));
        assertFails(UnauthorisedPublishCheck.answered("r", unauthorised, Optional.of(control), rec.of("p"), BOUND),
                "neither came");
    }

    @Test
    void silenceWithoutAnAcknowledgedControlShowsNothing() {
        Evidence unauthorised = publish("x/unauthorised", 1);
        Evidence control = publish("x/readings", 2);
        assertNotNull(UnauthorisedPublishCheck.answered("r", unauthorised, Optional.of(control), rec.of("p"), BOUND)
                .inconclusiveReason());
    }
}
