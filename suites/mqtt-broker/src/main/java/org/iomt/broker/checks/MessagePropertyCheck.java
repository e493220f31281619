package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.StringPair;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The MQTT 5.0 properties of a message as its subscriber received it, against what its publisher (or the
 * subscription) gave: a message is known by its payload, which the suite makes unique in the run. A message that
 * was not delivered cannot be judged.
 */
public final class MessagePropertyCheck {

    private static final Comparator<StringPair> BY_NAME_AND_VALUE =
            Comparator.comparing(StringPair::name).thenComparing(StringPair::value);

    private MessagePropertyCheck() {
    }

    /** The delivery of the message carries the property with the given value among those of its identifier. */
    public static Outcome carries(String requirement, List<Evidence> deliveries, String payload, MqttProperty expected,
                                  String what) {
        Optional<Evidence> delivery = DeliveryCheck.find(deliveries, payload);
        if (delivery.isEmpty()) {
            return notDelivered(payload, what, deliveries);
        }
        List<MqttProperty> carried = delivery.get().as(Publish.class).orElseThrow().properties().all(expected.id());
        if (carried.contains(expected)) {
            return Outcome.judged(List.of(), List.of(delivery.get()));
        }
        return Outcome.judged(List.of(Finding.of(requirement, "expected the delivery of \"" + payload + "\" to carry " + what
                + " " + show(expected) + "; it carried " + (carried.isEmpty() ? "none"
                : String.join(", ", carried.stream().map(MessagePropertyCheck::show).toList())), delivery.get())),
                List.of(delivery.get()));
    }

    /**
     * The message matched several subscriptions that have identifiers: whether the broker sent it once or once per
     * subscription, its copies together carry every one of those identifiers.
     */
    public static Outcome subscriptionIdentifiers(String requirement, List<Evidence> deliveries, String payload,
                                                  List<Integer> expected) {
        List<Evidence> copies = deliveries.stream().filter(e -> DeliveryCheck.payloadOf(e).equals(payload)).toList();
        if (copies.isEmpty()) {
            return notDelivered(payload, "Subscription Identifiers", deliveries);
        }
        List<Integer> carried = copies.stream().flatMap(e -> e.as(Publish.class).orElseThrow().properties()
                .all(MqttPropertyId.SUBSCRIPTION_IDENTIFIER).stream()).map(MqttProperty::intValue).distinct().sorted().toList();
        List<Integer> missing = expected.stream().filter(id -> !carried.contains(id)).toList();
        return missing.isEmpty() ? Outcome.judged(List.of(), copies)
                : Outcome.judged(List.of(new Finding(requirement, "expected the " + copies.size() + " deliver"
                + (copies.size() == 1 ? "y" : "ies") + " of \"" + payload + "\" to carry the Subscription Identifiers " + expected
                + " of the subscriptions it matched; they carried " + carried + ", without " + missing, copies)), copies);
    }

    /** The delivery carries the same User Properties as were published, each as often, whatever their order. */
    public static Outcome sameUserProperties(String requirement, List<Evidence> deliveries, String payload, List<StringPair> sent) {
        Optional<Evidence> delivery = DeliveryCheck.find(deliveries, payload);
        if (delivery.isEmpty()) {
            return notDelivered(payload, "User Properties", deliveries);
        }
        List<StringPair> carried = userProperties(delivery.get());
        List<StringPair> missing = difference(sent, carried);
        List<StringPair> added = difference(carried, sent);
        if (missing.isEmpty() && added.isEmpty()) {
            return Outcome.judged(List.of(), List.of(delivery.get()));
        }
        return Outcome.judged(List.of(Finding.of(requirement, "expected the delivery of \"" + payload + "\" to carry the User "
                + "Properties " + pairs(sent) + " unaltered; it carried " + pairs(carried)
                + (missing.isEmpty() ? "" : ", without " + pairs(missing)) + (added.isEmpty() ? "" : ", with " + pairs(added) + " added"),
                delivery.get())), List.of(delivery.get()));
    }

    /** The delivery carries the User Properties in the order they were published; judged only when all of them came. */
    public static Outcome userPropertiesInOrder(String requirement, List<Evidence> deliveries, String payload, List<StringPair> sent) {
        Optional<Evidence> delivery = DeliveryCheck.find(deliveries, payload);
        if (delivery.isEmpty()) {
            return notDelivered(payload, "User Properties", deliveries);
        }
        List<StringPair> carried = userProperties(delivery.get());
        if (!sorted(carried).equals(sorted(sent))) {
            return Outcome.inconclusive("the delivery of \"" + payload + "\" carried the User Properties " + pairs(carried)
                    + " instead of " + pairs(sent) + ", so their order cannot be judged", List.of(delivery.get()));
        }
        return carried.equals(sent) ? Outcome.judged(List.of(), List.of(delivery.get()))
                : Outcome.judged(List.of(Finding.of(requirement, "expected the User Properties of \"" + payload + "\" in the order "
                + pairs(sent) + "; they came as " + pairs(carried), delivery.get())), List.of(delivery.get()));
    }

    static List<StringPair> userProperties(Evidence delivery) {
        return delivery.as(Publish.class).orElseThrow().properties().all(MqttPropertyId.USER_PROPERTY).stream()
                .map(p -> (StringPair) p.value()).toList();
    }

    /** The pairs of {@code from} that {@code other} does not match one for one. */
    private static List<StringPair> difference(List<StringPair> from, List<StringPair> other) {
        List<StringPair> left = new ArrayList<>(other);
        List<StringPair> unmatched = new ArrayList<>();
        for (StringPair p : from) {
            if (!left.remove(p)) {
                unmatched.add(p);
            }
        }
        return unmatched;
    }

    private static List<StringPair> sorted(List<StringPair> pairs) {
        return pairs.stream().sorted(BY_NAME_AND_VALUE).toList();
    }

    private static String pairs(List<StringPair> pairs) {
        return pairs.stream().map(p -> p.name() + "=" + p.value()).toList().toString();
    }

    private static Outcome notDelivered(String payload, String what, List<Evidence> deliveries) {
        return Outcome.inconclusive("\"" + payload + "\" was not delivered, so its " + what + " cannot be judged", deliveries);
    }

    private static String show(MqttProperty p) {
        if (p.value() instanceof byte[] bytes) {
            return "\"" + new String(bytes, StandardCharsets.UTF_8) + "\" (" + bytes.length + " bytes)";
        }
        return p.value() instanceof String s ? "\"" + s + "\"" : String.valueOf(p.value());
    }
}
