package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.AnnouncedMaximumQosCheck;
import org.iomt.broker.checks.UnsupportedQosSubscriptionCheck;
import org.iomt.broker.checks.UnsupportedWillCheck;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.core.run.ActiveRun;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Subscribe;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Tasks and questions about a broker that lacks QoS 2 or retained messages, as its profile states: what its CONNACK
 * announces, whether it still accepts subscriptions at every QoS, and whether it refuses a will it cannot carry.
 */
public final class LimitedBroker {

    private static final MqttVersion V5 = MqttVersion.V5_0;
    /** The client whose will the broker can carry, connected beside the one it must refuse. */
    private static final String CONTROL = "control";

    private final BrokerScenario scenario;
    private Evidence willConnect;
    private boolean willRetained;

    public LimitedBroker(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    /** The highest QoS the profile says the broker supports. */
    private static int supportedQos() {
        return Arrays.stream(ActiveRun.current().profile().claims().getOrDefault("mqtt.qos", "2").split(","))
                .mapToInt(q -> Integer.parseInt(q.trim())).max().orElse(2);
    }

    /** The role connects with MQTT 5.0 and a will at QoS 2, above what the broker supports. */
    public void connectWithWillAboveMaximumQos(String role) {
        connectWithWill(role, 2, false);
    }

    /** The role connects with MQTT 5.0 and a will with Will Retain 1, at a QoS the broker supports. */
    public void connectWithRetainedWill(String role) {
        connectWithWill(role, Math.min(1, supportedQos()), true);
    }

    private void connectWithWill(String role, int qos, boolean retain) {
        willRetained = retain;
        scenario.open(role, V5);
        Connect connect = scenario.connectPacket(role, V5, Session.CLEAN, 60).withWill(scenario.topic("will"),
                scenario.newPayload("will of " + role).getBytes(StandardCharsets.UTF_8), qos, retain, MqttProperties.EMPTY);
        scenario.sendConnect(role, connect);
        willConnect = scenario.evidenceOf(role).stream().filter(e -> e.direction() == Direction.SUITE_TO_DEVICE
                && e.as(Connect.class).isPresent()).findFirst()
                .orElseThrow(() -> new IllegalStateException("the " + role + "'s CONNECT was not recorded"));
    }

    public Outcome maximumQosAnnounced(String requirement, String role) {
        return AnnouncedMaximumQosCheck.judge(requirement, supportedQos(), scenario.evidenceOf(role));
    }

    /** Judges the role's last SUBSCRIBE: every filter accepted, whatever QoS the broker granted. */
    public Outcome everySubscriptionAccepted(String requirement, String role) {
        List<Evidence> connection = scenario.evidenceOf(role);
        Evidence subscribe = connection.stream().filter(e -> e.direction() == Direction.SUITE_TO_DEVICE
                && e.as(Subscribe.class).isPresent()).reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("the " + role + " sent no SUBSCRIBE"));
        return UnsupportedQosSubscriptionCheck.judge(requirement, subscribe, connection, scenario.response());
    }

    /**
     * Waits, bounded, for the broker to close the role's connection, then connects a control client with a will the
     * broker can carry (Will Retain 0, and at the QoS the role's will had unless that was above the broker's maximum),
     * and judges the role's connection beside it.
     */
    public Outcome willRefused(String requirement, String role) {
        boolean closed = scenario.closedByBroker(role, scenario.response());
        int qos = willRetained ? Math.min(1, supportedQos()) : supportedQos();
        scenario.open(CONTROL, V5);
        scenario.sendConnect(CONTROL, scenario.connectPacket(CONTROL, V5, Session.CLEAN, 60).withWill(scenario.topic("will"),
                scenario.newPayload("will of the control").getBytes(StandardCharsets.UTF_8), qos, false, MqttProperties.EMPTY));
        return UnsupportedWillCheck.judge(requirement, willConnect, scenario.evidenceOf(role), closed, scenario.response(),
                scenario.evidenceOf(CONTROL));
    }
}
