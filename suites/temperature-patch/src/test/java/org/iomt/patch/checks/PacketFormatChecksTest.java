package org.iomt.patch.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The checks of how the device writes its packets, on hand-made sessions of one connection. */
@Tag("small")
class PacketFormatChecksTest {

    private static final String REQ = "mqtt-3.1.1:TEST";
    private static final byte[] PAYLOAD = "[]".getBytes(StandardCharsets.UTF_8);
    private final List<Evidence> session = new ArrayList<>();

    private void on(Direction direction, Object packet) {
        session.add(new Evidence("test", session.size() + 1, Instant.EPOCH.plusSeconds(session.size()), session.size() * 1_000_000_000L,
                direction, "c1", new byte[0], String.valueOf(packet), Optional.ofNullable(packet)));
    }

    private void connected() {
        on(Direction.DEVICE_TO_SUITE, Connect.of(MqttVersion.V3_1_1, "p", 1, true));
        on(Direction.SUITE_TO_DEVICE, Connack.of(false, 0));
    }

    private void subscribed(String... filters) {
        connected();
        on(Direction.DEVICE_TO_SUITE, new Subscribe(0b0010, 1, MqttProperties.EMPTY,
                java.util.Arrays.stream(filters).map(f -> new Subscription(f, 1)).toList()));
    }

    private static String reason(Outcome outcome) {
        return outcome.findings().stream().map(Finding::message).collect(Collectors.joining("; "));
    }

    private void sentBytes(String hex) {
        byte[] bytes = java.util.HexFormat.of().parseHex(hex);
        session.add(new Evidence("test", session.size() + 1, Instant.EPOCH, 0, Direction.DEVICE_TO_SUITE, "c1", bytes,
                "raw", Optional.empty()));
    }

    @Test
    void aPublishWithBothQosBitsFailsAndPublishesAtQos0To2Pass() {
        sentBytes("3005" + "0001" + "74" + "5b5d");
        sentBytes("3207" + "0001" + "74" + "0004" + "5b5d");
        assertTrue(new PublishQosBitsCheck(REQ).judge(session).passed());
        sentBytes("3607" + "0001" + "74" + "0005" + "5b5d");
        Outcome outcome = new PublishQosBitsCheck(REQ).judge(session);
        assertEquals("packet #3 on c1: PUBLISH with both QoS bits set (first byte 0x36)", reason(outcome));
    }

    @Test
    void withoutAPublishTheQosBitsAreNotJudged() {
        connected();
        assertNotNull(new PublishQosBitsCheck(REQ).judge(session).inconclusiveReason());
    }

    @Test
    void reservedFlagsPassOnConformantPacketsAndFailOnAPingreqWithFlags0001() {
        subscribed("cmd");
        on(Direction.DEVICE_TO_SUITE, new PingReq(0));
        assertTrue(new ReservedFlagsCheck(REQ).judge(session).passed());
        on(Direction.DEVICE_TO_SUITE, new PingReq(0b0001));
        Outcome outcome = new ReservedFlagsCheck(REQ).judge(session);
        assertFalse(outcome.passed());
        assertEquals("packet #5 on c1: PINGREQ has fixed-header flags 0001, expected 0000", reason(outcome));
    }

    @Test
    void reservedFlagsIgnoreThePublishFlagsAndThePacketsTheSuiteSent() {
        connected();
        on(Direction.DEVICE_TO_SUITE, Publish.of("t", 1, true, 1, PAYLOAD));
        on(Direction.SUITE_TO_DEVICE, new PingReq(0b1111));
        Outcome outcome = new ReservedFlagsCheck(REQ).judge(session);
        assertTrue(outcome.passed());
        assertEquals(1, outcome.judged().size(), "only the CONNECT is judged");
    }

    @Test
    void aSubscribeWithoutFiltersFails() {
        subscribed();
        assertFalse(TopicFilterCheck.atLeastOneFilter(REQ).judge(session).passed());
        session.clear();
        subscribed("cmd");
        assertTrue(TopicFilterCheck.atLeastOneFilter(REQ).judge(session).passed());
    }

    @Test
    void withoutASubscribeTheFilterRulesAreInconclusive() {
        connected();
        assertTrue(TopicFilterCheck.atLeastOneFilter(REQ).judge(session).inconclusiveReason() != null);
    }

    @Test
    void aFilterWithoutTheWildcardIsNotConcernedByItsRule() {
        subscribed("a/b");
        assertTrue(TopicFilterCheck.multiLevelWildcardPlacement(REQ).judge(session).notApplicableReason() != null);
        assertTrue(TopicFilterCheck.singleLevelWildcardPlacement(REQ).judge(session).notApplicableReason() != null);
    }

