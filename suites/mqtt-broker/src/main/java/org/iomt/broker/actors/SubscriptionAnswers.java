package org.iomt.broker.actors;

import org.iomt.broker.checks.AnswerCheck;
import org.iomt.broker.checks.SubackCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.iomt.standards.mqtt.Unsuback;
import org.iomt.standards.mqtt.Unsubscribe;

import java.util.List;

/** Tasks and questions about how the broker answers a SUBSCRIBE of several filters and an UNSUBSCRIBE. */
public final class SubscriptionAnswers {

    private final BrokerScenario scenario;
    private Evidence request;

    public SubscriptionAnswers(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings() {
        return scenario.topic("readings");
    }

    public void subscribeToThreeFilters(String role) {
        int id = scenario.nextPacketId();
        request = scenario.send(role, new Subscribe(0x02, id, MqttProperties.EMPTY, List.of(
                new Subscription(readings() + "/q0", 0), new Subscription(readings() + "/q1", 1), new Subscription(readings() + "/q2", 2))));
        scenario.await(scenario.client(role), Suback.class, a -> a.packetId() == id);
    }

    public Outcome subackInOrder(String requirement, String role) {
        return SubackCheck.inOrder(requirement, request, scenario.evidenceOf(role));
    }

    public void unsubscribe(String role) {
        int id = scenario.nextPacketId();
        request = scenario.send(role, Unsubscribe.of(id, readings()));
        scenario.await(scenario.client(role), Unsuback.class, u -> u.packetId() == id);
    }

    public Outcome unsubscribeAcknowledged(String requirement, String role) {
        int id = request.as(Unsubscribe.class).orElseThrow().packetId();
        return AnswerCheck.judge(requirement, request, scenario.evidenceOf(role), Unsuback.class, u -> u.packetId() == id,
                "an UNSUBACK for packet identifier " + id, scenario.response());
    }
}
