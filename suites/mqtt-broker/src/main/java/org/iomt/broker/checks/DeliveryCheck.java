package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Publish;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a subscriber received from the broker, judged message by message: a message is known by its payload, which
 * the suite makes unique in the run.
 */
public final class DeliveryCheck {

    private DeliveryCheck() {
    }

    /** Every expected message was delivered; with nothing expected there is nothing to judge. */
    public static Outcome delivered(String requirement, List<Evidence> deliveries, List<String> expected, String why) {
        if (expected.isEmpty()) {
            return Outcome.inconclusive("no message was published that should have been delivered " + why, deliveries);
        }
        List<Finding> findings = new ArrayList<>();
        for (String payload : expected) {
            if (find(deliveries, payload).isEmpty()) {
                findings.add(new Finding(requirement, "expected \"" + payload + "\" to be delivered " + why + "; it was not"
                        + (deliveries.isEmpty() ? " (nothing was delivered)" : " (" + received(deliveries) + ")"), deliveries));
            }
        }
        return Outcome.judged(findings, deliveries);
    }

    /**
     * The expected message was delivered, judged only beside a control message that shows the broker delivers such
     * messages at all: when the control did not come either, the missing message shows nothing.
     */
    public static Outcome deliveredLike(String requirement, List<Evidence> deliveries, String expected, String why,
                                        Control control) {
        Optional<Evidence> shown = find(control.deliveries(), control.payload());
        if (shown.isEmpty() && find(deliveries, expected).isEmpty()) {
            return Outcome.inconclusive("\"" + control.payload() + "\" was not delivered either, so it is not shown that "
                    + control.shows() + ", and the absence of \"" + expected + "\" proves nothing", deliveries);
        }
        Outcome delivered = delivered(requirement, deliveries, List.of(expected), why);
        List<Evidence> judged = new ArrayList<>(delivered.judged());
        shown.filter(e -> !judged.contains(e)).ifPresent(judged::add);
        return Outcome.judged(delivered.findings(), judged);
    }

    /**
     * Every expected message was delivered, and none of the others: the expected ones are the control that shows the
     * subscription delivers, so a missing one is a finding and leaves the others unjudged.
     */
    public static Outcome onlyDelivered(String requirement, List<Evidence> deliveries, List<String> expected, String why,
                                        List<String> forbidden, String whyNot) {
        Outcome delivered = delivered(requirement, deliveries, expected, why);
        if (!delivered.passed()) {
            return delivered;
        }
        List<Control> controls = expected.stream().map(p -> new Control(deliveries, p, "the subscription delivers")).toList();
        return noneDeliveredUnlike(requirement, deliveries, forbidden, whyNot, controls.toArray(Control[]::new));
    }

    /** The messages were delivered, each at the QoS expected of it. */
    public static Outcome deliveredAtQos(String requirement, List<Evidence> deliveries, Map<String, Integer> expected, String why) {
        Outcome delivered = delivered(requirement, deliveries, List.copyOf(expected.keySet()), why);
        return delivered.passed() ? each(requirement, deliveries, expected, Publish::qos, "QoS") : delivered;
    }

    /**
     * Each named message that was delivered has the expected property: a wrong one is a finding whether or not the
     * others came, and only when none of them came is there nothing to judge.
     */
    public static <T> Outcome each(String requirement, List<Evidence> deliveries, Map<String, T> expected,
                                   Function<Publish, T> property, String what) {
        if (expected.isEmpty()) {
            return Outcome.inconclusive("no message was published whose " + what + " could be judged", deliveries);
        }
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Map.Entry<String, T> e : expected.entrySet()) {
            Optional<Evidence> delivery = find(deliveries, e.getKey());
            if (delivery.isEmpty()) {
                continue;
            }
            judged.add(delivery.get());
            T actual = property.apply(delivery.get().as(Publish.class).orElseThrow());
            if (!e.getValue().equals(actual)) {
                findings.add(Finding.of(requirement, "expected " + what + " " + e.getValue() + " on the delivery of \""
                        + e.getKey() + "\" on connection " + delivery.get().connection() + "; it was " + actual, delivery.get()));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive(noneOf(List.copyOf(expected.keySet())) + " was delivered (" + received(deliveries)
                    + "), so no " + what + " could be judged", deliveries);
        }
        return Outcome.judged(findings, judged);
    }

