package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.ConnackCheck;
import org.iomt.broker.checks.DeliveryCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Inconclusive;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tasks and questions about the MQTT 5.0 timers of a session: the Session Expiry Interval after which a broker
 * discards a session, and the Will Delay Interval during which a client can come back before its will is published.
 * The intervals come from the profile's timers; waiting one out adds the second brokers may count on top.
 */
public final class Mqtt5SessionTimers {

    private static final MqttVersion V5 = MqttVersion.V5_0;
    /** Brokers count intervals in whole seconds and check them about once a second. */
    private static final Duration COUNTING = Duration.ofSeconds(1);

    private final BrokerScenario scenario;
    private final Map<String, String> wills = new HashMap<>();

    public Mqtt5SessionTimers(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    // ---- session expiry ----------------------------------------------------------------------------------------

    /**
     * The role opens a session that expires after the profile's Session Expiry Interval (or, when not, one that
     * outlives the scenario), subscribes at QoS 1 and leaves with DISCONNECT.
     */
    public void subscribeAndLeave(String role, boolean expiresAfterProfileInterval) {
        Connect connect = scenario.connectPacket(role, V5, Session.PERSISTENT, 60);
        if (expiresAfterProfileInterval) {
            connect = connect.withProperties(connect.properties().without(MqttPropertyId.SESSION_EXPIRY_INTERVAL)
                    .with(MqttPropertyId.SESSION_EXPIRY_INTERVAL, scenario.timers().sessionExpiry()));
        }
        scenario.connect(role, connect);
        scenario.subscribe(role, scenario.topic("readings"), 1);
        scenario.disconnect(role);
    }

    public void waitOutSessionExpiry() {
        Mqtt5Messaging.waitOut(Duration.ofSeconds(scenario.timers().sessionExpiry()).plus(COUNTING).plus(COUNTING));
    }

    /** The role connects asking to resume its session; the CONNACK is judged by the questions. */
    public void askToResume(String role) {
        scenario.open(role, V5);
        scenario.sendConnect(role, scenario.connectPacket(role, V5, Session.PERSISTENT, 60));
    }

    public Outcome sessionGone(String requirement, String role, String keptRole) {
        return ConnackCheck.sessionGoneAfterExpiry(requirement, scenario.evidenceOf(role), scenario.evidenceOf(keptRole));
    }

    // ---- will delay --------------------------------------------------------------------------------------------

    /** The role subscribes at QoS 1 to the wills of the scenario's clients. */
    public void watchWills(String role) {
        scenario.connect(role, V5, Session.CLEAN);
        scenario.subscribe(role, scenario.topic("wills/#"), 1);
    }

    /**
     * The role connects with a session that outlives the scenario and a will at QoS 1 delayed by the profile's Will
     * Delay Interval, so that only the delay decides when the will is due.
     */
    public void connectWithDelayedWill(String role) {
        String will = scenario.newPayload("will of the " + role);
        wills.put(role, will);
        Connect connect = scenario.connectPacket(role, V5, Session.PERSISTENT, 60).withWill(scenario.topic("wills/" + role),
                will.getBytes(StandardCharsets.UTF_8), 1, false,
                BrokerScenario.property(MqttPropertyId.WILL_DELAY_INTERVAL, scenario.timers().willDelay()));
        scenario.connect(role, connect);
    }

    public void loseConnection(String role) {
        scenario.dropConnection(role);
    }

    /**
     * The role connects again, resuming its session, without a will, a quarter of the Will Delay Interval after it
     * lost its connection: soon enough to come back within the delay, late enough for a busy broker to have seen
     * the connection end (a CONNECT that arrives first is a session takeover, where the lost connection's will is
     * not what the rule speaks of). A broker that does not resume the session leaves the scenario inconclusive,
     * since then no connection to the session was made; so does a machine so busy that the suite's new connection was
     * accepted only after the delay had run out, since then the will was due.
     */
    public void reconnectToSession(String role) {
        Duration delay = Duration.ofSeconds(scenario.timers().willDelay());
        Mqtt5Messaging.waitOut(delay.dividedBy(4));
        scenario.connect(role, scenario.connectPacket(role, V5, Session.PERSISTENT, 60));
        List<Evidence> connection = scenario.evidenceOf(role);
        Outcome resumed = ConnackCheck.sessionPresent("", connection, true);
        if (!resumed.passed()) {
            throw new Inconclusive("the broker did not resume the " + role + "'s session on its new connection, so no new "
                    + "connection was made to the session the will belongs to");
        }
        Evidence lost = scenario.lastDrop(role)
                .orElseThrow(() -> new IllegalStateException("the " + role + " never lost its connection"));
        Evidence accepted = connection.stream().filter(e -> e.as(Connack.class).isPresent()).findFirst().orElseThrow();
        Duration away = Duration.ofNanos(accepted.nanos() - lost.nanos());
        if (away.compareTo(delay) >= 0) {
            throw new Inconclusive("the " + role + "'s new connection " + accepted.connection() + " was accepted "
                    + away.toMillis() + " ms after connection " + lost.connection() + " was dropped, not within the Will "
                    + "Delay Interval of " + delay.toSeconds() + " s, so its will was due: the suite came back too late");
        }
    }

    public void waitOutWillDelay() {
        Mqtt5Messaging.waitOut(Duration.ofSeconds(scenario.timers().willDelay()).plus(COUNTING));
    }

    /** The will of the role that came back was not published, while the will of the one that did not come back was. */
    public Outcome willNotPublished(String requirement, String watcher, String cameBack, String stayedAway) {
        List<Evidence> deliveries = scenario.deliveriesUntil(watcher, scenario.topic("wills/#"), wills.get(stayedAway));
        return DeliveryCheck.notDeliveredUnlike(requirement, deliveries, wills.get(cameBack),
                "for a client that reconnected to its session within the Will Delay Interval",
                new DeliveryCheck.Control(deliveries, wills.get(stayedAway), "the broker publishes delayed wills"));
    }
}
