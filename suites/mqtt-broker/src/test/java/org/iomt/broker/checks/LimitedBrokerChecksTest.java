package org.iomt.broker.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.iomt.broker.checks.Recording.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MQTT 5.0 MQTT-3.2.2-9, -10, -12 and -13 judged on hand-made evidence of a broker that lacks QoS 2 or retained
 * messages: what its CONNACK announces, whether it accepts a QoS 2 subscription, and whether it refuses a will it
 * cannot carry beside a control it admits.
 */
@Tag("small")
class LimitedBrokerChecksTest {

    private static final String CLIENT = "s1-client";
    private static final String CONTROL = "s1-control";
    private static final Duration BOUND = Duration.ofSeconds(3);

    private final Recording log = new Recording();

    private static Connack admitted(MqttProperties properties) {
        return new Connack(0, false, 0, properties);
    }

    @Test
    void aConnackAnnouncingTheSupportedMaximumPasses() {
        log.at(Direction.DEVICE_TO_SUITE, CLIENT, admitted(MqttProperties.EMPTY.with(MqttPropertyId.MAXIMUM_QOS, 1)));
        assertTrue(AnnouncedMaximumQosCheck.judge("r", 1, log.of(CLIENT)).passed());
    }

    @Test
    void aConnackWithoutMaximumQosFails() {
        log.at(Direction.DEVICE_TO_SUITE, CLIENT, admitted(MqttProperties.EMPTY));
        assertFails(AnnouncedMaximumQosCheck.judge("r", 1, log.of(CLIENT)), "carries no Maximum QoS, which announces QoS 2");
    }

    @Test
    void aConnackAnnouncingLessThanTheBrokerSupportsFails() {
        log.at(Direction.DEVICE_TO_SUITE, CLIENT, admitted(MqttProperties.EMPTY.with(MqttPropertyId.MAXIMUM_QOS, 0)));
        assertFails(AnnouncedMaximumQosCheck.judge("r", 1, log.of(CLIENT)), "announces Maximum QoS 0");
    }

    @Test
    void noConnackIsInconclusiveAndNamesTheConnection() {
        log.at(Direction.TRANSPORT, CLIENT, ConnectionEnded.byPeer("connection closed by the broker"));
        Outcome o = AnnouncedMaximumQosCheck.judge("r", 1, log.of(CLIENT));
        assertNotNull(o.inconclusiveReason());
        assertTrue(o.inconclusiveReason().contains(CLIENT), o.inconclusiveReason());
    }

    private Evidence subscribeAtEveryQos() {
        return log.at(Direction.SUITE_TO_DEVICE, CLIENT, Subscribe.of(4, new Subscription("w/q0", 0),
                new Subscription("w/q1", 1), new Subscription("w/q2", 2)));
    }

    @Test
    void aSubackGrantingLessThanRequestedPasses() {
        Evidence subscribe = subscribeAtEveryQos();
        Evidence suback = log.at(Direction.DEVICE_TO_SUITE, CLIENT, new Suback(0x90, 4, MqttProperties.EMPTY, List.of(0, 1, 1)));
        Outcome o = UnsupportedQosSubscriptionCheck.judge("r", subscribe, log.of(CLIENT), BOUND);
        assertTrue(o.passed(), String.valueOf(o));
        assertEquals(List.of(subscribe, suback), o.judged());
    }

    @Test
    void aSubackRefusingTheQos2FilterFails() {
        Evidence subscribe = subscribeAtEveryQos();
        log.at(Direction.DEVICE_TO_SUITE, CLIENT, new Suback(0x90, 4, MqttProperties.EMPTY, List.of(0, 1, 0x80)));
        assertFails(UnsupportedQosSubscriptionCheck.judge("r", subscribe, log.of(CLIENT), BOUND),
                "w/q2 requesting QoS 2 on connection s1-client; the SUBACK refuses it with code 0x80");
    }

