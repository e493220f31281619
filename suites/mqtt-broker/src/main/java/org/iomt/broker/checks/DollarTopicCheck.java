package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Topics beginning with $ judged on the broker's own messages, for a broker that refuses a client's PUBLISH to such a
 * topic (which it may, MQTT §4.7.2): a retained message the broker holds on a $ topic, shown by a subscriber that names
 * its topic, must not reach a subscription whose filter starts with a wildcard.
 */
public final class DollarTopicCheck {

    private DollarTopicCheck() {
    }

    /**
     * @param refusal     the publisher's connection, ending in the broker's refusal of its PUBLISH to a $ topic
     * @param own         what a subscriber to the broker's $ topics by name received
     * @param wildcard    every PUBLISH the subscription starting with a wildcard received
     * @param ordinary    a reading on an ordinary topic, which that subscription must receive: the control
     */
    public static Outcome brokersOwnNotMatched(String requirement, List<Evidence> refusal, List<Evidence> own,
                                               List<Evidence> wildcard, String ordinary) {
        List<Evidence> retained = own.stream().filter(e -> e.as(Publish.class)
                .filter(p -> p.topic().startsWith("$") && p.retain()).isPresent()).toList();
        if (retained.isEmpty()) {
            return Outcome.notApplicable("the broker refuses a client's PUBLISH to a topic beginning with $ and holds no "
                    + "retained message of its own on such a topic for a subscriber, so no message on a topic beginning "
                    + "with $ exists for a filter starting with a wildcard to match", concat(refusal, own));
        }
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>(retained);
        for (Evidence e : wildcard) {
            Publish p = e.as(Publish.class).orElse(null);
            if (p != null && p.topic().startsWith("$")) {
                findings.add(Finding.of(requirement, "expected no message on " + p.topic() + " to be delivered to a "
                        + "subscription whose filter starts with a wildcard, since its topic begins with $; it was", e));
                judged.add(e);
            }
        }
        if (!findings.isEmpty()) {
            return Outcome.judged(findings, judged);
        }
        Optional<Evidence> control = DeliveryCheck.find(wildcard, ordinary);
        if (control.isEmpty()) {
            return Outcome.inconclusive("\"" + ordinary + "\" was not delivered to the subscription starting with a wildcard "
                    + "either, so it is not shown that the subscription delivers at all, and the absence of the broker's "
                    + "own messages proves nothing", wildcard);
        }
        judged.add(control.get());
        return Outcome.judged(List.of(), judged);
    }

    private static List<Evidence> concat(List<Evidence> a, List<Evidence> b) {
        List<Evidence> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
