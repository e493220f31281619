package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A topic name the broker forwarded is the one the publisher gave, byte for byte, both to a subscription whose filter
 * holds that name and to one that matches every topic beside it: the second is the control that shows the message was
 * forwarded at all.
 */
public final class TopicKeptCheck {

    private TopicKeptCheck() {
    }

    /**
     * What one subscriber's connection recorded, and what its subscription was for people.
     *
     * @param connection every frame of the subscriber's connection, so that a reason can name it even when nothing came
     * @param filter     what the subscription matches ("every topic of the ward")
     */
    public record Subscriber(List<Evidence> connection, String filter) {

        String name() {
            return connection.isEmpty() ? "(never opened)" : connection.get(0).connection();
        }

        Optional<Evidence> delivery(String payload) {
            return connection.stream().filter(e -> e.as(Publish.class)
                    .filter(p -> new String(p.payload(), StandardCharsets.UTF_8).equals(payload)).isPresent()).findFirst();
        }
    }

    /**
     * The message published on {@code topic} reached both subscribers under that topic name, unchanged. A changed name
     * on either is a finding; a message missing from the exact subscription beside an unchanged one reaching the
     * control is a finding; a message missing from the control leaves the rule unjudged.
     */
    public static Outcome keptAsPublished(String requirement, String topic, String payload, Subscriber control, Subscriber exact) {
        Optional<Evidence> shown = control.delivery(payload);
        Optional<Evidence> matched = exact.delivery(payload);
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Optional<Evidence> delivery : List.of(shown, matched)) {
            delivery.ifPresent(e -> {
                judged.add(e);
                String forwarded = e.as(Publish.class).orElseThrow().topic();
                if (!forwarded.equals(topic)) {
                    findings.add(Finding.of(requirement, "expected \"" + payload + "\" under the topic name it was published "
                            + "on (UTF-8 " + hex(topic) + "); connection " + e.connection() + " received it under " + hex(forwarded), e));
                }
            });
        }
        if (!findings.isEmpty()) {
            return Outcome.judged(findings, judged);
        }
        if (shown.isEmpty()) {
            return Outcome.inconclusive("\"" + payload + "\" did not reach the subscription to " + control.filter()
                    + " on connection " + control.name() + " either, so it is not shown that the broker forwarded it at all, "
                    + "and what connection " + exact.name() + " received proves nothing", control.connection());
        }
        if (matched.isEmpty()) {
            return Outcome.judged(List.of(new Finding(requirement, "expected \"" + payload + "\" to reach the subscription to "
                    + exact.filter() + " on connection " + exact.name() + ", whose filter is the topic name it was published on "
                    + "(UTF-8 " + hex(topic) + "); it did not, while connection " + control.name() + " received it under that "
                    + "name unchanged", List.of(shown.get()))), List.of(shown.get()));
        }
        return Outcome.judged(List.of(), judged);
    }

    private static String hex(String topic) {
        return HexFormat.ofDelimiter(" ").formatHex(topic.getBytes(StandardCharsets.UTF_8));
    }
}
