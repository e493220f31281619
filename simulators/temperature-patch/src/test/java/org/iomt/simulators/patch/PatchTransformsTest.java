package org.iomt.simulators.patch;

import org.iomt.standards.mqtt.Auth;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.Unsubscribe;
import org.iomt.standards.mqtt.MqttEncoder;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.iomt.standards.senml.SenmlJsonEncoder;
import org.iomt.standards.senml.SenmlPack;
import org.iomt.standards.senml.SenmlRecord;
import org.iomt.standards.senml.SenmlRecordBuilder;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every patch fault is a transform that changes what the patch does, and no fault changes it when none is on. */
@Tag("small")
class PatchTransformsTest {

    private static final MqttVersion VERSION = MqttVersion.V5_0;
    private static final String GTIN = "09506000134352";
    private static final String TOPIC = "iomt/patch/temperature";
    private static final String BASE_NAME = "https://id.gs1.org/01/" + GTIN + "/21/SN1";
    private static final byte[] PAYLOAD = "[]".getBytes(StandardCharsets.UTF_8);

    /** A 5.0 reading that names its content type, as the patch's 5.0 readings do. */
    private static final Publish TYPED_READING = Publish.of("t", 1, false, 4, PAYLOAD)
            .withProperties(MqttProperties.of(new MqttProperty(MqttPropertyId.CONTENT_TYPE, "a/b")));

    private static PatchSettings settings(Set<PatchFault> faults) {
        return new PatchSettings(VERSION, "patch-1", 30, 1, TOPIC, Duration.ofSeconds(5), GTIN, "SN1", "temperature", "Cel",
                Optional.empty(), true, Optional.empty(), faults);
    }

