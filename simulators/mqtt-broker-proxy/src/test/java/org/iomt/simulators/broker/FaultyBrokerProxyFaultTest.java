package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttEncoder;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.PingResp;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.iomt.standards.mqtt.Unsuback;
import org.iomt.standards.mqtt.Unsubscribe;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static org.iomt.simulators.broker.ProxyBench.ANSWER;
import static org.iomt.simulators.broker.ProxyBench.subscribe;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each fault has its wire effect on a real Mosquitto behind the proxy; where the effect is an absence, the same
 * exchange without the fault shows the presence, so the test cannot pass because nothing happened at all.
 */
@Tag("medium")
class FaultyBrokerProxyFaultTest {

    /** How long an absence is awaited: long against loopback round trips of about a millisecond. */
    private static final Duration QUIET = Duration.ofMillis(500);

    @RegisterExtension
    final ProxyBench bench = new ProxyBench();

    @ParameterizedTest(name = "with faults [{0}] a retained message is kept: {1}")
    @CsvSource({"'', true", "retained-not-stored, false"})
    void aRetainedMessageReachesALaterSubscriberOnlyWithoutRetainedNotStored(String fault, boolean kept) throws Exception {
        RawMqttClient patch = bench.connected(bench.proxy(fault), MqttVersion.V3_1_1, "patch");
        patch.send(Publish.of("ward/a/temp", 1, true, 3, bytes("36.6")));
        patch.expect(PublishAck.class, ANSWER);
        RawMqttClient station = bench.connected(bench.broker(), MqttVersion.V3_1_1, "station");
        subscribe(station, 1, "ward/a/temp");
        assertEquals(kept, station.next(QUIET).isPresent());
    }

    @Test
    void aQos2PublishIsAnsweredWithPubackAndStillDelivered() throws Exception {
        RawMqttClient station = bench.connected(bench.broker(), MqttVersion.V3_1_1, "station");
        subscribe(station, 2, "ward/#");
        RawMqttClient patch = bench.connected(bench.proxy("qos2-answered-with-puback"), MqttVersion.V3_1_1, "patch");
        patch.send(Publish.of("ward/a/temp", 2, false, 7, bytes("36.6")));
        PublishAck answer = patch.expect(PublishAck.class, ANSWER);
        assertAll(() -> assertEquals(PacketType.PUBACK, answer.type()),
                () -> assertEquals(7, answer.packetId()),
                () -> assertEquals("36.6", new String(station.expect(Publish.class, ANSWER).payload(), StandardCharsets.UTF_8)),
                () -> assertEquals(Optional.empty(), patch.next(QUIET), "nothing after the PUBACK (the proxy ate the PUBCOMP)"));
    }

    @ParameterizedTest(name = "with faults [{0}] a QoS 2 PUBLISH sent again before its PUBREL arrives {1} times")
    @CsvSource({"'', 1", "qos2-duplicate-delivered, 2"})
    void aQos2PublishSentAgainBeforeItsReleaseIsDeliveredTwiceOnlyWithTheFault(String fault, int copies) throws Exception {
        RawMqttClient station = bench.connected(bench.broker(), MqttVersion.V3_1_1, "station");
        subscribe(station, 0, "ward/#");
        RawMqttClient patch = bench.connected(bench.proxy(fault), MqttVersion.V3_1_1, "patch");
        Publish reading = Publish.of("ward/a/temp", 2, false, 7, bytes("36.6"));
        patch.send(reading);
        assertEquals(7, patch.expect(PublishAck.class, ANSWER).packetId());
        patch.send(reading.withDup(true));
        PublishAck again = patch.expect(PublishAck.class, ANSWER);
        patch.send(PublishAck.pubrel(7));
        PublishAck complete = patch.expect(PublishAck.class, ANSWER);
        List<MqttPacket> delivered = new ArrayList<>();
        for (Optional<MqttPacket> next = station.next(QUIET); next.isPresent(); next = station.next(QUIET)) {
            delivered.add(next.get());
        }
        assertAll(() -> assertEquals(PacketType.PUBREC, again.type()), () -> assertEquals(7, again.packetId()),
                () -> assertEquals(PacketType.PUBCOMP, complete.type()), () -> assertEquals(7, complete.packetId()),
                () -> assertEquals(copies, delivered.size()), () -> assertEquals(Optional.empty(), patch.next(QUIET)));
    }

    @ParameterizedTest(name = "with faults [{0}] a PUBLISH under the identifier of a completed flow is delivered: {1}")
    @CsvSource({"'', true", "reused-id-taken-for-duplicate, false"})
    void aPublishReusingACompletedIdentifierIsSwallowedOnlyWithTheFault(String fault, boolean delivered) throws Exception {
        RawMqttClient station = bench.connected(bench.broker(), MqttVersion.V3_1_1, "station");
        subscribe(station, 0, "ward/#");
        RawMqttClient patch = bench.connected(bench.proxy(fault), MqttVersion.V3_1_1, "patch");
        patch.send(Publish.of("ward/a/temp", 1, false, 9, bytes("36.6")));
        assertEquals(9, patch.expect(PublishAck.class, ANSWER).packetId());
        assertEquals("36.6", new String(station.expect(Publish.class, ANSWER).payload(), StandardCharsets.UTF_8));
        patch.send(Publish.of("ward/a/temp", 1, false, 9, bytes("36.8")).withDup(true));
        PublishAck again = patch.expect(PublishAck.class, ANSWER);
        assertAll(() -> assertEquals(9, again.packetId()), () -> assertEquals(delivered, station.next(QUIET).isPresent()));
    }

