package org.iomt.patch.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The aliased-command check on hand-made connections: the device announces Topic Alias Maximum 2 on c3, and the
 * suite's broker sends it a command with alias 2 and the topic (id 2), then with alias 2 alone (id 3).
 */
@Tag("small")
class AliasedCommandCheckTest {

    private static final String REQ = "mqtt-5.0:TEST";
    private static final String TOPIC = "iomt/patch/commands";
    private static final byte[] PAYLOAD = "[]".getBytes(StandardCharsets.UTF_8);
    private final List<Evidence> session = new ArrayList<>();

    private void at(long millis, String connection, Direction direction, Object value) {
        session.add(new Evidence("test", session.size() + 1, Instant.EPOCH.plusMillis(millis), millis * 1_000_000L,
                direction, connection, new byte[0], String.valueOf(value), Optional.ofNullable(value)));
    }

    private void connect(int topicAliasMaximum) {
        MqttProperties props = topicAliasMaximum == 0 ? MqttProperties.EMPTY
                : MqttProperties.EMPTY.with(MqttPropertyId.TOPIC_ALIAS_MAXIMUM, topicAliasMaximum);
        at(0, "c3", Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V5_0, "patch-1", 1, false).withProperties(props));
    }

    /** A command without an alias on an earlier connection, which the device answered: the control. */
    private void plainCommandAnswered() {
        at(0, "c2", Direction.SUITE_TO_DEVICE, Publish.of(TOPIC, 1, false, 1, PAYLOAD));
        at(5, "c2", Direction.DEVICE_TO_SUITE, PublishAck.puback(1));
    }

    private void aliasedCommands() {
        MqttProperties alias = MqttProperties.EMPTY.with(MqttPropertyId.TOPIC_ALIAS, 2);
        at(100, "c3", Direction.SUITE_TO_DEVICE, Publish.of(TOPIC, 1, false, 2, PAYLOAD).withProperties(alias));
        at(100, "c3", Direction.SUITE_TO_DEVICE, Publish.of("", 1, false, 3, PAYLOAD).withProperties(alias));
    }

    private Outcome judge() {
        return new AliasedCommandCheck(REQ, Duration.ofSeconds(1)).judge(session);
    }

    private static String reasons(Outcome outcome) {
        return outcome.findings().stream().map(Finding::message).collect(Collectors.joining("; "));
    }

    @Test
    void bothCommandsAnsweredPass() {
        connect(2);
        aliasedCommands();
        at(110, "c3", Direction.DEVICE_TO_SUITE, PublishAck.puback(2));
        at(111, "c3", Direction.DEVICE_TO_SUITE, PublishAck.puback(3));
        assertTrue(judge().passed());
        assertTrue(AliasedCommandCheck.over(session, 0));
    }

    @Test
    void aDisconnectOnTheAliasFailsNamingItsReasonCode() {
        connect(2);
        aliasedCommands();
        at(110, "c3", Direction.DEVICE_TO_SUITE, new Disconnect(0, 0x94, MqttProperties.EMPTY));
        at(111, "c3", Direction.TRANSPORT, ConnectionEnded.byPeer("connection closed by device"));
        Outcome outcome = judge();
        assertFalse(outcome.passed());
        assertTrue(reasons(outcome).contains("with DISCONNECT reason code 0x94 (#4)"), reasons(outcome));
        assertTrue(AliasedCommandCheck.over(session, 0));
    }

    @Test
    void aConnectionClosedBeforeTheSecondAnswerFails() {
        plainCommandAnswered();
        connect(2);
        aliasedCommands();
        at(110, "c3", Direction.DEVICE_TO_SUITE, PublishAck.puback(2));
        at(111, "c3", Direction.TRANSPORT, ConnectionEnded.byPeer("connection closed by device"));
        Outcome outcome = judge();
        assertFalse(outcome.passed());
        assertTrue(reasons(outcome).contains("never answered the message #5 with Topic Alias 2 alone"), reasons(outcome));
    }

    @Test
    void aDeviceThatAnswersUnderIdentifiersNeverSentLeavesAMissingAnswerUnjudged() {
        plainCommandAnswered();
        connect(2);
        aliasedCommands();
        at(110, "c3", Direction.DEVICE_TO_SUITE, PublishAck.puback(3)); // meant for id 2
        at(111, "c3", Direction.DEVICE_TO_SUITE, PublishAck.puback(4)); // meant for id 3: no message had it
        at(112, "c3", Direction.TRANSPORT, ConnectionEnded.byPeer("connection closed by device"));
        Outcome outcome = judge();
        assertNotNull(outcome.inconclusiveReason(), reasons(outcome));
        assertTrue(outcome.inconclusiveReason().contains("answers under identifiers the suite's broker never sent (#7"),
                outcome.inconclusiveReason());
    }

    @Test
    void noAnswerWhileTheDeviceGoesOnFailsOnceItsConnectionEnded() {
        plainCommandAnswered();
        connect(2);
        aliasedCommands();
        at(1500, "c3", Direction.DEVICE_TO_SUITE, new PingReq(0));
        at(3000, "c3", Direction.TRANSPORT, ConnectionEnded.causedBySuite("connection closed by suite: probe"));
        Outcome outcome = judge();
        assertFalse(outcome.passed());
        assertTrue(reasons(outcome).contains("though it answered the command #1 sent without an alias"), reasons(outcome));
    }

    @Test
    void noAnswerFromADeviceThatAnswersNoCommandAtAllIsNotJudged() {
        connect(2);
        aliasedCommands();
        at(1500, "c3", Direction.DEVICE_TO_SUITE, new PingReq(0));
        at(3000, "c3", Direction.TRANSPORT, ConnectionEnded.causedBySuite("connection closed by suite: probe"));
        assertNotNull(judge().inconclusiveReason());
    }

    @Test
    void aConnectionTheSuiteEndedBeforeTheAnswerTimeIsNotJudged() {
        plainCommandAnswered();
        connect(2);
        aliasedCommands();
        at(300, "c3", Direction.TRANSPORT, ConnectionEnded.causedBySuite("connection closed by suite: stopped"));
        assertNotNull(judge().inconclusiveReason());
    }

    @Test
    void aDeviceThatAnnouncedNoMaximumIsNotApplicable() {
        connect(0);
        assertNotNull(judge().notApplicableReason());
        assertTrue(AliasedCommandCheck.over(session, 0));
    }

    @Test
    void commandsNeverSentAreInconclusive() {
        connect(2);
        assertNotNull(judge().inconclusiveReason());
        assertFalse(AliasedCommandCheck.over(session, 0));
    }
}