    /** What the transform makes of the conformant patch at every hook, in comparable form. */
    private static List<Object> probe(PatchTransform t) throws IOException {
        List<Object> seen = new ArrayList<>();
        seen.add(t.tlsChecks(TlsChecks.BOTH));
        List<String> actions = new ArrayList<>();
        t.beforeConnect(() -> actions.add("before CONNECT"));
        t.afterRefusal(() -> actions.add("after refusal"));
        seen.add(actions);
        seen.add(t.clientId("patch-1"));
        seen.add(t.clientId("patch-1")); // a second connection
        Connect persistent = Connect.of(VERSION, "patch-1", 30, false)
                .withProperties(MqttProperties.EMPTY.with(MqttPropertyId.SESSION_EXPIRY_INTERVAL, 300))
                .withCredentials("patch", "secret".getBytes(StandardCharsets.UTF_8))
                .withWill("iomt/patch/will", PAYLOAD, 1, false, MqttProperties.EMPTY);
        seen.add(HexFormat.of().formatHex(t.connectFrame(MqttEncoder.encode(t.connect(persistent), VERSION))));
        seen.add(HexFormat.of().formatHex(t.connectFrame(MqttEncoder.encode(t.connect(Connect.of(VERSION, "patch-1", 30, true)),
                VERSION))));
        seen.add(t.closesOnInvalidPacket(true));
        seen.add(t.acceptedTopicAliases(TemperaturePatch.TOPIC_ALIAS_MAXIMUM));
        seen.add(t.keepsTopicAliasesAcrossConnections(false));
        seen.add(t.keepsInFlightWithoutSession(false));
        seen.add(t.closesOnUnexpectedSession(true));
        seen.add(t.resendOrder(List.of(Publish.of(TOPIC, 1, true, 1, PAYLOAD), Publish.of(TOPIC, 1, true, 2, PAYLOAD))).stream()
                .map(PatchTransformsTest::hex).toList());
        seen.add(t.refusalBackoffMillis(1000));
        seen.add(t.readingIntervalNanos(5_000_000_000L));
        seen.add(t.keepAliveInUse(15, 30));
        seen.add(t.keepAlivePing(new PingReq(0)).map(PatchTransformsTest::hex));
        seen.add(t.keepAlivePingAtZeroQuota(new PingReq(0)).isPresent());
        seen.add(t.baseName(BASE_NAME));
        SenmlRecordBuilder record = SenmlRecord.builder().baseName(BASE_NAME + "/").baseTime(1_700_000_000.0)
                .name("temperature").unit("Cel").value(36.6);
        t.temperatureRecord(record, 36.6, 1_700_000_000.0);
        seen.add(new String(SenmlJsonEncoder.encode(new SenmlPack(List.of(record.build()))), StandardCharsets.UTF_8));
        seen.add(hex(t.reading(Publish.of(TOPIC, 1, false, 0, PAYLOAD))));
        seen.add(hex(t.reading(Publish.of(TOPIC, 0, false, 0, PAYLOAD))));
        seen.add(t.receiveMaximum(1));
        seen.add(t.readingTopicAlias(java.util.OptionalInt.of(1), 2));
        AtomicInteger drawn = new AtomicInteger(6);
        seen.add(t.readingPacketId(drawn::incrementAndGet));
        seen.add(t.redelivery(Publish.of(TOPIC, 1, false, 3, PAYLOAD).withDup(true), drawn::incrementAndGet)
                .map(PatchTransformsTest::hex));
        seen.add(drawn.get());
        seen.add(hex(t.subscribe(Subscribe.of(9, new Subscription("iomt/patch/commands", 1)))));
        seen.add(t.commandAck(PublishAck.puback(5)).map(PatchTransformsTest::hex));
        seen.add(t.commandAck(PublishAck.pubrec(5)).map(PatchTransformsTest::hex));
        seen.add(t.commandCompletion(PublishAck.pubcomp(5)).map(PatchTransformsTest::hex));
        seen.add(hex(t.unsubscribe(Unsubscribe.of(10, "iomt/patch/commands"))));
        seen.add(hex(t.disconnect(new Disconnect(0, 0, MqttProperties.EMPTY))));
        seen.add(t.afterDisconnect().stream().map(PatchTransformsTest::hex).toList());
        seen.add(t.closesAfterDisconnect());
        for (MqttPacket sent : List.of(TYPED_READING, Subscribe.of(9, new Subscription("iomt/patch/commands", 1)),
                Publish.of(TOPIC, 1, false, 4, PAYLOAD), Publish.of(TOPIC, 0, false, 0, PAYLOAD), new PingReq(0),
                Unsubscribe.of(10, "iomt/patch/commands"))) {
            seen.add(HexFormat.of().formatHex(t.sentFrame(sent, MqttEncoder.encode(sent, VERSION))));
        }
        seen.add(t.commandAcksReady(PublishAck.puback(5)).stream().map(PatchTransformsTest::hex).toList());
        seen.add(t.commandAcksReady(PublishAck.puback(6)).stream().map(PatchTransformsTest::hex).toList());
        seen.add(hex(t.sizedReading(Publish.of(TOPIC, 1, false, 0, PAYLOAD), 64)));
        seen.add(t.maximumPacketSize(64));
        seen.add(hex(t.sizedAnswer(PublishAck.pubrec(5), 64)));
        seen.add(t.endsFlowOnFailedAcknowledgement(true));
        seen.add(t.webSocketSubprotocols(List.of("mqtt")));
        seen.add(t.webSocketDataOpcode(2));
        seen.add(t.takesNonBinaryFrames(false));
        seen.add(t.readsFramesAsPackets(false));
        seen.add(t.answersCommandsAtZeroQuota());
        seen.add(t.reusesIdentifierInUseAfter());
        seen.add(t.readingRelease(PublishAck.pubrel(5)).map(PatchTransformsTest::hex));
        seen.add(t.releasesInPublishOrder(false));
        seen.add(t.releaseResent(Publish.of(TOPIC, 2, false, 5, PAYLOAD), PublishAck.pubrel(5)).stream()
                .map(PatchTransformsTest::hex).toList());
        seen.add(t.discardsUnreceivedAfter(Optional.empty()));
        seen.add(t.unknownReceiptAnswer(PublishAck.pubrec(5)).map(PatchTransformsTest::hex));
        Auth answer = new Auth(0, 0x18, MqttProperties.EMPTY.with(MqttPropertyId.AUTHENTICATION_METHOD, "SCRAM-SHA-256"));
        Auth start = new Auth(0, 0x19, answer.properties());
        for (int reauthentication : List.of(0, 1, 2)) {
            seen.add(hex(t.authentication(answer, reauthentication)));
            seen.add(hex(t.authentication(start, reauthentication)));
        }
        seen.add(hex(t.sizedAnswer(start, 64)));
        seen.add(t.takesAuthWithFlags(false));
        seen.add(t.closesOnFailedReauthentication(true));
        seen.add(t.whileAuthenticating().stream().map(PatchTransformsTest::hex).toList());
        seen.add(t.reauthenticatesWithoutMethod(false));
        return seen;
    }