    @Test
    void deliveriesComeUnderIdentifierZeroAndTheFlowsStillEndWithPacketIdZeroOnDelivery() throws Exception {
        RawMqttClient station = bench.connected(bench.proxy("packet-id-zero-on-delivery"), MqttVersion.V3_1_1, "station");
        subscribe(station, 2, "ward/#");
        RawMqttClient patch = bench.connected(bench.broker(), MqttVersion.V3_1_1, "patch");
        patch.send(Publish.of("ward/a/temp", 2, false, 4, bytes("36.6")));
        patch.expect(PublishAck.class, ANSWER);
        patch.send(PublishAck.pubrel(4));
        Publish delivered = station.expect(Publish.class, ANSWER);
        station.send(PublishAck.pubrec(0));
        PublishAck pubrel = station.expect(PublishAck.class, ANSWER);
        station.send(PublishAck.pubcomp(0));
        patch.send(Publish.of("ward/a/temp", 1, false, 5, bytes("36.7")));
        Publish next = station.expect(Publish.class, ANSWER);
        assertAll(() -> assertEquals(0, delivered.packetId()), () -> assertEquals(PacketType.PUBREL, pubrel.type()),
                () -> assertEquals(0, pubrel.packetId()), () -> assertEquals(0, next.packetId()),
                () -> assertEquals("36.7", new String(next.payload(), StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "with faults [{0}] the SUBACK and UNSUBACK carry packet identifier {1}")
    @CsvSource({"'', 23100", "ack-id-low-byte-only, 60"})
    void subackAndUnsubackKeepOneByteOfTheIdentifierOnlyWithTheFault(String fault, int answered) throws Exception {
        RawMqttClient client = bench.connected(bench.proxy(fault), MqttVersion.V3_1_1, "client");
        client.send(Subscribe.of(0x5A3C, new Subscription("ward/#", 0)));
        Suback suback = client.expect(Suback.class, ANSWER);
        client.send(Unsubscribe.of(0x5A3C, "ward/#"));
        Unsuback unsuback = client.expect(Unsuback.class, ANSWER);
        assertAll(() -> assertEquals(answered, suback.packetId()), () -> assertEquals(answered, unsuback.packetId()));
    }

    @ParameterizedTest(name = "with faults [{0}] the connection is closed: {1}")
    @CsvSource({"'', true", "wildcard-publish-accepted, false"})
    void aPublishToAWildcardTopicIsAcknowledgedAndSwallowedByTheFault(String fault, boolean refused) throws Exception {
        RawMqttClient station = bench.connected(bench.broker(), MqttVersion.V3_1_1, "station");
        subscribe(station, 1, "#");
        RawMqttClient patch = bench.connected(bench.proxy(fault), MqttVersion.V3_1_1, "patch");
        patch.send(Publish.of("ward/+/temp", 1, false, 5, bytes("36.6")));
        if (refused) {
            assertTrue(patch.closedWithin(ANSWER), "Mosquitto kept the connection open");
            return;
        }
        assertEquals(PublishAck.puback(5), patch.expect(PublishAck.class, ANSWER));
        patch.send(new PingReq(0));
        assertAll(() -> patch.expect(PingResp.class, ANSWER),
                () -> assertEquals(Optional.empty(), station.next(QUIET), "the broker saw the PUBLISH"));
    }

    @ParameterizedTest(name = "with faults [{0}] the filter \"{1}\" is granted: {2}")
    @CsvSource({"'', ward/#/temp, false", "'', ward/temp+, false", "'', '', false",
            "malformed-filter-accepted, ward/#/temp, true", "malformed-filter-accepted, ward/temp+, true",
            "malformed-filter-accepted, '', true"})
    void aForbiddenTopicFilterIsGrantedOnlyWithMalformedFilterAccepted(String fault, String filter, boolean granted)
            throws Exception {
        RawMqttClient monitor = bench.connected(bench.proxy(fault), MqttVersion.V5_0, "monitor");
        monitor.send(Subscribe.of(9, new Subscription(filter, 1)));
        if (!granted) {
            assertTrue(monitor.closedWithin(ANSWER), "Mosquitto kept the connection open");
            return;
        }
        assertEquals(List.of(1), monitor.expect(Suback.class, ANSWER).reasonCodes());
    }

    @ParameterizedTest(name = "with faults [{0}] the wildcard subscription outlives an UNSUBSCRIBE of one topic: {1}")
    @CsvSource({"'', true", "unsubscribe-matches-by-topic, false"})
    void anUnsubscribeOfOneTopicTakesTheWildcardSubscriptionOnlyWithUnsubscribeMatchesByTopic(String fault, boolean kept)
            throws Exception {
        RawMqttClient monitor = bench.connected(bench.proxy(fault), MqttVersion.V5_0, "monitor");
        subscribe(monitor, 1, "ward/+");
        monitor.send(Unsubscribe.of(2, "ward/p1"));
        assertEquals(1, monitor.expect(Unsuback.class, ANSWER).reasonCodes().size(), "one code for the one filter named");
        RawMqttClient patch = bench.connected(bench.broker(), MqttVersion.V5_0, "patch");
        patch.send(Publish.of("ward/p1", 0, false, 0, bytes("36.6")));
        assertEquals(kept, monitor.next(QUIET).isPresent());
    }

    @ParameterizedTest(name = "with faults [{0}] the second filter of an UNSUBSCRIBE is deleted: {1}")
    @CsvSource({"'', true", "unsubscribe-only-first-filter, false"})
    void anUnsubscribeOfTwoFiltersDeletesOnlyTheFirstWithUnsubscribeOnlyFirstFilter(String fault, boolean deleted)
            throws Exception {
        RawMqttClient monitor = bench.connected(bench.proxy(fault), MqttVersion.V5_0, "monitor");
        subscribe(monitor, 1, "ward/p1", "ward/p2");
        monitor.send(Unsubscribe.of(2, "ward/p1", "ward/p2"));
        assertEquals(2, monitor.expect(Unsuback.class, ANSWER).reasonCodes().size(), "one code per filter named");
        RawMqttClient patch = bench.connected(bench.broker(), MqttVersion.V5_0, "patch");
        patch.send(Publish.of("ward/p2", 0, false, 0, bytes("36.6")));
        assertEquals(!deleted, monitor.next(QUIET).isPresent());
    }

    @ParameterizedTest(name = "with faults [{0}] a second subscription at QoS 1 delivers at QoS {1}")
    @CsvSource({"'', 1", "resubscription-keeps-old-qos, 0"})
    void aSecondSubscriptionKeepsTheFirstQosWithResubscriptionKeepsOldQos(String fault, int qos) throws Exception {
        RawMqttClient monitor = bench.connected(bench.proxy(fault), MqttVersion.V3_1_1, "monitor");
        subscribe(monitor, 0, "ward/p1");
        monitor.send(Subscribe.of(2, new Subscription("ward/p1", 1)));
        assertEquals(List.of(1), monitor.expect(Suback.class, ANSWER).reasonCodes(), "the QoS asked for is granted");
        RawMqttClient patch = bench.connected(bench.broker(), MqttVersion.V3_1_1, "patch");
        patch.send(Publish.of("ward/p1", 1, false, 3, bytes("36.6")));
        assertEquals(qos, monitor.expect(Publish.class, ANSWER).qos());
    }

    @ParameterizedTest(name = "with faults [{0}] a second subscription gets the retained message again: {1}")
    @CsvSource({"'', true", "retained-not-resent, false"})
    void aSecondSubscriptionGetsNoRetainedMessageWithRetainedNotResent(String fault, boolean resent) throws Exception {
        RawMqttClient patch = bench.connected(bench.broker(), MqttVersion.V3_1_1, "patch");
        patch.send(Publish.of("ward/p9/temp", 1, true, 3, bytes("36.6")));
        patch.expect(PublishAck.class, ANSWER);
        try {
            RawMqttClient monitor = bench.connected(bench.proxy(fault), MqttVersion.V3_1_1, "monitor");
            subscribe(monitor, 0, "ward/p9/temp");
            assertTrue(monitor.expect(Publish.class, ANSWER).retain(), "the first subscription's retained message");
            subscribe(monitor, 0, "ward/p9/temp");
            assertEquals(resent, monitor.next(QUIET).isPresent());
        } finally {
            patch.send(Publish.of("ward/p9/temp", 1, true, 4, new byte[0]));
            patch.expect(PublishAck.class, ANSWER);
        }
    }

    @ParameterizedTest(name = "with faults [{0}] each copy names only its own subscription: {1}")
    @CsvSource({"'', true", "subscription-identifiers-merged, false"})
    void eachCopyNamesEveryMatchingSubscriptionWithSubscriptionIdentifiersMerged(String fault, boolean own) throws Exception {
        RawMqttClient monitor = bench.connected(bench.proxy(fault), MqttVersion.V5_0, "monitor");
        for (int id = 1; id <= 2; id++) {
            monitor.send(new Subscribe(0x02, id, MqttProperties.EMPTY.with(MqttPropertyId.SUBSCRIPTION_IDENTIFIER, id),
                    List.of(new Subscription(id == 1 ? "ward/#" : "ward/p1", 0))));
            monitor.expect(Suback.class, ANSWER);
        }
        RawMqttClient patch = bench.connected(bench.broker(), MqttVersion.V5_0, "patch");
        patch.send(Publish.of("ward/p1", 0, false, 0, bytes("36.6")));
        List<Integer> first = monitor.expect(Publish.class, ANSWER).properties().all(MqttPropertyId.SUBSCRIPTION_IDENTIFIER)
                .stream().map(MqttProperty::intValue).toList();
        assertEquals(own, first.size() == 1, "identifiers of the first copy: " + first);
    }

    @ParameterizedTest(name = "with faults [{0}] the identifiers the copies of one message carry: {1}")
    @CsvSource({"'', '[1], [2]'", "subscription-copies-collapsed, '[1]'"})
    void theCopiesForOverlappingSubscriptionsBecomeOneWithOneIdentifierOnlyWithTheFault(String fault, String carried)
            throws Exception {
        RawMqttClient monitor = bench.connected(bench.proxy(fault), MqttVersion.V5_0, "monitor");
        for (int id = 1; id <= 2; id++) {
            monitor.send(new Subscribe(0x02, id, MqttProperties.EMPTY.with(MqttPropertyId.SUBSCRIPTION_IDENTIFIER, id),
                    List.of(new Subscription(id == 1 ? "ward/#" : "ward/p1", 1))));
            monitor.expect(Suback.class, ANSWER);
        }
        RawMqttClient patch = bench.connected(bench.broker(), MqttVersion.V5_0, "patch");
        patch.send(Publish.of("ward/p1", 1, false, 7, bytes("36.6")));
        List<String> copies = new ArrayList<>();
        for (Optional<MqttPacket> next = monitor.next(QUIET); next.isPresent(); next = monitor.next(QUIET)) {
            Publish copy = (Publish) next.get();
            copies.add(copy.properties().all(MqttPropertyId.SUBSCRIPTION_IDENTIFIER).stream().map(MqttProperty::intValue).toList()
                    .toString());
        }
        assertEquals(carried, String.join(", ", copies.stream().sorted().toList()));
    }

    @ParameterizedTest(name = "with faults [{0}] a reading on the precomposed spelling matches the decomposed filter: {1}")
    @CsvSource({"'', false", "topics-normalised, true"})
    void aPrecomposedTopicMatchesADecomposedFilterOnlyWithTopicsNormalised(String fault, boolean matched) throws Exception {
        RawMqttClient monitor = bench.connected(bench.proxy(fault), MqttVersion.V3_1_1, "monitor");
        subscribe(monitor, 0, "ward/cafe\u0301");
        RawMqttClient patch = bench.connected(bench.broker(), MqttVersion.V3_1_1, "patch");
        patch.send(Publish.of("ward/caf\u00e9", 0, false, 0, bytes("36.6")));
        assertEquals(matched, monitor.next(QUIET).isPresent());
    }

    @ParameterizedTest(name = "with faults [{0}] the second filter of a SUBSCRIBE delivers: {1}")
    @CsvSource({"'', true", "subscribe-only-first-filter, false"})
    void aSubscribeOfTwoFiltersSubscribesOnlyTheFirstWithSubscribeOnlyFirstFilter(String fault, boolean delivered)
            throws Exception {
        RawMqttClient monitor = bench.connected(bench.proxy(fault), MqttVersion.V3_1_1, "monitor");
        monitor.send(Subscribe.of(4, new Subscription("ward/p1", 0), new Subscription("ward/p2", 0)));
        assertEquals(List.of(0, 0), monitor.expect(Suback.class, ANSWER).reasonCodes(), "one code per filter");
        RawMqttClient patch = bench.connected(bench.broker(), MqttVersion.V3_1_1, "patch");
        patch.send(Publish.of("ward/p2", 0, false, 0, bytes("36.6")));
        assertEquals(delivered, monitor.next(QUIET).isPresent());
    }

    @ParameterizedTest(name = "with faults [{0}] SUBACKs for a SUBSCRIBE of two filters: {1}")
    @CsvSource({"'', 1", "suback-per-filter, 2"})
    void aSubscribeOfTwoFiltersGetsASubackPerFilterWithSubackPerFilter(String fault, int subacks) throws Exception {
        RawMqttClient monitor = bench.connected(bench.proxy(fault), MqttVersion.V3_1_1, "monitor");
        monitor.send(Subscribe.of(4, new Subscription("ward/p1", 0), new Subscription("ward/p2", 1)));
        List<Suback> answers = new ArrayList<>();
        for (Optional<MqttPacket> p = monitor.next(QUIET); p.isPresent(); p = monitor.next(QUIET)) {
            answers.add((Suback) p.get());
        }
        assertAll(() -> assertEquals(subacks, answers.size(), "SUBACKs: " + answers),
                () -> assertEquals(List.of(0, 1), answers.stream().flatMap(a -> a.reasonCodes().stream()).toList()));
    }

    @ParameterizedTest(name = "with faults [{0}] an unacknowledged delivery comes again after UNSUBSCRIBE: {1}")
    @CsvSource({"'', true", "unsubscribe-drops-in-flight, false"})
    void anUnsubscribeAbandonsTheDeliveryUnderWayWithUnsubscribeDropsInFlight(String fault, boolean resent) throws Exception {
        InetSocketAddress proxy = bench.proxy(fault);
        RawMqttClient monitor = bench.connected(proxy, Connect.of(MqttVersion.V3_1_1, "inflight", 60, false));
        subscribe(monitor, 1, "ward/p5");
        RawMqttClient patch = bench.connected(bench.broker(), MqttVersion.V3_1_1, "patch");
        patch.send(Publish.of("ward/p5", 1, false, 3, bytes("36.6")));
        monitor.expect(Publish.class, ANSWER);
        monitor.send(Unsubscribe.of(2, "ward/p5"));
        monitor.expect(Unsuback.class, ANSWER);
        monitor.close();
        RawMqttClient resumed = bench.connected(proxy, Connect.of(MqttVersion.V3_1_1, "inflight", 60, false));
        try {
            assertEquals(resent, resumed.next(QUIET).isPresent());
        } finally {
            resumed.send(new Disconnect(0, 0, MqttProperties.EMPTY));
            bench.connected(bench.broker(), Connect.of(MqttVersion.V3_1_1, "inflight", 60, true)).close();
        }
    }

    @ParameterizedTest(name = "with faults [{0}] a ping is answered while a delivery awaits its PUBACK: {1}")
    @CsvSource({"'', true", "quota-stalls-other-answers, false"})
    void aPingWaitsForTheUnacknowledgedDeliveryOnlyWithQuotaStallsOtherAnswers(String fault, boolean answered) throws Exception {
        RawMqttClient monitor = bench.connected(bench.proxy(fault), MqttVersion.V5_0, "monitor");
        subscribe(monitor, 1, "ward/p6");
        RawMqttClient patch = bench.connected(bench.broker(), MqttVersion.V5_0, "patch");
        patch.send(Publish.of("ward/p6", 1, false, 3, bytes("36.6")));
        Publish delivery = monitor.expect(Publish.class, ANSWER);
        monitor.send(new PingReq(0));
        Optional<MqttPacket> answer = monitor.next(QUIET);
        assertEquals(answered, answer.filter(PingResp.class::isInstance).isPresent(), "answer: " + answer);
        monitor.send(PublishAck.puback(delivery.packetId()));
        if (!answered) {
            monitor.expect(PingResp.class, ANSWER);
        }
    }

    @ParameterizedTest(name = "with faults [{0}] a will comes back with the resumed session: {1}")
    @CsvSource({"'', false", "will-kept-after-publishing, true"})
    void aPublishedWillComesBackWithTheSessionOnlyWithWillKeptAfterPublishing(String fault, boolean again) throws Exception {
        InetSocketAddress proxy = bench.proxy(fault);
        RawMqttClient monitor = bench.connected(bench.broker(), MqttVersion.V3_1_1, "monitor");
        subscribe(monitor, 0, "ward/p7/status");
        RawMqttClient patch = bench.connected(proxy, Connect.of(MqttVersion.V3_1_1, "willpatch", 60, false)
                .withWill("ward/p7/status", bytes("gone"), 0, false, null));
        patch.close();
        monitor.expect(Publish.class, ANSWER);
        RawMqttClient resumed = bench.connected(proxy, Connect.of(MqttVersion.V3_1_1, "willpatch", 60, false));
        resumed.close();
        try {
            assertEquals(again, monitor.next(QUIET).isPresent());
        } finally {
            bench.connected(bench.broker(), Connect.of(MqttVersion.V3_1_1, "willpatch", 60, true))
                    .send(new Disconnect(0, 0, MqttProperties.EMPTY));
        }
    }

    @ParameterizedTest(name = "with faults [{0}] the will is published: {1}")
    @CsvSource({"'', true", "will-lost, false"})
    void theWillOfAVanishedClientIsPublishedOnlyWithoutWillLost(String fault, boolean published) throws Exception {
        RawMqttClient monitor = bench.connected(bench.broker(), MqttVersion.V5_0, "monitor");
        subscribe(monitor, 0, "ward/patch/status");
        RawMqttClient patch = bench.connected(bench.proxy(fault), Connect.of(MqttVersion.V5_0, "patch", 60, true)
                .withWill("ward/patch/status", bytes("gone"), 1, false, null));
        patch.close();
        assertEquals(published, monitor.next(QUIET).isPresent());
    }

    @ParameterizedTest(name = "with faults [{0}] copies of one message: more than two {1}")
    @CsvSource({"'', false", "overlap-duplicates, true"})
    void aMessageMatchingTwoSubscriptionsArrivesMoreOftenThanSubscribedWithOverlapDuplicates(String fault, boolean more)
            throws Exception {
        RawMqttClient station = bench.connected(bench.proxy(fault), MqttVersion.V3_1_1, "station");
        subscribe(station, 1, "ward/#", "ward/a/temp");
        RawMqttClient patch = bench.connected(bench.broker(), MqttVersion.V3_1_1, "patch");
        patch.send(Publish.of("ward/a/temp", 1, false, 1, bytes("36.6")));
        List<Publish> copies = new ArrayList<>();
        for (Optional<MqttPacket> p = station.next(QUIET); p.isPresent(); p = station.next(QUIET)) {
            Publish copy = (Publish) p.get();
            copies.add(copy);
            station.send(PublishAck.puback(copy.packetId()));
        }
        assertAll(() -> assertEquals(more, copies.size() > 2, "copies: " + copies),
                () -> assertTrue(copies.stream().filter(c -> c.dup() == 0).count() <= 2, "first sends: " + copies));
    }

    /** Side by side, since Mosquitto 2.0 takes up to 5 s to notice a client silent for a Keep Alive of 1 s. */
    @Test
    void aClientSilentBeyondItsKeepAliveStaysConnectedOnlyWithKeepAliveNotEnforced() throws Exception {
        RawMqttClient plain = bench.connected(bench.proxy(), Connect.of(MqttVersion.V3_1_1, "plain", 1, true));
        RawMqttClient kept = bench.connected(bench.proxy("keep-alive-not-enforced"), Connect.of(MqttVersion.V3_1_1, "kept", 1, true));
        assertTrue(plain.closedWithin(Duration.ofSeconds(8)), "Mosquitto did not enforce the Keep Alive at all");
        assertFalse(kept.closedWithin(Duration.ofSeconds(1)), "the broker closed the client behind the fault");
        kept.send(new PingReq(0));
        assertAll(() -> kept.expect(PingResp.class, ANSWER),
                () -> assertEquals(Optional.empty(), kept.next(QUIET), "a PINGRESP meant for the proxy leaked"));
    }

    /** Input Mosquitto refuses by closing the connection, sent after a good CONNECT (hex of whole frames). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "SUBSCRIBE header flags 0, lenient-parser, 8006000100016100",
            "PUBLISH at QoS 3, lenient-parser, 36070003612f620001",
            "topic name not UTF-8, lenient-parser, 30050003612fff",
            "SUBSCRIBE without filters, lenient-parser, 82020001",
            "topic filter holding U+0000, lenient-parser, 82080001000361006200",
            "remaining length over 4 bytes, lenient-parser, 30ffffffff7f0001",
            "second CONNECT, second-connect-accepted, 100f00044d515454040200010003747032",
            "UNSUBSCRIBE header flags 0, lenient-parser, a00700010003612f62"})
    void inputTheBrokerMustRefuseIsSwallowedByTheFault(String what, String fault, String hex) throws Exception {
        RawMqttClient plain = bench.connected(bench.proxy(), MqttVersion.V3_1_1, "plain");
        RawMqttClient lenient = bench.connected(bench.proxy(fault), MqttVersion.V3_1_1, "lenient");
        plain.sendBytes(HexFormat.of().parseHex(hex));
        lenient.sendBytes(HexFormat.of().parseHex(hex));
        assertTrue(plain.closedWithin(ANSWER), "Mosquitto accepted the input itself");
        assertFalse(lenient.closedWithin(Duration.ZERO), "the broker saw the input behind the fault");
        if (!what.startsWith("remaining length")) { // after a broken frame the fault swallows everything
            lenient.send(new PingReq(0));
            lenient.expect(PingResp.class, ANSWER);
        }
    }

    @ParameterizedTest(name = "with faults [{0}] an UNSUBSCRIBE with header flags 0000 is answered: {1}")
    @CsvSource({"'', false", "unsubscribe-flags-accepted, true"})
    void anUnsubscribeWithWrongFlagsIsAnsweredOnlyWithUnsubscribeFlagsAccepted(String fault, boolean answered) throws Exception {
        RawMqttClient monitor = bench.connected(bench.proxy(fault), MqttVersion.V3_1_1, "monitor");
        monitor.sendBytes(HexFormat.of().parseHex("a00700010003612f62"));
        assertEquals(answered, monitor.next(QUIET).filter(Unsuback.class::isInstance).isPresent());
        assertEquals(!answered, monitor.closedWithin(QUIET));
    }

    /** MQTT 5.0 packets whose properties decode but break the property table, sent after a good CONNECT. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "PUBLISH with Session Expiry Interval, 300c0003612f62 05 1100000e10 78",
            "SUBSCRIBE with two Subscription Identifiers, 820d0001 04 0b07 0b07 0003612f62 01",
            "PUBACK with Reason String twice, 400c0001 00 08 1f000178 1f000178"})
    void mqtt5PropertiesThatBreakTheTableAreSwallowedByMalformedPropertiesTolerated(String what, String hex) throws Exception {
        byte[] frame = HexFormat.of().parseHex(hex.replace(" ", ""));
        RawMqttClient plain = bench.connected(bench.proxy(), MqttVersion.V5_0, "plain");
        RawMqttClient tolerant = bench.connected(bench.proxy("malformed-properties-tolerated"), MqttVersion.V5_0, "tolerant");
        plain.sendBytes(frame);
        tolerant.sendBytes(frame);
        assertTrue(plain.closedWithin(ANSWER), "Mosquitto accepted the input itself");
        assertFalse(tolerant.closedWithin(Duration.ZERO), "the broker saw the input behind the fault");
        tolerant.send(new PingReq(0));
        tolerant.expect(PingResp.class, ANSWER);
    }

    @ParameterizedTest(name = "MQTT {0} is answered: {1}")
    @CsvSource({"3.1.1, true", "5.0, false"})
    void connackIsWithheldFromMqtt5ClientsOnly(String version, boolean answered) throws Exception {
        MqttVersion v = MqttVersion.parse(version);
        RawMqttClient patch = bench.open(bench.proxy("connack-withheld-v5"), v);
        patch.send(Connect.of(v, "patch", 60, true));
        Optional<MqttPacket> answer = patch.next(QUIET);
        assertEquals(answered, answer.filter(Connack.class::isInstance).isPresent(), "answer: " + answer);
        assertFalse(patch.closedWithin(Duration.ZERO));
    }

    @ParameterizedTest(name = "MQTT {0} is admitted: {1}")
    @CsvSource({"3.1.1, true", "5.0, false"})
    void onlyMqtt5ConnectionsAreClosedWithoutAConnack(String version, boolean admitted) throws Exception {
        MqttVersion v = MqttVersion.parse(version);
        RawMqttClient patch = bench.open(bench.proxy("v5-connect-closed"), v);
        patch.send(Connect.of(v, "patch", 60, true));
        Optional<MqttPacket> answer = patch.next(QUIET);
        assertEquals(admitted, answer.filter(Connack.class::isInstance).isPresent(), "answer: " + answer);
        assertEquals(!admitted, patch.closedWithin(QUIET));
    }

    @ParameterizedTest(name = "with faults [{0}] an anonymous 5.0 client keeping its session gets CONNACK code {1}")
    @CsvSource({"'', 0", "identifier-refusal-kept-open, 133"})
    void anAnonymousClientKeepingItsSessionIsRefusedAndKeptOpenOnlyWithTheFault(String fault, int code) throws Exception {
        RawMqttClient client = bench.open(bench.proxy(fault), MqttVersion.V5_0);
        client.send(Connect.of(MqttVersion.V5_0, "", 60, false));
        assertEquals(code, client.expect(Connack.class, ANSWER).reasonCode());
        client.send(new PingReq(0));
        client.expect(PingResp.class, ANSWER);
    }

    @ParameterizedTest(name = "with faults [{0}] the delivered Response Topic is {1}")
    @CsvSource({"'', ward/replies", "response-topic-wildcarded, ward/replies/#"})
    void theDeliveredResponseTopicEndsInAWildcardOnlyWithTheFault(String fault, String expected) throws Exception {
        RawMqttClient patch = bench.connected(bench.proxy(fault), MqttVersion.V5_0, "patch");
        subscribe(patch, 0, "ward/requests");
        RawMqttClient monitor = bench.connected(bench.broker(), MqttVersion.V5_0, "monitor");
        monitor.send(Publish.of("ward/requests", 0, false, 0, bytes("reading?"))
                .withProperties(MqttProperties.EMPTY.with(MqttPropertyId.RESPONSE_TOPIC, "ward/replies")));
        Publish delivery = patch.expect(Publish.class, ANSWER);
        assertEquals(Optional.of(new MqttProperty(MqttPropertyId.RESPONSE_TOPIC, expected)),
                delivery.properties().first(MqttPropertyId.RESPONSE_TOPIC));
    }

    @ParameterizedTest(name = "with faults [{0}] a PUBLISH by an alias of the previous connection is delivered: {1}")
    @CsvSource({"'', false", "topic-alias-carried-over, true"})
    void anAliasOfAnEndedConnectionIsUsedOnlyWithTopicAliasCarriedOver(String fault, boolean delivered) throws Exception {
        InetSocketAddress proxy = bench.proxy(fault);
        RawMqttClient monitor = bench.connected(bench.broker(), MqttVersion.V5_0, "monitor");
        subscribe(monitor, 0, "ward/p1");
        RawMqttClient first = bench.connected(proxy, MqttVersion.V5_0, "patch");
        first.send(Publish.of("ward/p1", 0, false, 0, bytes("36.6")).withProperties(MqttProperties.EMPTY.with(MqttPropertyId.TOPIC_ALIAS, 1)));
        assertEquals("36.6", new String(monitor.expect(Publish.class, ANSWER).payload(), StandardCharsets.UTF_8));
        first.send(new Disconnect(0, 0, MqttProperties.EMPTY));
        assertTrue(first.closedWithin(ANSWER));
        RawMqttClient second = bench.connected(proxy, MqttVersion.V5_0, "patch");
        second.send(new Publish(0, "", 0, MqttProperties.EMPTY.with(MqttPropertyId.TOPIC_ALIAS, 1), bytes("36.7")));
        assertEquals(delivered, monitor.next(QUIET).filter(Publish.class::isInstance).isPresent());
        assertEquals(!delivered, second.closedWithin(QUIET));
    }

    @ParameterizedTest(name = "with faults [{0}] a delivery to a client taking 3 aliases carries alias {1}")
    @CsvSource({"'', 0", "alias-above-client-maximum, 4"})
    void aDeliveryGetsAnAliasAboveTheClientsMaximumOnlyWithTheFault(String fault, int alias) throws Exception {
        RawMqttClient monitor = bench.connected(bench.proxy(fault), Connect.of(MqttVersion.V5_0, "monitor", 60, true)
                .withProperties(MqttProperties.EMPTY.with(MqttPropertyId.TOPIC_ALIAS_MAXIMUM, 3)));
        subscribe(monitor, 0, "ward/p1");
        RawMqttClient patch = bench.connected(bench.broker(), MqttVersion.V5_0, "patch");
        patch.send(Publish.of("ward/p1", 0, false, 0, bytes("36.6")));
        Publish delivery = monitor.expect(Publish.class, ANSWER);
        assertEquals("ward/p1", delivery.topic(), "the topic name stays");
        assertEquals(alias, delivery.properties().first(MqttPropertyId.TOPIC_ALIAS).map(MqttProperty::intValue).orElse(0));
    }

    @ParameterizedTest(name = "with faults [{0}] the answers to a client taking 64 bytes carry {1}: {2}")
    @CsvSource({"'', REASON_STRING, false", "reason-string-oversize, REASON_STRING, true",
            "user-property-oversize, USER_PROPERTY, true"})
    void answersGrowBeyondTheClientsMaximumPacketSizeOnlyWithTheFault(String fault, MqttPropertyId property, boolean grown)
            throws Exception {
        RawMqttClient client = bench.open(bench.proxy(fault), MqttVersion.V5_0);
        client.send(Connect.of(MqttVersion.V5_0, "client", 60, true)
                .withProperties(MqttProperties.EMPTY.with(MqttPropertyId.MAXIMUM_PACKET_SIZE, 64)));
        Connack connack = client.expect(Connack.class, ANSWER);
        client.send(Subscribe.of(1, new Subscription("ward/p1", 1)));
        Suback suback = client.expect(Suback.class, ANSWER);
        client.send(Publish.of("ward/p2", 1, false, 2, bytes("36.6")));
        PublishAck puback = client.expect(PublishAck.class, ANSWER);
        client.send(new Publish(0x00, "", 0, MqttProperties.EMPTY, bytes("no topic")));
        Disconnect disconnect = client.expect(Disconnect.class, ANSWER);
        assertAll(
                () -> assertEquals(grown, connack.properties().first(property).isPresent(), "CONNACK " + connack),
                () -> assertEquals(grown, MqttEncoder.encode(connack, MqttVersion.V5_0).length > 64, "CONNACK size"),
                () -> assertEquals(grown, suback.properties().first(property).isPresent(), "SUBACK " + suback),
                () -> assertEquals(grown, MqttEncoder.encode(suback, MqttVersion.V5_0).length > 64, "SUBACK size"),
                () -> assertEquals(grown, puback.properties().first(property).isPresent(), "PUBACK " + puback),
                () -> assertEquals(grown, disconnect.properties().first(property).isPresent(), "DISCONNECT " + disconnect));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }


    @ParameterizedTest(name = "with faults [{0}] a CONNECT naming MQTX is accepted: {1}")
    @CsvSource({"'', false", "protocol-name-ignored, true"})
    void aConnectNamingAnotherProtocolIsAcceptedOnlyWithProtocolNameIgnored(String fault, boolean accepted) throws Exception {
        RawMqttClient client = bench.open(bench.proxy(fault), MqttVersion.V3_1_1);
        client.send(Connect.of(MqttVersion.V3_1_1, "mqtx", 60, true).withProtocolName("MQTX"));
        if (accepted) {
            assertEquals(0, client.expect(Connack.class, ANSWER).reasonCode());
        } else {
            assertTrue(client.closedWithin(ANSWER), "Mosquitto kept the connection open");
        }
    }

    @ParameterizedTest(name = "with faults [{0}] an MQTT 5.0 CONNECT naming MQTX is refused and left open: {1}")
    @CsvSource({"'', false", "protocol-name-refusal-kept-open, true"})
    void aV5ConnectNamingAnotherProtocolIsLeftOpenOnlyWithTheFault(String fault, boolean keptOpen) throws Exception {
        RawMqttClient client = bench.open(bench.proxy(fault), MqttVersion.V5_0);
        client.send(Connect.of(MqttVersion.V5_0, "mqtx", 60, true).withProtocolName("MQTX"));
        if (keptOpen) {
            assertEquals(0x84, client.expect(Connack.class, ANSWER).reasonCode());
        }
        assertEquals(!keptOpen, client.closedWithin(ANSWER), "closed");
    }

    @ParameterizedTest(name = "with faults [{0}] a CONNECT of level 99 is answered: {1}")
    @CsvSource({"'', true", "unknown-level-closed-silently, false"})
    void anUnknownLevelIsClosedWithoutConnackOnlyWithTheFault(String fault, boolean answered) throws Exception {
        RawMqttClient client = bench.open(bench.proxy(fault), MqttVersion.V3_1_1);
        client.send(Connect.of(MqttVersion.V3_1_1, "level99", 60, true).withProtocolLevel(99));
        if (answered) {
            assertEquals(0x01, client.expect(Connack.class, ANSWER).reasonCode());
        }
        assertAll(() -> assertTrue(client.closedWithin(ANSWER), "the connection was closed"),
                () -> assertEquals(Optional.empty(), client.next(QUIET), "nothing else arrived"));
    }

    @ParameterizedTest(name = "with faults [{0}] an MQTT 3.1.1 CONNECT with the reserved flag set is answered: {1}")
    @CsvSource({"'', false", "malformed-connect-answered-v3, true"})
    void aConnectWithTheReservedFlagIsAnsweredOnlyWithTheFault(String fault, boolean answered) throws Exception {
        RawMqttClient client = bench.open(bench.proxy(fault), MqttVersion.V3_1_1);
        client.send(Connect.of(MqttVersion.V3_1_1, "reserved", 60, true).withReservedFlag(true));
        if (answered) {
            assertEquals(0x02, client.expect(Connack.class, ANSWER).reasonCode());
        }
        assertAll(() -> assertTrue(client.closedWithin(ANSWER), "the connection was closed"),
                () -> assertEquals(Optional.empty(), client.next(QUIET), "nothing else arrived"));
    }

    @ParameterizedTest(name = "with faults [{0}] a subscriber to # gets $SYS topics: {1}")
    @CsvSource({"'', false", "wildcard-matches-sys-topics, true"})
    void aSubscriptionToEveryTopicGetsTheBrokersOwnTopicsOnlyWithTheFault(String fault, boolean leaked) throws Exception {
        RawMqttClient monitor = bench.connected(bench.proxy(fault), MqttVersion.V3_1_1, "monitor");
        monitor.send(org.iomt.standards.mqtt.Subscribe.of(1, new org.iomt.standards.mqtt.Subscription("#", 0)));
        assertEquals(1, monitor.expect(Suback.class, ANSWER).reasonCodes().size(),
                "the SUBACK answers the one filter the client asked for");
        List<String> topics = new ArrayList<>();
        for (Optional<MqttPacket> p = monitor.next(QUIET); p.isPresent(); p = monitor.next(QUIET)) {
            topics.add(((Publish) p.get()).topic());
        }
        assertEquals(leaked, topics.stream().anyMatch(t -> t.startsWith("$SYS/")), "delivered: " + topics);
    }

    @ParameterizedTest(name = "with faults [{0}] an MQTT {1} client identifier of upper-case letters gets reason code {2}")
    @CsvSource({"'', 3.1.1, 0", "'', 5.0, 0", "client-id-upper-case-refused, 3.1.1, 2", "client-id-upper-case-refused, 5.0, 133"})
    void anUpperCaseIdentifierIsRefusedOnlyWithTheFault(String fault, String version, int code) throws Exception {
        MqttVersion v = MqttVersion.parse(version);
        RawMqttClient patch = bench.open(bench.proxy(fault), v);
        patch.send(Connect.of(v, "PatchB7", 60, true));
        assertEquals(code, patch.expect(Connack.class, ANSWER).reasonCode());
        assertEquals(code != 0, patch.closedWithin(QUIET), "closed after the CONNACK");
    }

    @ParameterizedTest(name = "with faults [{0}] the first of two clients without identifier is closed: {1}")
    @CsvSource({"'', false", "anonymous-clients-share-id, true"})
    void aSecondClientWithoutIdentifierTakesOverTheFirstOnlyWithTheFault(String fault, boolean takenOver) throws Exception {
        InetSocketAddress proxy = bench.proxy(fault);
        RawMqttClient first = bench.connected(proxy, Connect.of(MqttVersion.V3_1_1, "", 60, true));
        RawMqttClient second = bench.connected(proxy, Connect.of(MqttVersion.V3_1_1, "", 60, true));
        second.send(new PingReq(0));
        second.expect(PingResp.class, ANSWER);
        assertEquals(takenOver, first.closedWithin(QUIET));
    }

    @ParameterizedTest(name = "with faults [{0}] a new subscriber gets a stored empty retained message: {1}")
    @CsvSource({"'', false", "empty-retained-stored, true"})
    void anEmptyRetainedMessageIsStoredOnlyWithTheFault(String fault, boolean stored) throws Exception {
        InetSocketAddress proxy = bench.proxy(fault);
        RawMqttClient patch = bench.connected(proxy, MqttVersion.V3_1_1, "patch");
        patch.send(Publish.of("ward/empty-retained/temp", 1, true, 3, new byte[0]));
        patch.expect(PublishAck.class, ANSWER);
        RawMqttClient station = bench.connected(proxy, MqttVersion.V3_1_1, "station");
        subscribe(station, 1, "ward/empty-retained/temp");
        Optional<MqttPacket> delivered = station.next(QUIET);
        assertEquals(stored, delivered.isPresent(), "delivered: " + delivered);
        delivered.ifPresent(p -> assertEquals(0, ((Publish) p).payload().length, "the payload the subscriber got"));
        bench.connected(bench.broker(), MqttVersion.V3_1_1, "cleaner").send(Publish.of("ward/empty-retained/temp", 0, true, 0,
                new byte[0]));
    }

    @ParameterizedTest(name = "with faults [{0}] two QoS 1 readings of one topic arrive swapped: {1}")
    @CsvSource({"'', false", "deliveries-swapped, true"})
    void twoReadingsOfOneTopicArriveSwappedOnlyWithTheFault(String fault, boolean swapped) throws Exception {
        RawMqttClient station = bench.connected(bench.proxy(fault), MqttVersion.V3_1_1, "station");
        subscribe(station, 1, "ward/ordered/temp");
        RawMqttClient patch = bench.connected(bench.broker(), MqttVersion.V3_1_1, "patch");
        patch.send(Publish.of("ward/ordered/temp", 1, false, 1, bytes("first")));
        patch.expect(PublishAck.class, ANSWER);
        patch.send(Publish.of("ward/ordered/temp", 1, false, 2, bytes("second")));
        patch.expect(PublishAck.class, ANSWER);
        String arrivedFirst = new String(station.expect(Publish.class, ANSWER).payload(), StandardCharsets.UTF_8);
        assertEquals(swapped ? "second" : "first", arrivedFirst);
    }

    @ParameterizedTest(name = "with faults [{0}] a refused shared delivery is offered again: {1}")
    @CsvSource({"'', false", "shared-refusal-reoffered, true"})
    void aDeliveryASharedMemberRefusesIsOfferedAgainOnlyWithSharedRefusalReoffered(String fault, boolean again) throws Exception {
        RawMqttClient first = bench.connected(bench.proxy(fault), MqttVersion.V5_0, "member1");
        subscribe(first, 1, "$share/g/ward/p9");
        RawMqttClient patch = bench.connected(bench.broker(), MqttVersion.V5_0, "patch");
        patch.send(Publish.of("ward/p9", 1, false, 3, bytes("36.6")));
        Publish delivery = first.expect(Publish.class, ANSWER);
        RawMqttClient second = bench.connected(bench.broker(), MqttVersion.V5_0, "member2");
        subscribe(second, 1, "$share/g/ward/p9");
        first.send(PublishAck.puback(delivery.packetId()).withReason(0x80, MqttProperties.EMPTY));
        List<MqttPacket> offered = new ArrayList<>();
        first.next(QUIET).filter(Publish.class::isInstance).ifPresent(offered::add);
        second.next(QUIET).filter(Publish.class::isInstance).ifPresent(offered::add);
        assertEquals(again, !offered.isEmpty(), "offered again: " + offered);
    }

    @ParameterizedTest(name = "with faults [{0}] a shared member coming back to its session gets the QoS 2 delivery again: {1}")
    @CsvSource({"'', true", "shared-resend-withheld, false"})
    void aSharedMemberComingBackGetsItsDeliveryOnlyWithoutSharedResendWithheld(String fault, boolean resent) throws Exception {
        InetSocketAddress proxy = bench.proxy(fault);
        RawMqttClient member = bench.connected(proxy, lasting("sharedback", 300, false));
        subscribe(member, 2, "$share/g/ward/p10");
        publishAtQos2(bench.connected(bench.broker(), MqttVersion.V5_0, "patch"), "ward/p10");
        member.expect(Publish.class, ANSWER);
        member.close();
        RawMqttClient back = bench.connected(proxy, lasting("sharedback", 300, false));
        try {
            assertEquals(resent, back.next(QUIET).filter(Publish.class::isInstance).isPresent());
        } finally {
            back.close();
            bench.connected(bench.broker(), lasting("sharedback", 0, true)).close();
        }
    }

    @ParameterizedTest(name = "with faults [{0}] a delivery a shared member's lost session left goes to the other member: {1}")
    @CsvSource({"'', false", "shared-loss-reoffered, true"})
    void aLostSharedDeliveryGoesToTheOtherMemberOnlyWithSharedLossReoffered(String fault, boolean reoffered) throws Exception {
        InetSocketAddress proxy = bench.proxy(fault);
        RawMqttClient member = bench.connected(proxy, lasting("sharedlost", 300, false));
        subscribe(member, 2, "$share/g/ward/p11");
        publishAtQos2(bench.connected(bench.broker(), MqttVersion.V5_0, "patch"), "ward/p11");
        member.expect(Publish.class, ANSWER);
        member.close();
        RawMqttClient other = bench.connected(bench.broker(), MqttVersion.V5_0, "othermember");
        subscribe(other, 2, "$share/g/ward/p11");
        bench.connected(proxy, lasting("sharedlost", 0, true));
        assertEquals(reoffered, other.next(QUIET).filter(Publish.class::isInstance).isPresent());
    }

    @ParameterizedTest(name = "with faults [{0}] a PUBLISH to the unauthorised topic is acknowledged: {1}")
    @CsvSource({"'', true", "unauthorised-publish-unanswered, false"})
    void aPublishToTheUnauthorisedTopicGoesUnansweredOnlyWithTheFault(String fault, boolean acknowledged) throws Exception {
        RawMqttClient patch = bench.connected(bench.proxy(fault), MqttVersion.V3_1_1, "patch");
        patch.send(Publish.of(UnauthorisedTopic.under("ward"), 1, false, 3, bytes("36.6")));
        Optional<MqttPacket> answer = patch.next(QUIET);
        patch.send(Publish.of("ward/p12", 1, false, 4, bytes("36.7")));
        assertAll(() -> assertEquals(acknowledged, answer.filter(PublishAck.class::isInstance).isPresent(), "answer: " + answer),
                () -> assertEquals(4, patch.expect(PublishAck.class, ANSWER).packetId()));
    }

    /** An MQTT 5.0 CONNECT with the Session Expiry Interval given. */
    private static Connect lasting(String clientId, int expiry, boolean cleanStart) {
        return Connect.of(MqttVersion.V5_0, clientId, 60, cleanStart)
                .withProperties(MqttProperties.EMPTY.with(MqttPropertyId.SESSION_EXPIRY_INTERVAL, expiry));
    }

    @ParameterizedTest(name = "with faults [{0}] an unacknowledged QoS 2 delivery comes again on resumption: {1}")
    @CsvSource({"'', true", "qos2-resend-dropped, false"})
    void anUnreceivedQos2DeliveryIsNotSentAgainWithQos2ResendDropped(String fault, boolean resent) throws Exception {
        InetSocketAddress proxy = bench.proxy(fault);
        RawMqttClient monitor = bench.connected(proxy, Connect.of(MqttVersion.V3_1_1, "q2resend", 60, false));
        subscribe(monitor, 2, "ward/q2resend");
        publishAtQos2(bench.connected(bench.broker(), MqttVersion.V3_1_1, "patch"), "ward/q2resend");
        monitor.expect(Publish.class, ANSWER);
        monitor.close();
        RawMqttClient resumed = bench.connected(proxy, Connect.of(MqttVersion.V3_1_1, "q2resend", 60, false));
        try {
            assertEquals(resent, resumed.next(QUIET).isPresent());
        } finally {
            endSession(resumed, "q2resend");
        }
    }

    @ParameterizedTest(name = "with faults [{0}] a monitor resuming after its PUBREC receives [{1}]")
    @CsvSource({"'', PUBREL", "resumed-release-dropped, ''", "publish-resent-with-release, PUBLISH PUBREL"})
    void whatComesAfterAReleaseOnResumptionDependsOnTheReleaseFaults(String fault, String expected) throws Exception {
        InetSocketAddress proxy = bench.proxy(fault);
        RawMqttClient monitor = bench.connected(proxy, Connect.of(MqttVersion.V3_1_1, "q2release", 60, false));
        subscribe(monitor, 2, "ward/q2release");
        publishAtQos2(bench.connected(bench.broker(), MqttVersion.V3_1_1, "patch"), "ward/q2release");
        Publish delivered = monitor.expect(Publish.class, ANSWER);
        monitor.send(PublishAck.pubrec(delivered.packetId()));
        assertEquals(PacketType.PUBREL, monitor.expect(PublishAck.class, ANSWER).type());
        monitor.close();
        RawMqttClient resumed = bench.connected(proxy, Connect.of(MqttVersion.V3_1_1, "q2release", 60, false));
        try {
            List<String> received = new ArrayList<>();
            for (Optional<MqttPacket> next = resumed.next(QUIET); next.isPresent(); next = resumed.next(QUIET)) {
                received.add(next.get().type().name());
                int id = next.get() instanceof Publish pub ? pub.packetId() : ((PublishAck) next.get()).packetId();
                assertEquals(delivered.packetId(), id, "the packet identifier of " + next.get());
            }
            assertEquals(expected == null ? "" : expected, String.join(" ", received));
        } finally {
            endSession(resumed, "q2release");
        }
    }

    @ParameterizedTest(name = "with faults [{0}] a delivery refused with PUBACK 0x80 comes again on resumption: {1}")
    @CsvSource({"'', false", "negative-puback-withheld, true"})
    void aRefusedDeliveryIsSentAgainOnlyWithNegativePubackWithheld(String fault, boolean resent) throws Exception {
        InetSocketAddress proxy = bench.proxy(fault);
        Connect persistent = Connect.of(MqttVersion.V5_0, "refuser", 60, false)
                .withProperties(MqttProperties.EMPTY.with(MqttPropertyId.SESSION_EXPIRY_INTERVAL, 300));
        RawMqttClient monitor = bench.connected(proxy, persistent);
        subscribe(monitor, 1, "ward/refused");
        RawMqttClient patch = bench.connected(bench.broker(), MqttVersion.V5_0, "patch");
        patch.send(Publish.of("ward/refused", 1, false, 3, bytes("36.6")));
        patch.expect(PublishAck.class, ANSWER);
        Publish delivered = monitor.expect(Publish.class, ANSWER);
        monitor.send(PublishAck.puback(delivered.packetId()).withReason(0x80, MqttProperties.EMPTY));
        monitor.send(new PingReq(0));
        monitor.expect(PingResp.class, ANSWER);
        monitor.close();
        RawMqttClient resumed = bench.connected(proxy, persistent);
        try {
            assertEquals(resent, resumed.next(QUIET).isPresent());
        } finally {
            resumed.send(new Disconnect(0, 0, MqttProperties.EMPTY));
            bench.connected(bench.broker(), Connect.of(MqttVersion.V5_0, "refuser", 60, true)).close();
        }
    }

    @ParameterizedTest(name = "with faults [{0}] a PUBREL after the message expired is completed: {1}")
    @CsvSource({"'', true", "expired-release-swallowed, false"})
    void aReleaseAfterExpiryGoesUnansweredOnlyWithExpiredReleaseSwallowed(String fault, boolean completed) throws Exception {
        RawMqttClient patch = bench.connected(bench.proxy(fault), MqttVersion.V5_0, "patch");
        patch.send(Publish.of("ward/expiring", 2, false, 6, bytes("36.6"))
                .withProperties(MqttProperties.EMPTY.with(MqttPropertyId.MESSAGE_EXPIRY_INTERVAL, 1)));
        assertEquals(PacketType.PUBREC, patch.expect(PublishAck.class, ANSWER).type());
        Thread.sleep(1200);
        patch.send(PublishAck.pubrel(6));
        assertEquals(completed, patch.next(QUIET).isPresent());
    }

    /** Publishes a reading at QoS 2 and completes its flow. */
    private static void publishAtQos2(RawMqttClient patch, String topic) throws Exception {
        patch.send(Publish.of(topic, 2, false, 3, bytes("36.6")));
        patch.expect(PublishAck.class, ANSWER);
        patch.send(PublishAck.pubrel(3));
        patch.expect(PublishAck.class, ANSWER);
    }

    /** Leaves and discards the persistent session, so that nothing of it stays on the broker. */
    private void endSession(RawMqttClient resumed, String clientId) throws Exception {
        resumed.send(new Disconnect(0, 0, MqttProperties.EMPTY));
        bench.connected(bench.broker(), Connect.of(MqttVersion.V3_1_1, clientId, 60, true)).close();
    }
}
