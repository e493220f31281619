package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.ResumedDeliveryCheck;
import org.iomt.broker.checks.SharedRedistributionCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Inconclusive;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.drivers.MqttTestClient;
import org.iomt.standards.mqtt.Connack;
import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.PingResp;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Tasks and questions about two MQTT 5.0 members of one Shared Subscription to the scenario's readings, which
 * acknowledge nothing on their own: the scenario decides what becomes of the member the broker chooses for a reading
 * (it refuses the reading, or loses its connection before acknowledging it).
 */
public final class SharedMembers {

    /** How long the members' sessions last past their connections. */
    public enum Lasting {
        /** No longer than the connection. */
        NOT_AT_ALL,
        /** Longer than the scenario. */
        THE_SCENARIO,
        /** The profile's Session Expiry Interval. */
        THE_PROFILE_INTERVAL
    }

    private static final String PATCH = "patch";
    private static final List<String> MEMBERS = List.of("monitor1", "monitor2");
    /** PUBACK reason code Unspecified error (MQTT 5.0 §3.4.2.1), the first failure code. */
    private static final int UNSPECIFIED_ERROR = 0x80;
    /** How many readings follow the refused or lost one, the other member by then being the only one in the group. */
    private static final int CONTROLS = 4;
    /** How long one member is watched before the other, while the suite waits for the reading. */
    private static final Duration POLL = Duration.ofMillis(20);
    /** Brokers count intervals in whole seconds and check them about once a second. */
    private static final Duration COUNTING = Duration.ofSeconds(1);

    private final BrokerScenario scenario;
    private Lasting lasting = Lasting.NOT_AT_ALL;
    private Optional<Evidence> delivery = Optional.empty();
    private Optional<Evidence> end = Optional.empty();
    private String chosen;
    private boolean lostConnection;

