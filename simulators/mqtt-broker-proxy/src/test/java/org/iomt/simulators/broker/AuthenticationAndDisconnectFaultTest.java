package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttPacket;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PingResp;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import static org.iomt.simulators.broker.ProxyBench.ANSWER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The wire effect on a real Mosquitto of the faults about enhanced authentication, the broker's DISCONNECT and its
 * reason codes, each side by side with the same exchange without the fault.
 */
@Tag("medium")
class AuthenticationAndDisconnectFaultTest {

    /** How long an absence is awaited: long against loopback round trips of about a millisecond. */
    private static final Duration QUIET = Duration.ofMillis(500);

    @RegisterExtension
    final ProxyBench bench = new ProxyBench();

    @ParameterizedTest(name = "with faults [{0}] a CONNECT naming SCRAM-SHA-1 gets CONNACK 0x{1}")
    @CsvSource({"'', 8c", "unsupported-auth-method-admitted, 0"})
    void aConnectNamingAnUnsupportedMethodIsAdmittedOnlyWithTheFault(String fault, String code) throws Exception {
        RawMqttClient client = bench.open(bench.proxy(fault), MqttVersion.V5_0);
        client.send(Connect.of(MqttVersion.V5_0, "scram", 60, true).withProperties(
                MqttProperties.of(new MqttProperty(MqttPropertyId.AUTHENTICATION_METHOD, "SCRAM-SHA-1"))));
        Connack connack = client.expect(Connack.class, ANSWER);
        assertEquals(Integer.parseInt(code, 16), connack.reasonCode());
        assertTrue(connack.properties().first(MqttPropertyId.AUTHENTICATION_METHOD).isEmpty());
        assertEquals(!fault.isEmpty(), !client.closedWithin(QUIET), "the connection stays open only when admitted");
    }

    @ParameterizedTest(name = "with faults [{0}] a CONNACK names an Authentication Method: {1}")
    @CsvSource({"'', false", "auth-sent-unasked, true"})
    void aConnackNamesAMethodNobodyAskedForOnlyWithTheFault(String fault, boolean named) throws Exception {
        RawMqttClient client = bench.open(bench.proxy(fault), MqttVersion.V5_0);
        client.send(Connect.of(MqttVersion.V5_0, "plain", 60, true));
        Connack connack = client.expect(Connack.class, ANSWER);
        assertEquals(0, connack.reasonCode());
        assertEquals(named, connack.properties().first(MqttPropertyId.AUTHENTICATION_METHOD).isPresent());
    }

    @ParameterizedTest(name = "with faults [{0}] a refused CONNECT is answered with a {1}")
    @CsvSource({"'', CONNACK", "disconnect-before-connack, DISCONNECT"})
    void aRefusalComesAsDisconnectOnlyWithTheFault(String fault, String answer) throws Exception {
        RawMqttClient client = bench.open(bench.proxy(fault), MqttVersion.V5_0);
        client.send(Connect.of(MqttVersion.V5_0, "scram", 60, true).withProperties(
                MqttProperties.of(new MqttProperty(MqttPropertyId.AUTHENTICATION_METHOD, "SCRAM-SHA-1"))));
        Optional<MqttPacket> first = client.next(ANSWER);
        assertEquals(answer, first.map(p -> p.type().name()).orElse("nothing"));
        assertEquals(0x8C, first.map(p -> p instanceof Connack c ? c.reasonCode() : ((Disconnect) p).reasonCode()).orElseThrow());
        assertTrue(client.closedWithin(ANSWER));
    }

    @ParameterizedTest(name = "with faults [{0}] the broker's DISCONNECT is followed by a PINGRESP: {1}; the connection closes: {2}")
    @CsvSource({"'', false, true", "packets-after-disconnect, true, true", "connection-kept-after-disconnect, false, false"})
    void whatFollowsTheBrokersDisconnect(String fault, boolean pingresp, boolean closed) throws Exception {
        RawMqttClient client = bench.connected(bench.proxy(fault), MqttVersion.V5_0, "alias0");
        client.send(Publish.of("ward/a/temp", 0, false, 0, bytes("36.6"))
                .withProperties(MqttProperties.of(new MqttProperty(MqttPropertyId.TOPIC_ALIAS, 0))));
        assertEquals(0x81, client.expect(Disconnect.class, ANSWER).reasonCode());
        Optional<MqttPacket> next = client.next(QUIET);
        assertEquals(pingresp, next.filter(PingResp.class::isInstance).isPresent(), "after the DISCONNECT: " + next);
        assertEquals(closed, client.closedWithin(QUIET));
    }

    @ParameterizedTest(name = "with faults [{0}] the codes are CONNACK 0x{1}, PUBACK 0x{2}, DISCONNECT 0x{3}")
    @CsvSource({"'', 8c, 10, 81", "undefined-reason-code, 8b, 3, a5"})
    void reasonCodesBecomeUndefinedOnlyWithTheFault(String fault, String connack, String puback, String disconnect)
            throws Exception {
        RawMqttClient refused = bench.open(bench.proxy(fault), MqttVersion.V5_0);
        refused.send(Connect.of(MqttVersion.V5_0, "scram", 60, true).withProperties(
                MqttProperties.of(new MqttProperty(MqttPropertyId.AUTHENTICATION_METHOD, "SCRAM-SHA-1"))));
        assertEquals(Integer.parseInt(connack, 16), refused.expect(Connack.class, ANSWER).reasonCode());
        RawMqttClient client = bench.connected(bench.proxy(fault), MqttVersion.V5_0, "codes");
        client.send(Publish.of("nobody/listens", 1, false, 7, bytes("36.6")));
        assertEquals(Integer.parseInt(puback, 16), client.expect(PublishAck.class, ANSWER).reasonCode());
        client.send(Publish.of("ward/a/temp", 0, false, 0, bytes("36.6"))
                .withProperties(MqttProperties.of(new MqttProperty(MqttPropertyId.TOPIC_ALIAS, 0))));
        assertEquals(Integer.parseInt(disconnect, 16), client.expect(Disconnect.class, ANSWER).reasonCode());
    }

    @ParameterizedTest(name = "with faults [{0}] a DISCONNECT with a reserved bit set leaves the will published: {1}")
    @CsvSource({"'', true", "disconnect-reserved-bits-cleared, false"})
    void aMalformedDisconnectKeepsTheWillOnlyWithoutTheFault(String fault, boolean published) throws Exception {
        RawMqttClient monitor = bench.connected(bench.proxy(fault), MqttVersion.V5_0, "monitor");
        monitor.send(Subscribe.of(1, new Subscription("ward/status", 0)));
        monitor.expect(Suback.class, ANSWER);
        RawMqttClient patch = bench.connected(bench.proxy(fault), Connect.of(MqttVersion.V5_0, "patch", 60, true)
                .withWill("ward/status", bytes("offline"), 0, false, MqttProperties.EMPTY));
        patch.sendBytes(new byte[]{(byte) 0xE8, 0x00});
        assertTrue(patch.closedWithin(ANSWER));
        Optional<MqttPacket> will = monitor.next(published ? ANSWER : QUIET);
        assertEquals(published, will.filter(Publish.class::isInstance).isPresent(), "the monitor got: " + will);
        assertFalse(monitor.closedWithin(Duration.ZERO));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
