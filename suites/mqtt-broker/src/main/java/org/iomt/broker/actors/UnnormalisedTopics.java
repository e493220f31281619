package org.iomt.broker.actors;

import org.iomt.broker.actors.BrokerScenario.Session;
import org.iomt.broker.checks.DeliveryCheck;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttVersion;

import java.util.List;

/**
 * Tasks and questions about matching topics character for character: a topic whose accented letter is written as a
 * letter and a combining accent is another topic than the one with the precomposed letter, which looks the same.
 */
public final class UnnormalisedTopics {

    private static final String PATCH = "patch";
    /** "cafe" with U+0301 COMBINING ACUTE ACCENT after the e: the decomposed spelling. */
    private static final String DECOMPOSED = "cafe\u0301";
    /** "caf" with U+00E9 LATIN SMALL LETTER E WITH ACUTE: the precomposed spelling of the same word. */
    private static final String PRECOMPOSED = "caf\u00e9";

    private final BrokerScenario scenario;
    private String asWritten;
    private String lookalike;

    public UnnormalisedTopics(BrokerScenario scenario) {
        this.scenario = scenario;
    }

    public void subscriberToDecomposedTopic(String role, String version) {
        scenario.subscribed(role, MqttVersion.parse(version), scenario.topic("readings/" + DECOMPOSED), 1);
    }

    public void publishOnBothSpellings(String forRole) {
        scenario.connect(PATCH, scenario.versionOf(forRole), Session.CLEAN);
        asWritten = scenario.newPayload("reading on the topic as subscribed");
        scenario.publish(PATCH, scenario.topic("readings/" + DECOMPOSED), asWritten, 1, false);
        lookalike = scenario.newPayload("reading on the precomposed topic");
        scenario.publish(PATCH, scenario.topic("readings/" + PRECOMPOSED), lookalike, 1, false);
    }

    /** Waits until both readings could have come, then judges that only the one on the topic as written did. */
    public Outcome onlyTheTopicAsWritten(String requirement, String role) {
        List<Evidence> deliveries = scenario.deliveries(role, scenario.topic("readings/#"), 2, scenario.response());
        return DeliveryCheck.onlyDelivered(requirement, deliveries, List.of(asWritten), "to the subscription to its topic",
                List.of(lookalike), "to a subscription whose filter differs from its topic name in its characters, "
                        + "however alike they look once normalised");
    }
}