    private static String hex(MqttPacket packet) {
        return HexFormat.of().formatHex(MqttEncoder.encode(packet, VERSION));
    }

    @Test
    void withoutFaultsThePatchIsConformant() throws IOException {
        assertEquals(probe(new PatchTransform() {
        }), probe(PatchTransforms.active(settings(Set.of()))));
    }

    @ParameterizedTest
    @EnumSource(PatchFault.class)
    void everyFaultIsATransformThatChangesThePatch(PatchFault fault) throws IOException {
        List<Object> conformant = probe(PatchTransforms.active(settings(Set.of())));
        assertNotEquals(conformant, probe(PatchTransforms.of(fault, settings(Set.of(fault)))), fault.label());
        assertEquals(probe(PatchTransforms.of(fault, settings(Set.of(fault)))),
                probe(PatchTransforms.active(settings(Set.of(fault)))), fault.label());
    }

    @Test
    void theTopicAliasFaultsRefuseTheAnnouncedMaximumOrKeepMappingsAcrossConnections() {
        int announced = TemperaturePatch.TOPIC_ALIAS_MAXIMUM;
        PatchTransform refused = PatchTransforms.of(PatchFault.TOPIC_ALIAS_MAXIMUM_REFUSED,
                settings(Set.of(PatchFault.TOPIC_ALIAS_MAXIMUM_REFUSED)));
        PatchTransform carried = PatchTransforms.of(PatchFault.TOPIC_ALIASES_CARRIED_OVER,
                settings(Set.of(PatchFault.TOPIC_ALIASES_CARRIED_OVER)));
        PatchTransform conformant = PatchTransforms.active(settings(Set.of()));
        assertEquals(announced, conformant.acceptedTopicAliases(announced));
        assertEquals(announced - 1, refused.acceptedTopicAliases(announced));
        assertFalse(conformant.keepsTopicAliasesAcrossConnections(false));
        assertTrue(carried.keepsTopicAliasesAcrossConnections(false));
        assertEquals(announced, carried.acceptedTopicAliases(announced));
        assertFalse(refused.keepsTopicAliasesAcrossConnections(false));
    }

    @Test
    void theReleaseFaultsChangeThePubrelOfAQos2Reading() {
        PublishAck conformant = PublishAck.pubrel(5);
        assertEquals("62020005", hex(PatchTransforms.active(settings(Set.of())).readingRelease(conformant).orElseThrow()));
        assertEquals("60020005", hex(PatchTransforms.active(settings(Set.of(PatchFault.PUBREL_FLAGS_WRONG)))
                .readingRelease(conformant).orElseThrow()));
        assertEquals("62028005", hex(PatchTransforms.active(settings(Set.of(PatchFault.PUBREL_WRONG_ID)))
                .readingRelease(conformant).orElseThrow()));
        assertEquals("6203000501", hex(PatchTransforms.active(settings(Set.of(PatchFault.PUBREL_UNDEFINED_REASON)))
                .readingRelease(conformant).orElseThrow()));
        Publish reading = Publish.of(TOPIC, 2, false, 5, PAYLOAD);
        assertEquals(List.of(), PatchTransforms.active(settings(Set.of(PatchFault.PUBREL_NOT_RESENT)))
                .releaseResent(reading, conformant));
        assertEquals(List.of(reading.withDup(true), conformant),
                PatchTransforms.active(settings(Set.of(PatchFault.PUBLISH_RESENT_AFTER_PUBREL))).releaseResent(reading, conformant));
    }

    @Test
    void theDroppedStateFaultDiscardsAnUnreceivedReadingAndDisownsItsLateReceipt() {
        PatchTransform dropping = PatchTransforms.active(settings(Set.of(PatchFault.QOS2_STATE_DROPPED_WHILE_CONNECTED)));
        assertEquals(Optional.of(Duration.ofMillis(500)), dropping.discardsUnreceivedAfter(Optional.empty()));
        // 62 03: PUBREL with flags 0010, remaining length 3; packet identifier 0005; reason code 0x92
        assertEquals(Optional.of("6203000592"), dropping.unknownReceiptAnswer(PublishAck.pubrec(5)).map(PatchTransformsTest::hex));
        PatchSettings v311 = new PatchSettings(MqttVersion.V3_1_1, "patch-1", 30, 2, TOPIC, Duration.ofSeconds(5), GTIN, "SN1",
                "temperature", "Cel", Optional.empty(), true, Optional.empty(), Set.of(PatchFault.QOS2_STATE_DROPPED_WHILE_CONNECTED));
        assertEquals(Optional.empty(), PatchTransforms.active(v311).unknownReceiptAnswer(PublishAck.pubrec(5)));
        PatchTransform conformant = PatchTransforms.active(settings(Set.of()));
        assertEquals(Optional.empty(), conformant.discardsUnreceivedAfter(Optional.empty()));
        assertEquals(Optional.empty(), conformant.unknownReceiptAnswer(PublishAck.pubrec(5)));
    }

