package org.iomt.patch.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.model.MalformedProbe;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PublishAck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The unmapped-alias check on hand-made connections: on c5, whose CONNECT announced Topic Alias Maximum 2, the suite's
 * broker sends a PUBLISH by an alias it mapped only on an earlier connection.
 */
@Tag("small")
class UnmappedAliasCheckTest {

    private static final String REQ = "mqtt-5.0:TEST";
    private final List<Evidence> session = new ArrayList<>();

    private void at(long millis, String connection, Direction direction, Object value) {
        session.add(new Evidence("test", session.size() + 1, Instant.EPOCH.plusMillis(millis), millis * 1_000_000L,
                direction, connection, new byte[0], String.valueOf(value), Optional.ofNullable(value)));
    }

    private void connect(int topicAliasMaximum) {
        MqttProperties props = topicAliasMaximum == 0 ? MqttProperties.EMPTY
                : MqttProperties.EMPTY.with(MqttPropertyId.TOPIC_ALIAS_MAXIMUM, topicAliasMaximum);
        at(0, "c5", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V5_0, "patch-1", 1, false).withProperties(props));
    }

    private Outcome judge() {
        return new UnmappedAliasCheck(REQ).judge(session);
    }

    private static String reasons(Outcome outcome) {
        return outcome.findings().stream().map(Finding::message).collect(Collectors.joining("; "));
    }

    @Test
    void aDeviceThatClosesWithoutAnsweringPasses() {
        connect(2);
        at(10, "c5", Direction.SUITE_TO_DEVICE, MalformedProbe.UNMAPPED_TOPIC_ALIAS);
        at(12, "c5", Direction.DEVICE_TO_SUITE, new Disconnect(0, 0x82, MqttProperties.EMPTY));
        at(13, "c5", Direction.TRANSPORT, ConnectionEnded.byPeer("connection closed by device"));
        assertTrue(judge().passed());
    }

    @Test
    void aDeviceThatAnswersTheProbeFailsEvenWhenItCloses() {
        connect(2);
        at(10, "c5", Direction.SUITE_TO_DEVICE, MalformedProbe.UNMAPPED_TOPIC_ALIAS);
        at(12, "c5", Direction.DEVICE_TO_SUITE, PublishAck.puback(MalformedProbe.PROBE_PACKET_ID));
        at(13, "c5", Direction.TRANSPORT, ConnectionEnded.byPeer("connection closed by device"));
        Outcome outcome = judge();
        assertFalse(outcome.passed());
        assertTrue(reasons(outcome).contains("taking it as a message by a mapping of an earlier connection"), reasons(outcome));
    }

    @Test
    void aDeviceThatAnswersAndHoldsTheConnectionFailsOnBoth() {
        connect(2);
        at(10, "c5", Direction.SUITE_TO_DEVICE, MalformedProbe.UNMAPPED_TOPIC_ALIAS);
        at(12, "c5", Direction.DEVICE_TO_SUITE, PublishAck.puback(MalformedProbe.PROBE_PACKET_ID));
        at(2011, "c5", Direction.TRANSPORT, ConnectionEnded.causedBySuite("connection closed by suite: still held"));
        assertFalse(judge().passed());
        assertTrue(judge().findings().size() == 2, reasons(judge()));
    }

    @Test
    void aDeviceThatAnnouncedNoMaximumIsNotApplicable() {
        connect(0);
        assertNotNull(judge().notApplicableReason());
    }

    @Test
    void aProbeNeverSentIsInconclusive() {
        connect(2);
        assertNotNull(judge().inconclusiveReason());
    }
}
