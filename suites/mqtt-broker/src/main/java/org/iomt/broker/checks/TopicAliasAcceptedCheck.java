package org.iomt.broker.checks;

import org.iomt.core.model.ConnectionEnded;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Disconnect;
import org.iomt.standards.mqtt.Publish;

import java.util.List;
import java.util.Optional;

/**
 * A PUBLISH that names its topic by a Topic Alias alone, the alias set up by an earlier PUBLISH on the connection
 * and within the Topic Alias Maximum of the broker's CONNACK (MQTT 5.0 §3.3.2.3.4): the broker takes it as a
 * PUBLISH to the aliased topic, keeps the connection and delivers the message there.
 */
public final class TopicAliasAcceptedCheck {

    private TopicAliasAcceptedCheck() {
    }

    /**
     * @param publisher  the publisher's connection
     * @param aliased    the PUBLISH sent by alias alone
     * @param deliveries what a subscriber to the topic received
     * @param setUp      the payload of the PUBLISH that set the alias up, which must have been delivered for the
     *                   subscription to count
     * @param topic      the topic the alias stands for
     */
    public static Outcome accepted(String requirement, List<Evidence> publisher, Evidence aliased, List<Evidence> deliveries,
                                   String setUp, String topic) {
        Publish sent = aliased.as(Publish.class).orElseThrow();
        String payload = DeliveryCheck.payloadOf(aliased);
        List<Evidence> after = publisher.stream().filter(e -> e.seq() > aliased.seq()).toList();
        Optional<Evidence> refusal = after.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE
                && e.as(Disconnect.class).isPresent()
                || e.direction() == Direction.TRANSPORT && e.as(ConnectionEnded.class).isPresent()
                && e.decoded().contains("by the broker")).findFirst();
        if (refusal.isPresent()) {
            return Outcome.judged(List.of(Finding.of(requirement, "expected the broker to accept a PUBLISH by Topic Alias "
                    + alias(sent) + ", within its Topic Alias Maximum; it ended the connection: " + refusal.get().decoded(),
                    aliased, refusal.get())), List.of(aliased, refusal.get()));
        }
        if (DeliveryCheck.find(deliveries, setUp).isEmpty()) {
            return Outcome.inconclusive("\"" + setUp + "\", published with the topic name, was not delivered either, so the "
                    + "subscriber's silence proves nothing", deliveries);
        }
        Optional<Evidence> delivery = DeliveryCheck.find(deliveries, payload);
        if (delivery.isEmpty()) {
            return Outcome.judged(List.of(Finding.of(requirement, "expected \"" + payload + "\", published by Topic Alias "
                    + alias(sent) + ", to be delivered on " + topic + "; it was not", aliased)), deliveries);
        }
        String deliveredOn = delivery.get().as(Publish.class).orElseThrow().topic();
        if (!deliveredOn.equals(topic)) {
            return Outcome.judged(List.of(Finding.of(requirement, "expected \"" + payload + "\", published by Topic Alias "
                    + alias(sent) + ", to be delivered on " + topic + "; it came on \"" + deliveredOn + "\"", aliased,
                    delivery.get())), List.of(aliased, delivery.get()));
        }
        return Outcome.judged(List.of(), List.of(aliased, delivery.get()));
    }

    private static String alias(Publish p) {
        return p.properties().first(org.iomt.standards.mqtt.MqttPropertyId.TOPIC_ALIAS).map(a -> String.valueOf(a.value())).orElse("?");
    }
}