    /** "neither "a" nor "b"", or "none of "a", "b" or "c"", or ""a"" for one payload. */
    private static String noneOf(List<String> payloads) {
        if (payloads.size() == 1) {
            return "\"" + payloads.get(0) + "\"";
        }
        if (payloads.size() == 2) {
            return "neither \"" + payloads.get(0) + "\" nor \"" + payloads.get(1) + "\"";
        }
        List<String> quoted = payloads.stream().map(p -> "\"" + p + "\"").toList();
        return "none of " + String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.get(quoted.size() - 1);
    }

    /**
     * What the subscriber's connections received, naming them ("connection m received only "x""); the evidence may
     * hold the connection's other frames too, a SUBACK say, which show where the messages were awaited.
     */
    private static String received(List<Evidence> evidence) {
        if (evidence.isEmpty()) {
            return "nothing was";
        }
        List<String> connections = evidence.stream().map(Evidence::connection).distinct().toList();
        List<String> payloads = evidence.stream().filter(e -> e.as(Publish.class).isPresent())
                .map(e -> "\"" + payloadOf(e) + "\"").toList();
        return "connection" + (connections.size() == 1 ? " " : "s ") + String.join(", ", connections) + " received "
                + (payloads.isEmpty() ? "no message" : "only " + String.join(", ", payloads));
    }

    /** The message was delivered at most {@code limit} times. */
    public static Outcome atMost(String requirement, List<Evidence> deliveries, String payload, int limit, String why) {
        List<Evidence> copies = deliveries.stream().filter(e -> payloadOf(e).equals(payload)).toList();
        if (copies.isEmpty()) {
            return Outcome.inconclusive("\"" + payload + "\" was not delivered, so its copies cannot be counted", deliveries);
        }
        return copies.size() <= limit ? Outcome.judged(List.of(), copies)
                : Outcome.judged(List.of(new Finding(requirement, "expected at most " + limit + " cop" + (limit == 1 ? "y" : "ies")
                + " of \"" + payload + "\" " + why + "; " + copies.size() + " were delivered", copies)), copies);
    }

    /**
     * A message matching several subscriptions of one client reached it at the highest QoS among them, in no more
     * copies than it has matching subscriptions. {@code highestQos} is the highest QoS the broker granted them, at most the
     * message's own: a broker may grant less than a subscription asks for.
     */
    public static Outcome overlapping(String requirement, List<Evidence> deliveries, String payload, int highestQos,
                                      int subscriptions) {
        List<Evidence> copies = deliveries.stream().filter(e -> payloadOf(e).equals(payload)).toList();
        if (copies.isEmpty()) {
            return Outcome.judged(List.of(new Finding(requirement, "expected \"" + payload + "\" to be delivered to the "
                    + "overlapping subscriptions; it was not", deliveries)), deliveries);
        }
        List<Finding> findings = new ArrayList<>();
        if (copies.stream().noneMatch(e -> e.as(Publish.class).orElseThrow().qos() == highestQos)) {
            findings.add(new Finding(requirement, "expected a copy of \"" + payload + "\" at QoS " + highestQos
                    + ", the highest of the matching subscriptions; the copies came at QoS "
                    + copies.stream().map(e -> e.as(Publish.class).orElseThrow().qos()).toList(), copies));
        }
        if (copies.size() > subscriptions) {
            findings.add(new Finding(requirement, "expected at most one copy of \"" + payload + "\" per matching subscription ("
                    + subscriptions + "); " + copies.size() + " were delivered", copies));
        }
        return Outcome.judged(findings, copies);
    }

    /**
     * A message the broker must deliver in the same circumstances as one it must withhold, so that the subscriber's
     * silence means something.
     *
     * @param deliveries where it should have arrived
     * @param payload    the message
     * @param shows      what its delivery shows, for the reason when it did not come ("the broker kept the session's messages")
     */
    public record Control(List<Evidence> deliveries, String payload, String shows) {
    }