    @Test
    void theMultiLevelWildcardMustBeAWholeLastLevel() {
        subscribed("a/#", "#");
        assertTrue(TopicFilterCheck.multiLevelWildcardPlacement(REQ).judge(session).passed());
        for (String bad : List.of("a#", "a/#/b", "a/b#")) {
            session.clear();
            subscribed(bad);
            Outcome outcome = TopicFilterCheck.multiLevelWildcardPlacement(REQ).judge(session);
            assertFalse(outcome.passed(), bad);
            assertTrue(reason(outcome).contains("packet #3 on c1: topic filter \"" + bad + "\""), reason(outcome));
        }
    }

    @Test
    void theSingleLevelWildcardMustBeAWholeLevel() {
        subscribed("+", "a/+/b", "+/+");
        assertTrue(TopicFilterCheck.singleLevelWildcardPlacement(REQ).judge(session).passed());
        for (String bad : List.of("a+", "a/b+/c", "+a")) {
            session.clear();
            subscribed(bad);
            assertFalse(TopicFilterCheck.singleLevelWildcardPlacement(REQ).judge(session).passed(), bad);
        }
    }

    @Test
    void emptyTopicNamesAndFiltersFail() {
        subscribed("cmd");
        on(Direction.DEVICE_TO_SUITE, Publish.of("t", 1, false, 2, PAYLOAD));
        assertTrue(new NonEmptyTopicCheck(REQ).judge(session).passed());
        on(Direction.DEVICE_TO_SUITE, Publish.of("", 1, false, 3, PAYLOAD));
        assertEquals("packet #5 on c1: PUBLISH has an empty topic name and no Topic Alias",
                reason(new NonEmptyTopicCheck(REQ).judge(session)));
        session.clear();
        subscribed("");
        assertEquals("packet #3 on c1: SUBSCRIBE has an empty topic filter", reason(new NonEmptyTopicCheck(REQ).judge(session)));
    }

    @Test
    void anEmptyTopicNameStandingForATopicAliasIsNotJudged() {
        connected();
        on(Direction.DEVICE_TO_SUITE, Publish.of("", 1, false, 2, PAYLOAD)
                .withProperties(MqttProperties.EMPTY.with(MqttPropertyId.TOPIC_ALIAS, 1)));
        assertTrue(new NonEmptyTopicCheck(REQ).judge(session).inconclusiveReason() != null);
    }

    @Test
    void aNewQos1MessageSentWithDupFailsItsFirstSendRule() {
        connected();
        on(Direction.DEVICE_TO_SUITE, Publish.of("t", 1, false, 1, PAYLOAD));
        on(Direction.SUITE_TO_DEVICE, PublishAck.puback(1));
        assertTrue(new Qos1FirstSendCheck(REQ).judge(session).passed());
        on(Direction.DEVICE_TO_SUITE, Publish.of("t", 1, false, 2, "[1]".getBytes(StandardCharsets.UTF_8)).withDup(true));
        Outcome outcome = new Qos1FirstSendCheck(REQ).judge(session);
        assertFalse(outcome.passed());
        assertTrue(reason(outcome).startsWith("packet #5 on c1: first transmission"), reason(outcome));
    }

    private void sent(String hex, Object packet, String decoded) {
        session.add(new Evidence("test", session.size() + 1, Instant.EPOCH.plusSeconds(session.size()), session.size() * 1_000_000_000L,
                Direction.DEVICE_TO_SUITE, "c1", HexFormat.of().parseHex(hex), decoded, Optional.ofNullable(packet)));
    }

    @Test
    void aFrameRefusedForIllFormedUtf8FailsTheVersionsStatementOnly() {
        connected();
        sent("320a0003742fff0004005b5d", null, "malformed [MQTT-1.5.3-1]: topic name is not well-formed UTF-8");
        Outcome outcome = StringEncodingCheck.wellFormed(REQ, MqttVersion.V3_1_1).judge(session);
        assertTrue(reason(outcome).startsWith("packet #3 on c1: PUBLISH carries a string that is not well-formed UTF-8"),
                reason(outcome));
        assertTrue(StringEncodingCheck.noNullCharacter(REQ, MqttVersion.V3_1_1).judge(session).passed());
        assertTrue(StringEncodingCheck.wellFormed(REQ, MqttVersion.V5_0).judge(session).passed(), "5.0 names MQTT-1.5.4-1");
    }

