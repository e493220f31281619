package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.DeliveryCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tasks and questions about ordinary delivery to a subscription: every reading arrives, at the QoS the subscription allows. */
public final class QosDelivery {

    private static final String PUBLISHER = "patch";

    private final BrokerScenario scenario;
    /** Each published payload and the QoS it was published with, in order. */
    private final Map<String, Integer> published = new LinkedHashMap<>();
    /** The QoS the SUBACK granted, never above the one asked for: a broker may grant less (MQTT §3.9.3). */
    private int granted;

    public QosDelivery(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String readings() {
        return scenario.topic("readings");
    }

    public void monitorSubscribedToReadings(String role, String version, int qos) {
        granted = Math.min(qos, scenario.subscribed(role, MqttVersion.parse(version), readings(), qos).reasonCodes().get(0));
    }

    /** The patch publishes through the library driver: an ordinary publisher. */
    public void publishReadingsAtEachQos(String forRole) {
        scenario.library(PUBLISHER, scenario.versionOf(forRole), Session.CLEAN);
        for (int qos = 0; qos <= 2; qos++) {
            String payload = scenario.newPayload("reading at QoS " + qos);
            scenario.publishWithLibrary(PUBLISHER, readings(), payload, qos, false);
            published.put(payload, qos);
        }
    }

    /** Every reading arrived at the lower of the QoS it was published with and the QoS the subscription was granted. */
    public Outcome receivedAtPublishedQos(String requirement, String role) {
        Map<String, Integer> expected = new LinkedHashMap<>();
        published.forEach((payload, qos) -> expected.put(payload, Math.min(qos, granted)));
        return DeliveryCheck.deliveredAtQos(requirement, deliveries(role), expected, "to the subscription");
    }

    /** Every delivery names its topic, without a Topic Alias, since the monitor announced no Topic Alias Maximum. */
    public Outcome noTopicAlias(String requirement, String role) {
        return DeliveryCheck.withoutProperty(requirement, deliveries(role), MqttPropertyId.TOPIC_ALIAS,
                "to a client that announced no Topic Alias Maximum");
    }

    private List<Evidence> deliveries(String role) {
        return scenario.deliveries(role, readings(), published.size(), scenario.response());
    }
}
