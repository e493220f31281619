package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.SessionWillCheck;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Tasks and questions about an MQTT 5.0 will stored with its session: a will whose Will Delay Interval outlasts the
 * session is published when the session ends, beside a will without delay that shows the broker publishes wills.
 * The Session Expiry Interval comes from the profile's timers; the long delay is a minute beyond it, far longer than
 * the scenario waits.
 */
public final class WillBeyondSession {

    private static final MqttVersion V5 = MqttVersion.V5_0;
    /** How far the long Will Delay Interval reaches beyond the Session Expiry Interval, in seconds. */
    private static final int BEYOND_THE_SESSION = 60;
    /** Brokers count intervals in whole seconds and check them about once a second. */
    private static final Duration COUNTING = Duration.ofSeconds(1);

    private final BrokerScenario scenario;
    private final Map<String, String> wills = new HashMap<>();

    public WillBeyondSession(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String willTopics() {
        return scenario.topic("session-wills/#");
    }

    public void watchWills(String role) {
        scenario.subscribed(role, V5, willTopics(), 1);
    }

    /**
     * The role connects with a session that expires after the profile's Session Expiry Interval and a will at QoS 1,
     * delayed a minute beyond that interval when {@code delayedBeyondSession}, else not delayed.
     */
    public void connectWithWill(String role, boolean delayedBeyondSession) {
        int expiry = scenario.timers().sessionExpiry();
        String will = scenario.newPayload("will of the " + role);
        wills.put(role, will);
        MqttProperties willProperties = delayedBeyondSession
                ? BrokerScenario.property(MqttPropertyId.WILL_DELAY_INTERVAL, expiry + BEYOND_THE_SESSION) : MqttProperties.EMPTY;
        Connect connect = scenario.connectPacket(role, V5, Session.PERSISTENT, 60);
        connect = connect.withProperties(connect.properties().without(MqttPropertyId.SESSION_EXPIRY_INTERVAL)
                        .with(MqttPropertyId.SESSION_EXPIRY_INTERVAL, expiry))
                .withWill(scenario.topic("session-wills/" + role), will.getBytes(StandardCharsets.UTF_8), 1, false, willProperties);
        scenario.connect(role, connect);
    }

    public void loseConnections(String... roles) {
        for (String role : roles) {
            scenario.dropConnection(role);
        }
    }

    /** Waits the Session Expiry Interval out, with a second for counting and one for checking on top. */
    public void waitOutTheSession() {
        Mqtt5Messaging.waitOut(Duration.ofSeconds(scenario.timers().sessionExpiry()).plus(COUNTING).plus(COUNTING));
    }

    /**
     * Waits, bounded, for the long-delayed will at the watcher (the will without delay came long before), then has its
     * client ask to resume its session, whose CONNACK tells whether the session had ended.
     */
    public Outcome publishedWhenTheSessionEnded(String requirement, String watcher, String delayed, String undelayed) {
        scenario.deliveriesUntil(watcher, willTopics(), wills.get(delayed));
        scenario.open(delayed, V5);
        scenario.sendConnect(delayed, scenario.connectPacket(delayed, V5, Session.PERSISTENT, 60));
        return SessionWillCheck.publishedWithTheSessionsEnd(requirement, scenario.evidenceOf(watcher), wills.get(delayed),
                wills.get(undelayed), scenario.evidenceOf(delayed));
    }
}