    @Test
    void severalFaultsApplyTogether() throws IOException {
        Set<PatchFault> faults = EnumSet.of(PatchFault.TWO_VALUES, PatchFault.UNIT_DEGC, PatchFault.STALE_TIMESTAMP);
        SenmlRecordBuilder record = SenmlRecord.builder().baseTime(1000.0).name("temperature").unit("Cel").value(36.6);
        PatchTransforms.active(settings(faults)).temperatureRecord(record, 36.6, 1000.0);
        assertEquals("[{\"bt\":-2600.0,\"n\":\"temperature\",\"u\":\"degC\",\"v\":36.6,\"vs\":\"normal\"}]",
                new String(SenmlJsonEncoder.encode(new SenmlPack(List.of(record.build()))), StandardCharsets.UTF_8));
    }

    @Test
    void theSessionEndFaultsChangeTheUnsubscribeAndTheDisconnect() {
        Unsubscribe unsubscribe = Unsubscribe.of(10, "cmd");
        // a2 08: UNSUBSCRIBE with flags 0010, id 000a, property length 0, "cmd"
        assertEquals("a208000a000003636d64", hex(unsubscribe));
        assertEquals("a008000a000003636d64", hex(PatchTransforms.active(settings(Set.of(PatchFault.UNSUBSCRIBE_FLAGS_WRONG)))
                .unsubscribe(unsubscribe)));
        assertEquals("a203000a00", hex(PatchTransforms.active(settings(Set.of(PatchFault.UNSUBSCRIBE_WITHOUT_FILTERS)))
                .unsubscribe(unsubscribe)));
        PatchTransform illFormed = PatchTransforms.active(settings(Set.of(PatchFault.UNSUBSCRIBE_FILTER_ILL_FORMED_UTF8)));
        assertEquals("a208000a000003636dff", HexFormat.of().formatHex(illFormed.sentFrame(unsubscribe,
                MqttEncoder.encode(unsubscribe, VERSION))));
        PatchTransform noPropertyLength = PatchTransforms.active(settings(Set.of(PatchFault.UNSUBSCRIBE_WITHOUT_PROPERTY_LENGTH)));
        // a2 07: id 000a, the property length 00 left out, "cmd"
        assertEquals("a207000a0003636d64", HexFormat.of().formatHex(noPropertyLength.sentFrame(unsubscribe,
                MqttEncoder.encode(unsubscribe, VERSION))));
        // 32 0e: topic "t", id 0004, properties 06: Content Type (03) "a/b" with its last byte 0xFF, then "[]"
        assertEquals("320e000174000406030003612fff5b5d", HexFormat.of().formatHex(PatchTransforms.active(settings(Set.of(
                PatchFault.CONTENT_TYPE_ILL_FORMED_UTF8))).sentFrame(TYPED_READING, MqttEncoder.encode(TYPED_READING, VERSION))));
        Disconnect normal = new Disconnect(0, 0, MqttProperties.EMPTY);
        // e0 01: DISCONNECT with reason code 03 and no properties, their length left out as a remaining length of 1 allows
        assertEquals("e00103", hex(PatchTransforms.active(settings(Set.of(PatchFault.DISCONNECT_UNDEFINED_REASON)))
                .disconnect(normal)));
        assertEquals(List.of(new PingReq(0)),
                PatchTransforms.active(settings(Set.of(PatchFault.PING_AFTER_DISCONNECT))).afterDisconnect());
        assertEquals(false, PatchTransforms.active(settings(Set.of(PatchFault.DISCONNECT_WITHOUT_CLOSE))).closesAfterDisconnect());
    }

