package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.Publish;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The identifiers of a single copy sent for overlapping subscriptions, judged on hand-made recordings. */
@Tag("small")
class SingleCopyIdentifiersCheckTest {

    private static final List<List<Integer>> SUBSCRIPTIONS = List.of(List.of(21), List.of(22), List.of());

    private final Recording rec = new Recording();

    private void copy(String payload, Integer... ids) {
        MqttProperties properties = MqttProperties.EMPTY;
        for (int id : ids) {
            properties = properties.with(MqttPropertyId.SUBSCRIPTION_IDENTIFIER, id);
        }
        rec.at(Direction.DEVICE_TO_SUITE, "s1-monitor", new Publish(0x02, "ward/readings", 1, properties,
                payload.getBytes(StandardCharsets.UTF_8)));
    }

    private Outcome judge() {
        return SingleCopyIdentifiersCheck.everyIdentifier("r", rec.of("s1-monitor"), "r", SUBSCRIPTIONS);
    }

    @Test
    void aSingleCopyWithEveryIdentifierInAnyOrderPasses() {
        copy("r", 22, 21);
        assertTrue(judge().passed(), String.valueOf(judge()));
    }

    @Test
    void aSingleCopyWithOneIdentifierOnlyFails() {
        copy("r", 21);
        assertFails(judge(), "[21, 22]; it carried [21]");
    }

    @Test
    void aCopyPerSubscriptionIsNotApplicable() {
        copy("r", 21);
        copy("r", 22);
        copy("r");
        assertTrue(judge().notApplicableReason().contains("for each of the 3 overlapping subscriptions of connection s1-monitor"),
                String.valueOf(judge()));
    }

    @Test
    void twoCopiesForThreeSubscriptionsShowNothing() {
        copy("r", 21, 22);
        copy("r");
        assertNotNull(judge().inconclusiveReason());
    }

    @Test
    void anotherMessageOnlyShowsNothing() {
        copy("other", 21, 22);
        assertTrue(judge().findings().isEmpty() && judge().inconclusiveReason().contains("was not delivered"), String.valueOf(judge()));
    }
}
