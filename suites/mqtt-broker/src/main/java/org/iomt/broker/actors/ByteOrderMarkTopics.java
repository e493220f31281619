package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.TopicKeptCheck;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttVersion;

/**
 * Tasks and questions about a topic name holding U+FEFF ZERO WIDTH NO-BREAK SPACE (UTF-8 EF BB BF), which a broker must
 * keep where it stands instead of taking it for a byte order mark to skip or strip.
 */
public final class ByteOrderMarkTopics {

    private static final String PATCH = "patch";
    /** A level of the ward's topics that begins with U+FEFF, where a byte order mark would stand in a file. */
    private static final String MARKED_LEVEL = "\uFEFFbed";

    private final BrokerScenario scenario;
    private String reading;

    public ByteOrderMarkTopics(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    private String wardTopics() {
        return scenario.topic("ward/#");
    }

    private String markedTopic() {
        return scenario.topic("ward/" + MARKED_LEVEL);
    }

    public void subscribeToEveryWardTopic(String role, String version) {
        scenario.subscribed(role, MqttVersion.parse(version), wardTopics(), 1);
    }

    public void subscribeToMarkedTopic(String role, String version) {
        scenario.subscribed(role, MqttVersion.parse(version), markedTopic(), 1);
    }

    /** The patch publishes one reading at QoS 1 on the marked topic, in the MQTT version of the given role. */
    public void publishOnMarkedTopic(String forRole) {
        scenario.connect(PATCH, scenario.versionOf(forRole), Session.CLEAN);
        reading = scenario.newPayload("reading on a topic holding U+FEFF");
        scenario.publish(PATCH, markedTopic(), reading, 1, false);
    }

    /** Waits, bounded, for the reading at both subscribers, then judges the topic name each received it under. */
    public Outcome keptByBoth(String requirement, String everyTopicRole, String markedRole) {
        scenario.deliveries(everyTopicRole, wardTopics(), 1, scenario.response());
        scenario.deliveries(markedRole, wardTopics(), 1, scenario.response());
        return TopicKeptCheck.keptAsPublished(requirement, markedTopic(), reading,
                new TopicKeptCheck.Subscriber(scenario.evidenceOf(everyTopicRole), "every topic of the ward (" + wardTopics() + ")"),
                new TopicKeptCheck.Subscriber(scenario.evidenceOf(markedRole), "the topic holding U+FEFF"));
    }
}