    @Test
    void theFilterFaultsRewriteTheCommandSubscription() {
        Subscribe conformant = Subscribe.of(9, new Subscription("iomt/patch/commands", 1));
        assertEquals(List.of(new Subscription("iomt/patch/commands#", 1)),
                PatchTransforms.active(settings(Set.of(PatchFault.FILTER_HASH_NOT_LAST))).subscribe(conformant).subscriptions());
        assertEquals(List.of(new Subscription("iomt/patch/commands+", 1)),
                PatchTransforms.active(settings(Set.of(PatchFault.FILTER_PLUS_IN_LEVEL))).subscribe(conformant).subscriptions());
        assertEquals(List.of(new Subscription("", 1)),
                PatchTransforms.active(settings(Set.of(PatchFault.EMPTY_FILTER))).subscribe(conformant).subscriptions());
        // packet type SUBSCRIBE, flags 0010, remaining length 3: the identifier and an empty property list, no filter
        assertEquals("82030009" + "00", hex(PatchTransforms.active(settings(Set.of(PatchFault.SUBSCRIBE_WITHOUT_FILTERS)))
                .subscribe(conformant)));
        assertEquals("c100", hex(PatchTransforms.active(settings(Set.of(PatchFault.PINGREQ_FLAGS_WRONG)))
                .keepAlivePing(new PingReq(0)).orElseThrow()));
    }

    @Test
    void ignoringMalformedPacketsKeepsTheConnectionThatTheConformantPatchCloses() {
        assertTrue(PatchTransforms.active(settings(Set.of())).closesOnInvalidPacket(true));
        assertFalse(PatchTransforms.active(settings(Set.of(PatchFault.IGNORES_MALFORMED_PACKETS))).closesOnInvalidPacket(true));
    }

    @Test
    void aCleanPatchLeavesAnUnexpectedSessionAndForgetsItsReadingsUnlessAFaultSaysOtherwise() {
        PatchTransform conformant = PatchTransforms.active(settings(Set.of()));
        assertTrue(conformant.closesOnUnexpectedSession(true));
        assertFalse(conformant.keepsInFlightWithoutSession(false));
        assertFalse(PatchTransforms.active(settings(Set.of(PatchFault.SESSION_PRESENT_ACCEPTED))).closesOnUnexpectedSession(true));
        assertTrue(PatchTransforms.active(settings(Set.of(PatchFault.CLEAN_SESSION_RESENDS))).keepsInFlightWithoutSession(false));
    }

    @Test
    void theByteFaultsEditOnlyTheFirstPacketOfTheirType() {
        Subscribe subscribe = Subscribe.of(9, new Subscription("cmd", 1));
        String conformant = hex(subscribe); // 82 09, id 0009, no properties, "cmd", options 01
        assertEquals("82090009000003636d6401", conformant);
        PatchTransform nul = PatchTransforms.active(settings(Set.of(PatchFault.FILTER_NULL_CHARACTER)));
        assertEquals("82090009000003636d0001", HexFormat.of().formatHex(nul.sentFrame(subscribe, MqttEncoder.encode(subscribe, VERSION))));
        assertEquals(conformant, HexFormat.of().formatHex(nul.sentFrame(subscribe, MqttEncoder.encode(subscribe, VERSION))));
        PatchTransform illFormed = PatchTransforms.active(settings(Set.of(PatchFault.FILTER_ILL_FORMED_UTF8)));
        assertEquals("82090009000003636dff01", HexFormat.of().formatHex(illFormed.sentFrame(subscribe, MqttEncoder.encode(subscribe, VERSION))));
        Publish reading = Publish.of("t/a", 1, false, 4, PAYLOAD);
        PatchTransform topic = PatchTransforms.active(settings(Set.of(PatchFault.TOPIC_ILL_FORMED_UTF8))); // no commands
        // 32 0a, topic length 3 "t/" and 0xFF instead of "a", id 0004, no properties, "[]"
        assertEquals("320a0003742fff0004005b5d",
                HexFormat.of().formatHex(topic.sentFrame(reading, MqttEncoder.encode(reading, VERSION))));
        PatchTransform qosThree = PatchTransforms.active(settings(Set.of(PatchFault.READING_QOS_THREE))); // no commands
        assertEquals("360a0003742f610004005b5d",
                HexFormat.of().formatHex(qosThree.sentFrame(reading, MqttEncoder.encode(reading, VERSION))));
        assertEquals("320a0003742f610004005b5d",
                HexFormat.of().formatHex(qosThree.sentFrame(reading, MqttEncoder.encode(reading, VERSION))), "once");
        PatchSettings commanded = new PatchSettings(VERSION, "patch-1", 30, 1, TOPIC, Duration.ofSeconds(5), GTIN, "SN1",
                "temperature", "Cel", Optional.empty(), true, Optional.empty(), Set.of(PatchFault.TOPIC_ILL_FORMED_UTF8),
                Optional.empty(), Optional.of(new PatchSettings.Commands("cmd", 1)), Optional.empty(), false, Optional.empty());
        PatchTransform afterCommand = PatchTransforms.active(commanded);
        byte[] conformantReading = MqttEncoder.encode(reading, VERSION);
        assertEquals(hex(reading), HexFormat.of().formatHex(afterCommand.sentFrame(reading, conformantReading)));
        afterCommand.sentFrame(PublishAck.puback(1), MqttEncoder.encode(PublishAck.puback(1), VERSION));
        assertEquals("320a0003742fff0004005b5d", HexFormat.of().formatHex(afterCommand.sentFrame(reading, conformantReading)));
        Publish qos0 = Publish.of("t/a", 0, false, 0, PAYLOAD);
        // 30 08, topic "t/a", no properties, "[]" becomes 30 0a with identifier 0001 after the topic
        assertEquals("30080003742f61005b5d", hex(qos0));
        assertEquals("300a0003742f610001005b5d", HexFormat.of().formatHex(PatchTransforms.active(settings(
                Set.of(PatchFault.PACKET_ID_AT_QOS_0))).sentFrame(qos0, MqttEncoder.encode(qos0, VERSION))));
        PatchTransform length = PatchTransforms.active(settings(Set.of(PatchFault.REMAINING_LENGTH_NOT_MINIMAL)));
        assertEquals("c08000", HexFormat.of().formatHex(length.sentFrame(new PingReq(0), MqttEncoder.encode(new PingReq(0), VERSION))));
    }