    /**
     * The message was not delivered, while the control message was: a control that did not come either leaves the
     * requirement unjudged, since then nothing was delivered at all.
     */
    public static Outcome notDeliveredUnlike(String requirement, List<Evidence> deliveries, String forbidden, String why,
                                             Control control) {
        return noneDeliveredUnlike(requirement, deliveries, List.of(forbidden), why, control);
    }

    /**
     * None of the forbidden messages was delivered, while every control message was. A control that did not come
     * leaves the requirement unjudged, since the silence may then be the broker's delivering nothing; every finding
     * and every pass cites the controls that arrived.
     */
    public static Outcome noneDeliveredUnlike(String requirement, List<Evidence> deliveries, List<String> forbidden, String why,
                                              Control... controls) {
        List<Evidence> shown = new ArrayList<>();
        Optional<Control> missing = Optional.empty();
        for (Control control : controls) {
            Optional<Evidence> delivery = find(control.deliveries(), control.payload());
            delivery.ifPresent(shown::add);
            if (delivery.isEmpty() && missing.isEmpty()) {
                missing = Optional.of(control);
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>(shown);
        for (String payload : forbidden) {
            find(deliveries, payload).ifPresent(e -> {
                findings.add(Finding.of(requirement, "expected \"" + payload + "\" not to be delivered " + why + "; it was", e));
                judged.add(e);
            });
        }
        if (!findings.isEmpty()) {
            return Outcome.judged(findings, judged);
        }
        if (controls.length == 0) {
            return Outcome.inconclusive("no control message was due, so the absence of " + quoted(forbidden) + " proves nothing",
                    deliveries);
        }
        if (missing.isPresent()) {
            return Outcome.inconclusive("\"" + missing.get().payload() + "\" was not delivered either ("
                    + received(missing.get().deliveries()) + "), so it is not shown that " + missing.get().shows()
                    + ", and the absence of " + quoted(forbidden) + " proves nothing", missing.get().deliveries());
        }
        if (forbidden.isEmpty()) {
            return Outcome.inconclusive("no message was published that should have been withheld " + why, shown);
        }
        return Outcome.judged(List.of(), shown);
    }

    private static String quoted(List<String> payloads) {
        return String.join(" or ", payloads.stream().map(p -> "\"" + p + "\"").toList());
    }

    /**
     * The message was delivered with the RETAIN flag it was published with; judged only when the control shows that
     * the broker took the message as retained.
     */
    public static Outcome retainAsPublished(String requirement, List<Evidence> deliveries, String payload, boolean published,
                                            Control control) {
        Optional<Evidence> controlDelivery = find(control.deliveries(), control.payload());
        if (controlDelivery.isEmpty() || controlDelivery.get().as(Publish.class).map(p -> !p.retain()).orElse(true)) {
            return Outcome.inconclusive("\"" + control.payload() + "\" did not reach a later subscriber as a retained message, so "
                    + "it is not shown that " + control.shows(), control.deliveries());
        }
        Outcome each = each(requirement, deliveries, Map.of(payload, published), Publish::retain, "the RETAIN flag");
        return each.inconclusiveReason() != null ? each : Outcome.judged(each.findings(),
                java.util.stream.Stream.concat(each.judged().stream(), java.util.stream.Stream.of(controlDelivery.get())).toList());
    }

    /** No delivery carries the property; with nothing delivered there is nothing to judge. */
    public static Outcome withoutProperty(String requirement, List<Evidence> deliveries,
                                          org.iomt.standards.mqtt.MqttPropertyId property, String why) {
        if (deliveries.isEmpty()) {
            return Outcome.inconclusive("nothing was delivered, so no delivery's " + property + " can be judged", deliveries);
        }
        List<Finding> findings = deliveries.stream()
                .filter(e -> e.as(Publish.class).orElseThrow().properties().first(property).isPresent())
                .map(e -> Finding.of(requirement, "expected no " + property + " " + why + "; the delivery of \""
                        + payloadOf(e) + "\" carried one", e)).toList();
        return Outcome.judged(findings, deliveries);
    }

    public static Optional<Evidence> find(List<Evidence> deliveries, String payload) {
        return deliveries.stream().filter(e -> payloadOf(e).equals(payload)).findFirst();
    }

    static String payloadOf(Evidence e) {
        return e.as(Publish.class).map(p -> new String(p.payload(), StandardCharsets.UTF_8)).orElse("");
    }
}
