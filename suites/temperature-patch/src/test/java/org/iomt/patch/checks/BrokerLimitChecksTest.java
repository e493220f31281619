package org.iomt.patch.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.ObservationClosed;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checks of the limits an MQTT 5.0 broker announces in its CONNACK, on recorded connections: each judges only
 * where its limit was announced and the device had occasion to go beyond it, passes when it kept to it, and fails
 * citing the CONNACK and the packet that broke it.
 */
@Tag("small")
class BrokerLimitChecksTest {

    private static final Duration INTERVAL = Duration.ofSeconds(2);
    private static final Connect CONNECT = Connect.of(MqttVersion.V5_0, "p", 4, false);

    /** A recorded connection "c1", every entry at the time (ms) given. */
    private static final class Recording {
        private final List<Evidence> entries = new ArrayList<>();

        Recording at(long millis, Direction direction, Object packet) {
            entries.add(new Evidence("test", entries.size() + 1L, Instant.EPOCH, millis * 1_000_000, direction, "c1",
                    new byte[0], String.valueOf(packet), Optional.of(packet)));
            return this;
        }

        Recording device(long millis, Object packet) {
            return at(millis, Direction.DEVICE_TO_SUITE, packet);
        }

        Recording suite(long millis, Object packet) {
            return at(millis, Direction.SUITE_TO_DEVICE, packet);
        }

        Recording windowClosed(long millis) {
            return at(millis, Direction.TRANSPORT, new ObservationClosed(3));
        }

        List<Evidence> evidence() {
            return List.copyOf(entries);
        }
    }

    private static Connack connack(MqttProperty... announced) {
        return new Connack(0, false, 0, MqttProperties.of(announced));
    }

    private static Publish reading(int id) {
        return Publish.of("t", 1, false, id, new byte[] {1});
    }

    private static Publish aliased(int alias) {
        return Publish.of("t", 1, false, 1, new byte[] {1}).withProperties(MqttProperties.of(
                new MqttProperty(MqttPropertyId.TOPIC_ALIAS, alias)));
    }

    private static Recording connectedWith(MqttProperty... announced) {
        return new Recording().device(0, CONNECT).suite(1, connack(announced));
    }

    private static final MqttProperty RECEIVE_ONE = new MqttProperty(MqttPropertyId.RECEIVE_MAXIMUM, 1);

    @Test
    void aDeviceThatWaitsOutTheHeldAcknowledgementPassesCitingTheHold() {
        List<Evidence> evidence = connectedWith(RECEIVE_ONE).device(10, reading(1)).device(500, new PingReq(0))
                .suite(3000, PublishAck.puback(1)).device(3001, reading(2)).suite(3002, PublishAck.puback(2)).evidence();
        Outcome outcome = new ReceiveMaximumCheck("r", INTERVAL, 1).judge(evidence);
        assertTrue(outcome.passed(), String.valueOf(outcome));
        assertEquals(List.of(evidence.get(1), evidence.get(2), evidence.get(4)), outcome.judged());
    }

    @Test
    void aReadingSentWhileTheReceiveMaximumIsReachedFailsCitingTheConnack() {
        List<Evidence> evidence = connectedWith(RECEIVE_ONE).device(10, reading(1)).device(2010, reading(2))
                .suite(3000, PublishAck.puback(1)).evidence();
        Outcome outcome = new ReceiveMaximumCheck("r", INTERVAL, 1).judge(evidence);
        assertEquals(1, outcome.findings().size());
        assertTrue(outcome.findings().get(0).message().contains("while 1 were unacknowledged [1]"), outcome.findings().get(0).message());
        assertEquals(List.of(evidence.get(1), evidence.get(3)), outcome.findings().get(0).evidence());
    }

    @Test
    void aReceiveMaximumNeverReachedForAnIntervalIsInconclusive() {
        Outcome quick = new ReceiveMaximumCheck("r", INTERVAL, 1).judge(connectedWith(RECEIVE_ONE).device(10, reading(1))
                .suite(20, PublishAck.puback(1)).windowClosed(5000).evidence());
        assertTrue(quick.inconclusiveReason().contains("never had a reading to hold back"), quick.inconclusiveReason());
        Outcome unannounced = new ReceiveMaximumCheck("r", INTERVAL, 1).judge(connectedWith().device(10, reading(1)).evidence());
        assertTrue(unannounced.inconclusiveReason().contains("announced a Receive Maximum on no connection"));
        assertNotNull(new ReceiveMaximumCheck("r", INTERVAL, 0).judge(List.of()).notApplicableReason());
    }