    @Test
    void theQos2CommandFaultsChangeThePubrecOrThePubcomp() {
        // conformant in 5.0: PUBREC 50 02 0005 and PUBCOMP 70 02 0005 (reason code 0x00 left out)
        assertEquals("50020005", hex(PublishAck.pubrec(5)));
        assertEquals("70020005", hex(PublishAck.pubcomp(5)));
        assertEquals(Optional.empty(), PatchTransforms.active(settings(Set.of(PatchFault.COMMAND_RELEASE_NOT_COMPLETED)))
                .commandCompletion(PublishAck.pubcomp(5)));
        assertEquals("70020006", hex(PatchTransforms.active(settings(Set.of(PatchFault.COMMAND_COMPLETION_WRONG_ID)))
                .commandCompletion(PublishAck.pubcomp(5)).orElseThrow()));
        PatchTransform pubrecReason = PatchTransforms.active(settings(Set.of(PatchFault.COMMAND_PUBREC_UNDEFINED_REASON)));
        assertEquals("5003000501", hex(pubrecReason.commandAck(PublishAck.pubrec(5)).orElseThrow()));
        assertEquals("40020005", hex(pubrecReason.commandAck(PublishAck.puback(5)).orElseThrow()), "a PUBACK is left alone");
        assertEquals("7003000501", hex(PatchTransforms.active(settings(Set.of(PatchFault.COMMAND_PUBCOMP_UNDEFINED_REASON)))
                .commandCompletion(PublishAck.pubcomp(5)).orElseThrow()));
        PatchTransform reversed = PatchTransforms.active(settings(Set.of(PatchFault.COMMAND_PUBRECS_REVERSED)));
        assertEquals(List.of(), reversed.commandAcksReady(PublishAck.pubrec(5)));
        assertEquals(List.of(PublishAck.pubrec(6), PublishAck.pubrec(5)), reversed.commandAcksReady(PublishAck.pubrec(6)));
        assertEquals(List.of(PublishAck.pubrec(5)), reversed.commandAcksReady(PublishAck.pubrec(5)), "reversed once, "
                + "so a later command is answered at once");
    }