    @Test
    void anIllFormedTopicNameIsReadFromTheBytes() {
        connected();
        sent("320a0003742f610004005b5d", Publish.of("t/a", 1, false, 4, PAYLOAD), "PUBLISH");
        assertTrue(TopicStringCheck.topicNameIsUtf8String(REQ, MqttVersion.V3_1_1).judge(session).passed());
        sent("320a0003742fff0004005b5d", null, "malformed [MQTT-1.5.3-1]: topic name is not well-formed UTF-8");
        assertEquals("packet #4 on c1: PUBLISH topic name \"t/\\xFF\" is not well-formed UTF-8",
                reason(TopicStringCheck.topicNameIsUtf8String(REQ, MqttVersion.V3_1_1).judge(session)));
    }

    @Test
    void aNullCharacterInAFilterOfAn50SubscribeIsReadFromTheBytes() {
        connected();
        // SUBSCRIBE, id 9, properties of one byte's length (a Subscription Identifier 1), filter "c\0", options 01
        sent("820a0009020b010002630001", null, "malformed [MQTT-1.5.4-2]: topic filter contains the null character U+0000");
        String expected = "packet #3 on c1: SUBSCRIBE topic filter \"c\\x00\" holds the null character U+0000";
        assertEquals(expected, reason(TopicStringCheck.noNullCharacter(REQ, MqttVersion.V5_0).judge(session)));
        assertEquals(expected, reason(TopicStringCheck.filtersAreUtf8Strings(REQ, MqttVersion.V5_0).judge(session)));
        assertTrue(TopicStringCheck.topicNameIsUtf8String(REQ, MqttVersion.V5_0).judge(session).inconclusiveReason() != null);
        assertFalse(StringEncodingCheck.noNullCharacter(REQ, MqttVersion.V5_0).judge(session).passed());
    }

    @Test
    void aLengthInMoreBytesThanItNeedsFails() {
        sent("c000", new PingReq(0), "PINGREQ");
        // PUBLISH QoS 0, topic "t", properties length 0, payload "[]"
        sent("3006000174005b5d", null, "PUBLISH");
        assertTrue(new MinimalLengthCheck(REQ).judge(session).passed());
        sent("c08000", new PingReq(0), "PINGREQ");
        sent("300700017480005b5d", null, "PUBLISH");
        assertEquals("packet #3 on c1: PINGREQ writes its remaining length 0 in 2 bytes, where 1 would do; "
                + "packet #4 on c1: PUBLISH writes its property length 0 in 2 bytes, where 1 would do",
                reason(new MinimalLengthCheck(REQ).judge(session)));
    }

    /** A QoS 0 PUBLISH frame on topic "t" with a one-record SenML pack, with {@code between} after the topic name. */
    private static String qos0Reading(String between) {
        String pack = HexFormat.of().formatHex("[{\"n\":\"t\",\"v\":1}]".getBytes(StandardCharsets.UTF_8));
        String body = "000174" + between + pack;
        return "30" + String.format("%02x", body.length() / 2) + body;
    }

    @Test
    void aQos0ReadingWithoutPacketIdentifierPassesAndOneWithTwoBytesMoreFails() {
        sent(qos0Reading(""), null, "PUBLISH");
        assertTrue(new Qos0PacketIdCheck(REQ, MqttVersion.V3_1_1).judge(session).passed());
        sent(qos0Reading("0001"), null, "PUBLISH");
        assertEquals("packet #2 on c1: QoS 0 PUBLISH carries two bytes (packet identifier 1) between its topic name and "
                + "its SenML payload", reason(new Qos0PacketIdCheck(REQ, MqttVersion.V3_1_1).judge(session)));
    }

    @Test
    void in50ThePacketIdentifierComesBeforeTheProperties() {
        sent(qos0Reading("00"), null, "PUBLISH");
        assertTrue(new Qos0PacketIdCheck(REQ, MqttVersion.V5_0).judge(session).passed());
        sent(qos0Reading("000700"), null, "PUBLISH");
        assertFalse(new Qos0PacketIdCheck(REQ, MqttVersion.V5_0).judge(session).passed());
    }

    @Test
    void aQos0PayloadThatIsNoSenmlEitherWayIsNotJudged() {
        sent("3006000174ffff", null, "PUBLISH");
        assertTrue(new Qos0PacketIdCheck(REQ, MqttVersion.V3_1_1).judge(session).inconclusiveReason().contains("SenML"));
    }
}