    @Test
    void topicAliasesAreJudgedAgainstTheAnnouncedMaximumOnlyWhereTheDeviceUsedThem() {
        MqttProperty two = new MqttProperty(MqttPropertyId.TOPIC_ALIAS_MAXIMUM, 2);
        Outcome within = TopicAliasLimitCheck.withinMaximum("r").judge(connectedWith(two).device(10, aliased(2)).evidence());
        assertTrue(within.passed(), String.valueOf(within));
        List<Evidence> above = connectedWith(two).device(10, aliased(3)).evidence();
        Outcome failed = TopicAliasLimitCheck.withinMaximum("r").judge(above);
        assertEquals(List.of(above.get(1), above.get(2)), failed.findings().get(0).evidence());
        assertTrue(failed.findings().get(0).message().contains("Topic Alias 3"), failed.findings().get(0).message());
        Outcome none = TopicAliasLimitCheck.withinMaximum("r").judge(connectedWith(two).device(10, reading(1)).evidence());
        assertTrue(none.notApplicableReason().startsWith("the device sent no Topic Alias"), none.notApplicableReason());
        assertNotNull(TopicAliasLimitCheck.withinMaximum("r").judge(connectedWith().device(10, aliased(1)).evidence())
                .inconclusiveReason());
    }

    @Test
    void topicAliasZeroFailsAndNoAliasIsNothingToJudge() {
        MqttProperty two = new MqttProperty(MqttPropertyId.TOPIC_ALIAS_MAXIMUM, 2);
        assertEquals(1, TopicAliasLimitCheck.nonZero("r").judge(connectedWith(two).device(10, aliased(0)).evidence())
                .findings().size());
        assertTrue(TopicAliasLimitCheck.nonZero("r").judge(connectedWith(two).device(10, aliased(1)).evidence()).passed());
        assertNotNull(TopicAliasLimitCheck.nonZero("r").judge(connectedWith(two).device(10, reading(1)).evidence())
                .notApplicableReason());
    }

    private static final MqttProperty SERVER_TWO = new MqttProperty(MqttPropertyId.SERVER_KEEP_ALIVE, 2);
    private static final Duration MARGIN = Duration.ofMillis(250);

    @Test
    void aDeviceKeepingTheShorterServerKeepAlivePasses() {
        List<Evidence> evidence = connectedWith(SERVER_TWO).device(1000, new PingReq(0)).device(2000, reading(1))
                .device(3000, new PingReq(0)).windowClosed(4000).evidence();
        Outcome outcome = new ServerKeepAliveCheck("r", MARGIN, 4).judge(evidence);
        assertTrue(outcome.passed(), String.valueOf(outcome));
    }

    @Test
    void aDeviceKeepingItsOwnKeepAliveFailsWhereTheServerSetAShorterOne() {
        List<Evidence> evidence = connectedWith(SERVER_TWO).device(3000, new PingReq(0)).device(5500, new PingReq(0))
                .at(6000, Direction.TRANSPORT, ConnectionEnded.byPeer("closed")).evidence();
        Outcome outcome = new ServerKeepAliveCheck("r", MARGIN, 4).judge(evidence);
        assertEquals(2, outcome.findings().size(), String.valueOf(outcome));
        assertTrue(outcome.findings().get(0).message().contains("Server Keep Alive 2 s in place of the device's 4 s"),
                outcome.findings().get(0).message());
    }

    @Test
    void withoutAShorterServerKeepAliveThereIsNothingToJudge() {
        assertNotNull(new ServerKeepAliveCheck("r", MARGIN, 1).judge(List.of()).notApplicableReason());
        Outcome unannounced = new ServerKeepAliveCheck("r", MARGIN, 4).judge(connectedWith().windowClosed(9000).evidence());
        assertTrue(unannounced.inconclusiveReason().startsWith("no CONNACK"), unannounced.inconclusiveReason());
        Outcome brief = new ServerKeepAliveCheck("r", MARGIN, 4).judge(connectedWith(SERVER_TWO).windowClosed(1500).evidence());
        assertTrue(brief.inconclusiveReason().contains("was watched for longer than it"), brief.inconclusiveReason());
    }

