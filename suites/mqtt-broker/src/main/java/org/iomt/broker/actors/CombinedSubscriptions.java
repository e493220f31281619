package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.DeliveryCheck;
import org.iomt.broker.checks.SubackCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;

import java.util.ArrayList;
import java.util.List;

/** Tasks and questions about one SUBSCRIBE of several filters: each becomes a subscription, with one SUBACK for all. */
public final class CombinedSubscriptions {

    private static final String PATCH = "patch";
    private static final List<String> PATCHES = List.of("p1", "p2");

    private final BrokerScenario scenario;
    private final List<String> published = new ArrayList<>();
    private Evidence request;

    public CombinedSubscriptions(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readingsOf(String patch) {
        return scenario.topic("readings/" + patch);
    }

    /** Connects and subscribes at QoS 1 to each patch's own topic, all in one SUBSCRIBE. */
    public void subscribeToEveryPatchAtOnce(String role, String version) {
        scenario.connect(role, MqttVersion.parse(version), Session.CLEAN);
        int id = scenario.nextPacketId();
        request = scenario.send(role, new Subscribe(0x02, id, MqttProperties.EMPTY,
                PATCHES.stream().map(patch -> new Subscription(readingsOf(patch), 1)).toList()));
        scenario.await(scenario.client(role), Suback.class, s -> s.packetId() == id);
    }

    /** A patch of the role's MQTT version publishes one reading at QoS 1 on each patch's topic. */
    public void everyPatchPublishes(String forRole) {
        scenario.connect(PATCH, scenario.versionOf(forRole), Session.CLEAN);
        for (String patch : PATCHES) {
            String payload = scenario.newPayload("reading of " + patch);
            scenario.publish(PATCH, readingsOf(patch), payload, 1, false);
            published.add(payload);
        }
    }

    public Outcome receivesEveryReading(String requirement, String role) {
        List<Evidence> deliveries = scenario.deliveries(role, scenario.topic("readings/+"), published.size(), scenario.response());
        return DeliveryCheck.delivered(requirement, deliveries, published, "to the subscription its filter got in the combined SUBSCRIBE");
    }

    public Outcome answeredOnce(String requirement, String role) {
        return SubackCheck.single(requirement, request, scenario.evidenceOf(role), scenario.response());
    }
}