    @Test
    void theIgnoredMaximumPacketSizePadsAReadingJustPastItAndLiftsTheLimit() {
        PatchTransform ignored = PatchTransforms.active(settings(Set.of(PatchFault.MAXIMUM_PACKET_SIZE_IGNORED)));
        Publish reading = Publish.of("t", 1, false, 1, new byte[] {1});
        assertEquals(reading, ignored.sizedReading(reading, 0), "no size announced: nothing to go past");
        // the PUBLISH 32 14 0001 74 ... : 0x26 user property "padding" = "xx...", one byte above 64
        byte[] padded = MqttEncoder.encode(ignored.sizedReading(reading, 64), VERSION);
        assertEquals(65, padded.length);
        assertEquals("padding", ignored.sizedReading(reading, 64).properties().first(MqttPropertyId.USER_PROPERTY)
                .map(p -> ((org.iomt.standards.mqtt.StringPair) p.value()).name()).orElseThrow());
        assertEquals(0, ignored.maximumPacketSize(64), "the patch keeps to no limit");
        PatchTransform conformant = PatchTransforms.active(settings(Set.of()));
        assertEquals(reading, conformant.sizedReading(reading, 64));
        assertEquals(64, conformant.maximumPacketSize(64));
    }

    @Test
    void theOversizedAnswerFaultsPadOnlyTheirOwnAnswersJustPastTheMaximum() {
        PatchTransform puback = PatchTransforms.active(settings(Set.of(PatchFault.PUBACK_REASON_STRING_OVERSIZE)));
        assertEquals(PublishAck.puback(5), puback.sizedAnswer(PublishAck.puback(5), 0), "no size announced");
        assertEquals(PublishAck.pubrec(5), puback.sizedAnswer(PublishAck.pubrec(5), 64), "not a PUBACK");
        MqttPacket padded = puback.sizedAnswer(PublishAck.puback(5), 64);
        assertTrue(MqttEncoder.encode(padded, VERSION).length > 64);
        assertTrue(((PublishAck) padded).properties().first(MqttPropertyId.REASON_STRING).isPresent());
        assertEquals(0, puback.maximumPacketSize(64), "the patch keeps to no limit");

        PatchTransform disconnect = PatchTransforms.active(settings(Set.of(PatchFault.DISCONNECT_USER_PROPERTY_OVERSIZE)));
        MqttPacket paddedDisconnect = disconnect.sizedAnswer(new Disconnect(0, 0, MqttProperties.EMPTY), 64);
        assertTrue(MqttEncoder.encode(paddedDisconnect, VERSION).length > 64);
        assertTrue(((Disconnect) paddedDisconnect).properties().first(MqttPropertyId.USER_PROPERTY).isPresent());

        PatchTransform qos2 = PatchTransforms.active(settings(Set.of(PatchFault.QOS2_ANSWERS_REASON_STRING_OVERSIZE)));
        for (PublishAck answer : List.of(PublishAck.pubrec(5), PublishAck.pubrel(5), PublishAck.pubcomp(5))) {
            assertTrue(MqttEncoder.encode(qos2.sizedAnswer(answer, 64), VERSION).length > 64, answer.type().name());
        }
        assertEquals(PublishAck.puback(5), qos2.sizedAnswer(PublishAck.puback(5), 64));
    }

    @Test
    void theReusedIdentifierFaultsAnswerAnIdentifierOnlyOnce() {
        PatchTransform atQos1 = PatchTransforms.active(settings(Set.of(PatchFault.COMMAND_REUSED_ID_IGNORED)));
        assertEquals("40020005", hex(atQos1.commandAck(PublishAck.puback(5)).orElseThrow()));
        assertEquals("40020006", hex(atQos1.commandAck(PublishAck.puback(6)).orElseThrow()));
        assertEquals(Optional.empty(), atQos1.commandAck(PublishAck.puback(5)), "identifier 5 again: taken for a repeat");
        PatchTransform atQos2 = PatchTransforms.active(settings(Set.of(PatchFault.COMMAND_REUSED_ID_NOT_RECEIVED)));
        assertEquals("50020005", hex(atQos2.commandAck(PublishAck.pubrec(5)).orElseThrow()));
        assertEquals(Optional.empty(), atQos2.commandAck(PublishAck.pubrec(5)));
    }

    @Test
    void aReadingNumberedZeroDrawsNoPacketIdentifier() {
        AtomicInteger drawn = new AtomicInteger();
        assertEquals(0, PatchTransforms.active(settings(Set.of(PatchFault.PACKET_ID_ZERO))).readingPacketId(drawn::incrementAndGet));
        assertEquals(0, drawn.get());
    }
    /** The bytes of a CONNECT of the conformant patch after the fault's edits of its model and of its bytes. */
    private static byte[] connectBytes(PatchFault fault, MqttVersion version, Connect conformant) {
        PatchTransform t = PatchTransforms.of(fault, settings(Set.of(fault)));
        return t.connectFrame(MqttEncoder.encode(t.connect(conformant), version));
    }