    @Test
    void aReadingHeldBackUnderTheReceiveMaximumIsNoLateReading() {
        Publish third = Publish.of("t", 1, false, 3, new byte[] {3});
        List<Evidence> held = connectedWith(RECEIVE_ONE).device(0, reading(1)).suite(5, PublishAck.puback(1))
                .device(2000, Publish.of("t", 1, false, 2, new byte[] {2})).suite(5000, PublishAck.puback(2))
                .device(5010, third).suite(5015, PublishAck.puback(3)).evidence();
        assertTrue(new ReportingIntervalCheck("r", INTERVAL, 0.25).judge(held).passed());
        List<Evidence> late = connectedWith(RECEIVE_ONE).device(0, reading(1)).suite(5, PublishAck.puback(1))
                .device(2000, Publish.of("t", 1, false, 2, new byte[] {2})).suite(2005, PublishAck.puback(2))
                .device(5010, third).suite(5015, PublishAck.puback(3)).evidence();
        assertEquals(1, new ReportingIntervalCheck("r", INTERVAL, 0.25).judge(late).findings().size());
    }

    @Test
    void aCloseTimedByTheServerKeepAliveIsNotCountedAgainstTheDevicesOwn() {
        List<Evidence> evidence = connectedWith(SERVER_TWO).device(2000, new PingReq(0))
                .at(5000, Direction.TRANSPORT, new ConnectionEnded(true, true, "no control packet within 1.5 keep alives")).evidence();
        assertTrue(new KeepAliveCheck("r", MARGIN).judge(evidence).passed());
        List<Evidence> unannounced = connectedWith().device(2000, new PingReq(0))
                .at(5000, Direction.TRANSPORT, new ConnectionEnded(true, true, "no control packet within 1.5 keep alives")).evidence();
        assertEquals(1, new KeepAliveCheck("r", MARGIN).judge(unannounced).findings().size());
    }

    private static final Connect KEEP_ALIVE_ONE = Connect.of(MqttVersion.V5_0, "p", 1, false);

    @Test
    void aDevicePingingWhileItsQuotaIsZeroPassesCitingTheSpan() {
        List<Evidence> evidence = new Recording().device(0, KEEP_ALIVE_ONE).suite(1, connack(RECEIVE_ONE))
                .device(10, reading(1)).device(600, new PingReq(0)).device(1200, new PingReq(0))
                .device(2200, new PingReq(0)).suite(3000, PublishAck.puback(1)).evidence();
        Outcome outcome = new ZeroQuotaKeepAliveCheck("r", MARGIN).judge(evidence);
        assertTrue(outcome.passed(), String.valueOf(outcome));
        assertEquals(evidence.subList(2, 7), outcome.judged());
    }

    @Test
    void aDeviceSilentWhileItsQuotaIsZeroFailsUpToTheEndOfTheConnection() {
        List<Evidence> evidence = new Recording().device(0, KEEP_ALIVE_ONE).suite(1, connack(RECEIVE_ONE))
                .device(10, reading(1)).at(1510, Direction.TRANSPORT, new ConnectionEnded(true, true, "silent")).evidence();
        Outcome outcome = new ZeroQuotaKeepAliveCheck("r", MARGIN).judge(evidence);
        assertEquals(1, outcome.findings().size(), String.valueOf(outcome));
        assertTrue(outcome.findings().get(0).message().contains("while its send quota was zero (the PUBLISH #3 used it up)"),
                outcome.findings().get(0).message());
        assertEquals(List.of(evidence.get(2), evidence.get(3)), outcome.findings().get(0).evidence());
    }

    @Test
    void aQuotaZeroForLessThanTheKeepAliveOrNeverAnnouncedIsInconclusive() {
        Outcome brief = new ZeroQuotaKeepAliveCheck("r", MARGIN).judge(new Recording().device(0, KEEP_ALIVE_ONE)
                .suite(1, connack(RECEIVE_ONE)).device(10, reading(1)).suite(900, PublishAck.puback(1)).windowClosed(5000)
                .evidence());
        assertTrue(brief.inconclusiveReason().contains("stay zero for longer than its Keep Alive"), brief.inconclusiveReason());
        Outcome unannounced = new ZeroQuotaKeepAliveCheck("r", MARGIN).judge(connectedWith().device(10, reading(1)).evidence());
        assertTrue(unannounced.inconclusiveReason().contains("announced a Receive Maximum on no connection"));
    }

    @Test
    void theServerKeepAliveIsTheOneInForceWhileTheQuotaIsZero() {
        List<Evidence> evidence = connectedWith(RECEIVE_ONE, SERVER_TWO)
                .device(10, reading(1)).device(2100, new PingReq(0)).device(4600, new PingReq(0))
                .suite(5000, PublishAck.puback(1)).evidence();
        Outcome outcome = new ZeroQuotaKeepAliveCheck("r", MARGIN).judge(evidence);
        assertEquals(1, outcome.findings().size(), String.valueOf(outcome));
        assertTrue(outcome.findings().get(0).message().contains("its Keep Alive there is 2 s"),
                outcome.findings().get(0).message());
    }
}