    @Test
    void aDisconnectInsteadOfASubackFails() {
        Evidence subscribe = subscribeAtEveryQos();
        log.at(Direction.DEVICE_TO_SUITE, CLIENT, new Disconnect(0, 0x9B, MqttProperties.EMPTY));
        assertFails(UnsupportedQosSubscriptionCheck.judge("r", subscribe, log.of(CLIENT), BOUND), "ended the connection");
    }

    @Test
    void silenceOnAnOpenConnectionIsInconclusive() {
        Evidence subscribe = subscribeAtEveryQos();
        Outcome o = UnsupportedQosSubscriptionCheck.judge("r", subscribe, log.of(CLIENT), BOUND);
        assertNotNull(o.inconclusiveReason());
        assertTrue(o.inconclusiveReason().contains(CLIENT));
    }

    private Evidence connectWithWillAtQos2() {
        return log.at(Direction.SUITE_TO_DEVICE, CLIENT, Connect.of(MqttVersion.V5_0, "c", 60, true)
                .withWill("w/will", "gone".getBytes(StandardCharsets.UTF_8), 2, false, MqttProperties.EMPTY));
    }

    private void controlAdmitted() {
        log.at(Direction.SUITE_TO_DEVICE, CONTROL, Connect.of(MqttVersion.V5_0, "k", 60, true)
                .withWill("w/will", "gone".getBytes(StandardCharsets.UTF_8), 1, false, MqttProperties.EMPTY));
        log.at(Direction.DEVICE_TO_SUITE, CONTROL, admitted(MqttProperties.EMPTY));
    }

    @Test
    void aRefusalAndACloseBesideAnAdmittedControlPass() {
        Evidence connect = connectWithWillAtQos2();
        log.at(Direction.DEVICE_TO_SUITE, CLIENT, new Connack(0, false, 0x9B, MqttProperties.EMPTY));
        controlAdmitted();
        assertTrue(UnsupportedWillCheck.judge("r", connect, log.of(CLIENT), true, BOUND, log.of(CONTROL)).passed());
    }

    @Test
    void anotherRefusalCodeStillPasses() {
        Evidence connect = connectWithWillAtQos2();
        log.at(Direction.DEVICE_TO_SUITE, CLIENT, new Connack(0, false, 0x80, MqttProperties.EMPTY));
        controlAdmitted();
        assertTrue(UnsupportedWillCheck.judge("r", connect, log.of(CLIENT), true, BOUND, log.of(CONTROL)).passed());
    }

    @Test
    void anAdmittedWillFails() {
        Evidence connect = connectWithWillAtQos2();
        log.at(Direction.DEVICE_TO_SUITE, CLIENT, admitted(MqttProperties.EMPTY));
        controlAdmitted();
        assertFails(UnsupportedWillCheck.judge("r", connect, log.of(CLIENT), false, BOUND, log.of(CONTROL)),
                "it admitted it with a successful CONNACK");
    }

    @Test
    void aRefusalLeftOpenFails() {
        Evidence connect = connectWithWillAtQos2();
        log.at(Direction.DEVICE_TO_SUITE, CLIENT, new Connack(0, false, 0x9B, MqttProperties.EMPTY));
        controlAdmitted();
        assertFails(UnsupportedWillCheck.judge("r", connect, log.of(CLIENT), false, BOUND, log.of(CONTROL)),
                "(CONNACK code 0x9b); it was still open 3000 ms later");
    }

    @Test
    void aRefusalBesideARefusedControlIsInconclusive() {
        Evidence connect = connectWithWillAtQos2();
        log.at(Direction.TRANSPORT, CLIENT, ConnectionEnded.byPeer("connection closed by the broker"));
        log.at(Direction.TRANSPORT, CONTROL, ConnectionEnded.byPeer("connection closed by the broker"));
        Outcome o = UnsupportedWillCheck.judge("r", connect, log.of(CLIENT), true, BOUND, log.of(CONTROL));
        assertNotNull(o.inconclusiveReason());
        assertTrue(o.inconclusiveReason().contains(CONTROL), o.inconclusiveReason());
    }
}
