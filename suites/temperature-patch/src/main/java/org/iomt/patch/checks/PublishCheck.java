package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.mqtt.checks.MqttEvidence;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.Topics;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A rule every PUBLISH the device sends must keep, each judged on its own. Only the PUBLISH packets the rule
 * concerns are judged (for example only those at QoS 0); when there are none, the check is inconclusive.
 */
public final class PublishCheck implements Check {

    private final String requirement;
    private final String concerns;
    private final Predicate<Publish> applies;
    private final Function<Publish, Optional<String>> rule;

    private PublishCheck(String requirement, String concerns, Predicate<Publish> applies, Function<Publish, Optional<String>> rule) {
        this.requirement = requirement;
        this.concerns = concerns;
        this.applies = applies;
        this.rule = rule;
    }

    /** A topic name holds no wildcard character. */
    public static PublishCheck noWildcardInTopic(String requirement) {
        return new PublishCheck(requirement, "PUBLISH", p -> true, p -> Topics.hasWildcard(p.topic())
                ? Optional.of("topic name \"" + p.topic() + "\" holds a wildcard character") : Optional.empty());
    }

    /** A PUBLISH at QoS 1 or 2 carries a non-zero packet identifier. */
    public static PublishCheck nonZeroPacketId(String requirement) {
        return new PublishCheck(requirement, "PUBLISH at QoS 1 or 2", p -> p.qos() > 0, p -> p.packetId() == 0
                ? Optional.of("QoS " + p.qos() + " PUBLISH has packet identifier 0") : Optional.empty());
    }

    /** A PUBLISH at QoS 0 has DUP clear. */
    public static PublishCheck noDupAtQos0(String requirement) {
        return new PublishCheck(requirement, "PUBLISH at QoS 0", p -> p.qos() == 0, p -> p.dup() == 1
                ? Optional.of("QoS 0 PUBLISH has DUP set") : Optional.empty());
    }

    /** A PUBLISH the device sends carries no Subscription Identifier (a property only the server's PUBLISH may hold). */
    public static PublishCheck noSubscriptionIdentifier(String requirement) {
        return new PublishCheck(requirement, "PUBLISH", p -> true, p -> {
            List<Integer> ids = p.properties().list().stream().filter(q -> q.id() == MqttPropertyId.SUBSCRIPTION_IDENTIFIER)
                    .map(q -> (Integer) q.value()).toList();
            return ids.isEmpty() ? Optional.empty() : Optional.of("PUBLISH from the device carries Subscription Identifier "
                    + ids.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        });
    }

    /** Readings go to the claimed topic. */
    public static PublishCheck claimedTopic(String requirement, String topic) {
        return new PublishCheck(requirement, "PUBLISH", p -> true, p -> p.topic().equals(topic) ? Optional.empty()
                : Optional.of("published on \"" + p.topic() + "\", the profile claims \"" + topic + "\""));
    }

    /** Readings are published at the claimed QoS. */
    public static PublishCheck claimedQos(String requirement, int qos) {
        return new PublishCheck(requirement, "PUBLISH", p -> true, p -> p.qos() == qos ? Optional.empty()
                : Optional.of("published at QoS " + p.qos() + ", the profile claims QoS " + qos));
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Evidence> judged = MqttEvidence.publishes(evidence).stream()
                .filter(e -> applies.test(MqttEvidence.publish(e))).toList();
        if (judged.isEmpty()) {
            return Outcome.inconclusive("no " + concerns + " was observed", List.of());
        }
        List<Finding> findings = new ArrayList<>();
        for (Evidence e : judged) {
            rule.apply(MqttEvidence.publish(e)).ifPresent(problem -> findings.add(Finding.of(requirement,
                    "packet #" + e.seq() + ": " + problem, e)));
        }
        return Outcome.judged(findings, judged);
    }
}
