package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A retained message with an empty payload was not stored: a new subscription to its topic receives nothing there,
 * judged beside a retained reading of another topic that the same subscriber must receive when it subscribes to it.
 */
public final class EmptyRetainedCheck {

    private EmptyRetainedCheck() {
    }

    /**
     * @param deliveries every PUBLISH the subscriber received on the two topics, until the control arrived or the wait ended
     * @param emptyTopic the topic that was sent a retained message with an empty payload and nothing else
     * @param control    the payload of the retained reading of the other topic
     * @param subscriber the subscriber's connection, for the reasons
     */
    public static Outcome notStored(String requirement, List<Evidence> deliveries, String emptyTopic, String control,
                                    String subscriber) {
        Optional<Evidence> kept = DeliveryCheck.find(deliveries, control);
        if (kept.isEmpty()) {
            return Outcome.inconclusive("connection " + subscriber + " did not receive the retained reading \"" + control
                    + "\" of the other topic either, so the broker may hand no retained message to a new subscription and "
                    + "the absence of the empty one proves nothing", deliveries);
        }
        List<Evidence> stored = deliveries.stream()
                .filter(e -> e.as(Publish.class).filter(p -> p.topic().equals(emptyTopic)).isPresent()).toList();
        List<Evidence> judged = new ArrayList<>(stored);
        judged.add(kept.get());
        if (!stored.isEmpty()) {
            return Outcome.judged(List.of(new Finding(requirement, "expected the broker not to store the retained message with "
                    + "an empty payload of " + emptyTopic + "; connection " + subscriber + " received " + stored.size()
                    + " message(s) there on subscribing, beside the retained reading of the other topic", judged)), judged);
        }
        return Outcome.judged(List.of(), judged);
    }
}