    private static String connectHex(PatchFault fault, MqttVersion version, Connect conformant) {
        return HexFormat.of().formatHex(connectBytes(fault, version, conformant));
    }

    private static final Connect WITH_WILL_311 = Connect.of(MqttVersion.V3_1_1, "c", 1, false)
            .withWill("w", new byte[] {'x'}, 1, true, MqttProperties.EMPTY);
    private static final Connect LOGGING_IN_311 = Connect.of(MqttVersion.V3_1_1, "c", 1, false)
            .withCredentials("u", new byte[] {'p'});

    @Test
    void thePayloadFaultsBreakTheFieldsOfTheConnectAsNamed() {
        // fixed header 10 len | 0004 "MQTT" | level 04 | flags | keep alive 0001 | payload
        String header = "00044d51545404";
        assertEquals("1013" + header + "000001" + "000163" + "000177" + "000178",
                connectHex(PatchFault.WILL_FIELDS_WITHOUT_WILL_FLAG, MqttVersion.V3_1_1, WITH_WILL_311),
                "the will fields stay, the Will flag, QoS and Retain are 0");
        assertEquals("100d" + header + "2c0001" + "000163", connectHex(PatchFault.WILL_FIELDS_MISSING, MqttVersion.V3_1_1,
                WITH_WILL_311), "the Will flag stays, its fields are gone");
        Connect plain = Connect.of(MqttVersion.V3_1_1, "c", 1, false);
        assertEquals("1014" + header + "000001" + "000163" + "00057061746368", connectHex(PatchFault.USER_NAME_WITHOUT_FLAG,
                MqttVersion.V3_1_1, plain), "a user name follows the client identifier, the User Name flag is 0");
        assertEquals("100d" + header + "800001" + "000163", connectHex(PatchFault.USER_NAME_MISSING, MqttVersion.V3_1_1, plain));
        assertEquals("1013" + header + "800001" + "000163" + "000175" + "000170",
                connectHex(PatchFault.PASSWORD_WITHOUT_FLAG, MqttVersion.V3_1_1, LOGGING_IN_311), "the password stays, its flag is 0");
        assertEquals("1010" + header + "c00001" + "000163" + "000175",
                connectHex(PatchFault.PASSWORD_MISSING, MqttVersion.V3_1_1, LOGGING_IN_311));
        assertEquals("1016" + header + "400001" + "000163" + "0007756e61736b6564",
                connectHex(PatchFault.PASSWORD_WITHOUT_USER_NAME, MqttVersion.V3_1_1, plain));
        assertEquals("100a" + header + "000001", connectHex(PatchFault.CLIENT_ID_MISSING, MqttVersion.V3_1_1, plain),
                "the payload is empty");
        assertEquals("1013" + header + "c00001" + "000175" + "000163" + "000170",
                connectHex(PatchFault.USER_NAME_BEFORE_CLIENT_ID, MqttVersion.V3_1_1, LOGGING_IN_311));
        assertEquals("100d" + header + "000001" + "0001ff", connectHex(PatchFault.CLIENT_ID_NOT_UTF8, MqttVersion.V3_1_1, plain));
        assertEquals("1013" + header + "c00001" + "000163" + "0001ff" + "000170",
                connectHex(PatchFault.USER_NAME_NOT_UTF8, MqttVersion.V3_1_1, LOGGING_IN_311));
    }

    @Test
    void theWillTopicFaultFindsTheTopicBehindTheWillPropertiesOfMqtt5() {
        Connect will5 = Connect.of(MqttVersion.V5_0, "c", 1, false).withWill("w", new byte[] {'x'}, 1, true, MqttProperties.EMPTY);
        // fixed header | 0004 "MQTT" 05 | flags 2c | keep alive 0001 | properties 00 | "c" | will properties 00 | topic | message
        assertEquals("1015" + "00044d51545405" + "2c0001" + "00" + "000163" + "00" + "0001ff" + "000178",
                connectHex(PatchFault.WILL_TOPIC_NOT_UTF8, MqttVersion.V5_0, will5));
        assertEquals("100f" + "00044d51545405" + "2c0001" + "00" + "000163" + "00",
                connectHex(PatchFault.WILL_FIELDS_MISSING, MqttVersion.V5_0, will5), "the Will Properties stay, topic and message go");
    }
}
