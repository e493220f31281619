package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.DeliveryCheck;
import org.iomt.broker.checks.SendQuotaCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Inconclusive;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.PingReq;
import org.iomt.standards.mqtt.PingResp;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tasks and questions about the broker's send quota towards an MQTT 5.0 monitor that takes one unacknowledged reading
 * at a time (Receive Maximum 1) and holds its acknowledgements back.
 */
public final class SendQuota {

    private static final MqttVersion V5 = MqttVersion.V5_0;
    private static final int ONE_AT_A_TIME = 1;

    private final BrokerScenario scenario;
    private final List<String> payloads = new ArrayList<>();
    private final List<Evidence> requests = new ArrayList<>();
    private Evidence ack;
    private int statusSubscription;

    public SendQuota(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings() {
        return scenario.topic("readings");
    }

    /** Connects the monitor announcing Receive Maximum 1, subscribes it to the readings and stops its acknowledgements. */
    public void monitorTakingOneAtATime(String role) {
        scenario.connect(role, scenario.connectPacket(role, V5, Session.CLEAN, 60)
                .withProperties(BrokerScenario.property(MqttPropertyId.RECEIVE_MAXIMUM, ONE_AT_A_TIME)));
        scenario.subscribe(role, readings(), 1);
        scenario.withholdAcknowledgements(role);
    }

    /** The patch publishes two readings at QoS 1, each acknowledged by the broker, so both are there to deliver. */
    public void publishTwoReadings(String role) {
        scenario.connect(role, V5, Session.CLEAN);
        for (int i = 1; i <= 2; i++) {
            String payload = scenario.newPayload("reading " + i);
            payloads.add(payload);
            scenario.publish(role, readings(), payload, 1, false);
        }
    }

    /** Waits, bounded, for the first reading, then for a second that must not come yet; acknowledges the first. */
    public void acknowledgeFirstReading(String role) {
        List<Evidence> deliveries = scenario.deliveries(role, readings(), 2, scenario.response());
        Evidence first = DeliveryCheck.find(deliveries, payloads.get(0)).orElseThrow(() -> new Inconclusive("the broker did "
                + "not deliver the first reading to connection " + deliveries.stream().map(Evidence::connection).findFirst()
                .orElse(scenario.clientId(role)) + " within " + scenario.response().toMillis() + " ms, so its send quota "
                + "shows nothing"));
        ack = scenario.send(role, PublishAck.puback(first.as(Publish.class).orElseThrow().packetId()));
    }

    /** Waits, bounded, for the first reading, which leaves the monitor's quota at zero while it is unacknowledged. */
    public void awaitFirstReading(String role) {
        scenario.deliveriesUntil(role, readings(), payloads.get(0));
    }

    public void ping(String role) {
        requests.add(scenario.send(role, new PingReq(0)));
    }

    /** Subscribes to the ward's status without waiting for the SUBACK: the answer is what is judged. */
    public void subscribeToStatus(String role) {
        statusSubscription = scenario.nextPacketId();
        requests.add(scenario.send(role, new Subscribe(0x02, statusSubscription, MqttProperties.EMPTY,
                List.of(new Subscription(scenario.topic("status"), 1)))));
    }

    public Outcome secondHeldUntilAcknowledged(String requirement, String role) {
        scenario.deliveriesUntil(role, readings(), payloads.get(1));
        return SendQuotaCheck.heldUntilAcknowledged(requirement, scenario.evidenceOf(role), ack, payloads.get(1));
    }

    /** Waits, bounded, for the PINGRESP and the SUBACK, then judges them beside the delivery left unacknowledged. */
    public Outcome otherPacketsAnswered(String requirement, String role) {
        scenario.await(scenario.client(role), PingResp.class, p -> true);
        scenario.await(scenario.client(role), Suback.class, s -> s.packetId() == statusSubscription);
        Optional<Evidence> waiting = DeliveryCheck.find(scenario.deliveries(role, readings(), 1, Duration.ZERO), payloads.get(0));
        return SendQuotaCheck.answeredWhileQuotaZero(requirement, scenario.evidenceOf(role), waiting, requests,
                scenario.response());
    }
}
