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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The identifiers of the copies a broker sends one per overlapping subscription, judged on hand-made recordings. */
@Tag("small")
class SubscriptionIdentifierCheckTest {

    private static final List<List<Integer>> SUBSCRIPTIONS = List.of(List.of(21), List.of(22), List.of());

    private final List<Evidence> log = new ArrayList<>();

    private void copy(Integer... ids) {
        MqttProperties properties = MqttProperties.EMPTY;
        for (int id : ids) {
            properties = properties.with(MqttPropertyId.SUBSCRIPTION_IDENTIFIER, id);
        }
        Publish p = new Publish(0x02, "ward/readings", log.size() + 1, properties, "r".getBytes(StandardCharsets.UTF_8));
        log.add(new Evidence("test", log.size() + 1, Instant.EPOCH, log.size(), Direction.DEVICE_TO_SUITE, "s1-monitor",
                new byte[2], String.valueOf(p), Optional.of(p)));
    }

    private Outcome judge() {
        return SubscriptionIdentifierCheck.perSubscription("r", log, "r", SUBSCRIPTIONS);
    }

    @Test
    void eachCopyWithItsOwnIdentifierInAnyOrderPasses() {
        copy(22);
        copy();
        copy(21);
        assertTrue(judge().passed(), String.valueOf(judge()));
    }

    @Test
    void copiesNamingTheOtherSubscriptionsFail() {
        copy(21, 22);
        copy(21, 22);
        copy(21, 22);
        Outcome o = judge();
        assertEquals(1, o.findings().size(), String.valueOf(o));
        assertTrue(o.findings().get(0).message().contains("[[21, 22], [21, 22], [21, 22]]"), o.findings().get(0).message());
    }

    @Test
    void aCopyWithoutItsIdentifierFails() {
        copy(21);
        copy();
        copy();
        assertEquals(1, judge().findings().size());
    }

    @Test
    void aSingleCopyIsNotThisRulesCaseAndNoCopyIsInconclusive() {
        assertNotNull(judge().inconclusiveReason());
        copy(21, 22);
        Outcome single = judge();
        assertTrue(single.findings().isEmpty() && !single.passed(), String.valueOf(single));
        assertTrue(single.notApplicableReason().contains("did not arise"), single.notApplicableReason());
    }

    @Test
    void aCountOfCopiesThatMatchesNeitherWayIsInconclusive() {
        copy(21);
        copy(22);
        assertNotNull(judge().inconclusiveReason());
    }
}
