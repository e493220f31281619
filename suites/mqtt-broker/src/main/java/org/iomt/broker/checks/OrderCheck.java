package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Messages one client published to one topic at one QoS reached a subscriber in the order they were published, each
 * placed by its first delivery (a copy sent again later does not move it); judged only once every one arrived.
 */
public final class OrderCheck {

    private OrderCheck() {
    }

    /**
     * @param deliveries every PUBLISH the subscriber received on the topic
     * @param published  the payloads in the order they were published
     */
    public static Outcome inPublishedOrder(String requirement, List<Evidence> deliveries, List<String> published) {
        Map<String, Evidence> first = new LinkedHashMap<>();
        for (Evidence e : deliveries) {
            e.as(Publish.class).map(p -> new String(p.payload(), StandardCharsets.UTF_8)).filter(published::contains)
                    .ifPresent(payload -> first.putIfAbsent(payload, e));
        }
        if (first.size() < published.size()) {
            List<String> missing = published.stream().filter(p -> !first.containsKey(p)).toList();
            String subscriber = deliveries.stream().map(Evidence::connection).findFirst().orElse("the subscriber's connection");
            return Outcome.inconclusive(first.size() + " of the " + published.size() + " readings reached " + subscriber
                    + " (missing: \"" + String.join("\", \"", missing) + "\"), so their order cannot be judged", deliveries);
        }
        List<String> arrived = new ArrayList<>(first.keySet());
        List<Evidence> judged = new ArrayList<>(first.values());
        for (int i = 0; i < published.size(); i++) {
            if (!arrived.get(i).equals(published.get(i))) {
                Evidence early = first.get(arrived.get(i));
                return Outcome.judged(List.of(new Finding(requirement, "expected the readings in the order they were "
                        + "published; reading " + (i + 1) + " to arrive was \"" + arrived.get(i) + "\" where \""
                        + published.get(i) + "\" was due", List.of(early, first.get(published.get(i))))), judged);
            }
        }
        return Outcome.judged(List.of(), judged);
    }
}