    public SharedMembers(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings() {
        return scenario.topic("readings");
    }

    /** Both members connect, with sessions lasting as said, and join the Shared Subscription at the QoS given. */
    public void joinBoth(int qos, Lasting lasting) {
        this.lasting = lasting;
        for (String member : MEMBERS) {
            scenario.connect(member, connectPacket(member));
            scenario.withholdAcknowledgements(member);
            scenario.subscribe(member, "$share/monitors/" + readings(), qos);
        }
    }

    /** The patch publishes a reading at QoS 1; the member that receives it answers with a PUBACK of reason code 0x80. */
    public void refuseNextReading() {
        publishReading(1).ifPresent(id -> end = Optional.of(scenario.send(chosen,
                PublishAck.puback(id).withReason(UNSPECIFIED_ERROR, MqttProperties.EMPTY))));
    }

    /** The patch publishes a reading at QoS 2; the suite drops the connection of the member that receives it. */
    public void loseConnectionOnNextReading() {
        lostConnection = true;
        publishReading(2).ifPresent(id -> {
            scenario.dropConnection(chosen);
            end = scenario.lastDrop(chosen);
        });
    }

    /** The member that lost its connection connects again asking for its session; one not resumed leaves the scenario inconclusive. */
    public void comeBackToSession() {
        if (reconnectChosen().map(Connack::sessionPresent).orElse(true)) {
            return;
        }
        throw new Inconclusive("the broker did not resume the session of the " + chosen + " (Session Present 0 on its new "
                + "connection), so there was no session to complete the delivery in");
    }

    /**
     * The member that lost its connection waits out its session's expiry and connects again; a broker that still
     * holds the session leaves the scenario inconclusive, since then the session did not end.
     */
    public void comeBackAfterSessionExpiry() {
        if (chosen == null) {
            return;
        }
        Mqtt5Messaging.waitOut(Duration.ofSeconds(scenario.timers().sessionExpiry()).plus(COUNTING).plus(COUNTING));
        if (reconnectChosen().map(Connack::sessionPresent).orElse(false)) {
            throw new Inconclusive("the broker still held the session of the " + chosen + " (Session Present 1) "
                    + scenario.timers().sessionExpiry() + " s after its connection was dropped, its Session Expiry Interval, "
                    + "so the session did not end");
        }
    }

    /** The reading, left unacknowledged when the member's connection was dropped, came to it again on its new connection. */
    public Outcome receivedAgain(String requirement) {
        Optional<Outcome> notQos2 = SharedRedistributionCheck.belowQos2(delivery);
        if (notQos2.isPresent()) {
            return notQos2.get();
        }
        List<Evidence> again = chosen == null ? List.of() : scenario.deliveries(chosen, readings(), 1, scenario.response());
        return ResumedDeliveryCheck.resent(requirement, delivery.stream().toList(), again);
    }

    /**
     * The patch publishes a few more readings; the reading chosen for one member reached neither the other member nor
     * the chosen one again after the chosen one refused it or lost its connection, judged beside a later reading that
     * reached the other member. A member that refused leaves first (DISCONNECT, its session ending with it), so that
     * the later readings have one member left to go to: a broker that keeps offering them to the refusing member,
     * which withholds its acknowledgements, would otherwise leave the other with none (HiveMQ CE did, in one run of
     * two), and a broker that offers the refused reading again can offer it to the other member only.
     */
    public Outcome notSentToTheOther(String requirement) {
        Optional<Outcome> notQos2 = lostConnection ? SharedRedistributionCheck.belowQos2(delivery) : Optional.empty();
        if (notQos2.isPresent()) {
            return notQos2.get();
        }
        String other = MEMBERS.stream().filter(m -> !m.equals(chosen)).findFirst().orElseThrow();
        List<String> controls = new ArrayList<>();
        if (end.isPresent()) {
            if (!lostConnection) {
                // a ping answered on the same connection shows the broker has read the refusal and delivered there
                // whatever it sends that member first, before the member leaves
                scenario.send(chosen, new PingReq(0));
                scenario.await(scenario.client(chosen), PingResp.class, r -> true);
                scenario.disconnect(chosen);
            }
            for (int i = 0; i < CONTROLS; i++) {
                String control = scenario.newPayload("later reading");
                controls.add(control);
                scenario.publish(PATCH, readings(), control, 1, false);
            }
            awaitAny(scenario.client(other), controls, scenario.response());
        }
        List<Evidence> chosenNow = chosen == null ? List.of() : scenario.deliveredSoFar(chosen, readings());
        return SharedRedistributionCheck.notSentToAnother(requirement, delivery, end, chosenNow,
                scenario.deliveredSoFar(other, readings()), controls, scenario.response());
    }

    private Connect connectPacket(String member) {
        Connect connect = scenario.connectPacket(member, MqttVersion.V5_0,
                lasting == Lasting.NOT_AT_ALL ? Session.CLEAN : Session.PERSISTENT, 60);
        if (lasting == Lasting.THE_PROFILE_INTERVAL) {
            connect = connect.withProperties(connect.properties().without(MqttPropertyId.SESSION_EXPIRY_INTERVAL)
                    .with(MqttPropertyId.SESSION_EXPIRY_INTERVAL, scenario.timers().sessionExpiry()));
        }
        return connect;
    }

    private Optional<Connack> reconnectChosen() {
        return chosen == null ? Optional.empty() : Optional.of(scenario.connect(chosen, connectPacket(chosen)));
    }

    /** Publishes a reading and notes the member it reached first; the packet identifier it came under, if it came. */
    private Optional<Integer> publishReading(int qos) {
        scenario.connect(PATCH, MqttVersion.V5_0, Session.CLEAN);
        String reading = scenario.newPayload("reading");
        scenario.publish(PATCH, readings(), reading, qos, false);
        delivery = firstDelivery(reading);
        return delivery.map(d -> d.as(Publish.class).orElseThrow().packetId());
    }

    /** The PUBLISH of the payload that reached a member first, watching both in turn, bounded; notes which member. */
    private Optional<Evidence> firstDelivery(String payload) {
        long deadline = System.nanoTime() + scenario.response().toNanos();
        while (System.nanoTime() < deadline) {
            for (String member : MEMBERS) {
                Optional<Evidence> got = withPayload(scenario.deliveredSoFar(member, readings()), payload);
                if (got.isPresent()) {
                    chosen = member;
                    return got;
                }
                awaitAny(scenario.client(member), List.of(payload), POLL);
            }
        }
        return Optional.empty();
    }

    private static void awaitAny(MqttTestClient client, List<String> payloads, Duration bound) {
        try {
            client.awaitReceived(list -> list.stream().anyMatch(e -> payloads.stream()
                    .anyMatch(p -> withPayload(List.of(e), p).isPresent())), bound);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Optional<Evidence> withPayload(List<Evidence> evidence, String payload) {
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        return evidence.stream().filter(e -> e.as(Publish.class).filter(p -> Arrays.equals(p.payload(), bytes)).isPresent())
                .findFirst();
    }
}
