package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperties;
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

/**
 * MQTT-4.7.2-1 judged on the broker's own retained $SYS messages where it refuses a client's $ publish: it passes only
 * beside the ordinary control, fails on a $ message reaching the wildcard subscription, and is not applicable when the
 * broker holds no retained $ message at all.
 */
@Tag("small")
class DollarTopicCheckTest {

    private final List<Evidence> log = new ArrayList<>();

    private Evidence delivered(String topic, String payload, boolean retain) {
        Publish p = new Publish(0b010 | (retain ? 1 : 0), topic, log.size() + 1, MqttProperties.EMPTY,
                payload.getBytes(StandardCharsets.UTF_8));
        Evidence e = new Evidence("test", log.size() + 1, Instant.EPOCH, 0, Direction.DEVICE_TO_SUITE, "sub", new byte[10],
                String.valueOf(p), Optional.of(p));
        log.add(e);
        return e;
    }

    @Test
    void theBrokersOwnRetainedMessageKeptFromTheWildcardBesideTheOrdinaryReadingPasses() {
        Evidence version = delivered("$SYS/broker/version", "mosquitto 2.0.11", true);
        Evidence ordinary = delivered("iomt/readings", "ordinary", false);
        Outcome o = DollarTopicCheck.brokersOwnNotMatched("r", List.of(), List.of(version), List.of(ordinary), "ordinary");
        assertTrue(o.passed(), String.valueOf(o));
        assertEquals(List.of(version, ordinary), o.judged());
    }

    @Test
    void aDollarMessageReachingTheWildcardSubscriptionFails() {
        Evidence version = delivered("$SYS/broker/version", "mosquitto 2.0.11", true);
        Evidence leaked = delivered("$SYS/broker/version", "mosquitto 2.0.11", true);
        Evidence ordinary = delivered("iomt/readings", "ordinary", false);
        Outcome o = DollarTopicCheck.brokersOwnNotMatched("r", List.of(), List.of(version), List.of(leaked, ordinary), "ordinary");
        assertEquals(1, o.findings().size(), String.valueOf(o));
        assertTrue(o.findings().get(0).message().contains("$SYS/broker/version"), o.findings().get(0).message());
    }

    @Test
    void withoutTheOrdinaryReadingTheSilenceProvesNothing() {
        Evidence version = delivered("$SYS/broker/version", "mosquitto 2.0.11", true);
        assertNotNull(DollarTopicCheck.brokersOwnNotMatched("r", List.of(), List.of(version), List.of(), "ordinary")
                .inconclusiveReason());
    }

    @Test
    void aBrokerWithoutRetainedDollarMessagesLeavesTheRuleNotApplicable() {
        Evidence live = delivered("$SYS/broker/uptime", "12 seconds", false);
        Evidence ordinary = delivered("iomt/readings", "ordinary", false);
        Outcome o = DollarTopicCheck.brokersOwnNotMatched("r", List.of(), List.of(live), List.of(ordinary), "ordinary");
        assertNotNull(o.notApplicableReason(), String.valueOf(o));
        assertTrue(o.notApplicableReason().contains("refuses a client's PUBLISH"), o.notApplicableReason());
    }
}
