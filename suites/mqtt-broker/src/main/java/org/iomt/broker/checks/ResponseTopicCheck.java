package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.Topics;

import java.util.List;
import java.util.Optional;

/**
 * The Response Topic of a PUBLISH the broker sends is a topic name, without '+' or '#' (MQTT 5.0 §3.3.2.3.5); judged
 * on the delivery of a request whose publisher named one without wildcards.
 */
public final class ResponseTopicCheck {

    private ResponseTopicCheck() {
    }

    public static Outcome withoutWildcards(String requirement, List<Evidence> deliveries, String payload) {
        Optional<Evidence> delivery = DeliveryCheck.find(deliveries, payload);
        if (delivery.isEmpty()) {
            return Outcome.inconclusive("the request \"" + payload + "\" was not delivered on connections "
                    + SentFrame.connections(deliveries) + ", so no Response Topic the broker sent can be judged", deliveries);
        }
        Optional<String> topic = delivery.get().as(Publish.class).orElseThrow().properties()
                .first(MqttPropertyId.RESPONSE_TOPIC).map(p -> (String) p.value());
        if (topic.isEmpty()) {
            return Outcome.inconclusive("the delivery of \"" + payload + "\" on connection " + delivery.get().connection()
                    + " carries no Response Topic (that it must pass one on is another rule), so none can be judged",
                    List.of(delivery.get()));
        }
        if (Topics.hasWildcard(topic.get())) {
            return Outcome.judged(List.of(Finding.of(requirement, "expected the Response Topic of the delivery of \"" + payload
                    + "\" on connection " + delivery.get().connection() + " to hold no wildcard; it was \"" + topic.get()
                    + "\"", delivery.get())), List.of(delivery.get()));
        }
        return Outcome.judged(List.of(), List.of(delivery.get()));
    }
}
