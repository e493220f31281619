package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.Suback;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.iomt.standards.mqtt.Topics;
import org.iomt.standards.mqtt.Unsuback;
import org.iomt.standards.mqtt.Unsubscribe;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The SUBACKs and UNSUBACKs the broker sent, against the SUBSCRIBE and UNSUBSCRIBE packets of the same connections. */
public final class SubscriptionCodesCheck {

    /** The SUBACK return codes of MQTT 3.1.1 (§3.9.3). */
    public static final Set<Integer> SUBACK_3_1_1 = Set.of(0x00, 0x01, 0x02, 0x80);
    /** The Subscribe Reason Codes of MQTT 5.0 (§3.9.3). */
    public static final Set<Integer> SUBACK_5_0 = Set.of(0x00, 0x01, 0x02, 0x80, 0x83, 0x87, 0x8F, 0x91, 0x97, 0x9E, 0xA1, 0xA2);
    /** The Unsubscribe Reason Codes of MQTT 5.0 (§3.11.3). */
    public static final Set<Integer> UNSUBACK_5_0 = Set.of(0x00, 0x11, 0x80, 0x83, 0x87, 0x8F, 0x91);
    /** The code that says no subscription existed for the filter (MQTT 5.0 §3.11.3). */
    private static final int NO_SUBSCRIPTION = 0x11;

    private SubscriptionCodesCheck() {
    }

    /**
     * Every SUBSCRIBE the suite sent was answered by a SUBACK with its packet identifier; a missing one counts only
     * when the broker sent something after the SUBSCRIBE on that connection.
     */
    public static Outcome subackForEach(String requirement, List<Evidence> entries) {
        List<Evidence> requests = sent(entries, Subscribe.class);
        if (requests.isEmpty()) {
            return Outcome.inconclusive("the suite sent no SUBSCRIBE on connections " + SentFrame.connections(entries), entries);
        }
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence request : requests) {
            int id = request.as(Subscribe.class).orElseThrow().packetId();
            Optional<Evidence> answer = answer(entries, request, Suback.class, s -> s.packetId() == id);
            boolean later = entries.stream().anyMatch(e -> e.connection().equals(request.connection())
                    && e.direction() == Direction.DEVICE_TO_SUITE && e.seq() > request.seq() && e.bytes().length > 0);
            if (answer.isPresent()) {
                judged.addAll(List.of(request, answer.get()));
            } else if (later) {
                judged.add(request);
                findings.add(Finding.of(requirement, "expected a SUBACK for packet identifier " + id + " on connection "
                        + request.connection() + "; the broker answered later packets but not this SUBSCRIBE", request));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the broker sent nothing after the SUBSCRIBE packets on connections "
                    + SentFrame.connections(entries), requests);
        }
        return Outcome.judged(findings, judged);
    }

    /** Each SUBACK to a SUBSCRIBE of several filters carries one code per filter. */
    public static Outcome codePerFilter(String requirement, List<Evidence> entries) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence request : sent(entries, Subscribe.class)) {
            Subscribe subscribe = request.as(Subscribe.class).orElseThrow();
            if (subscribe.subscriptions().size() < 2) {
                continue;
            }
            Optional<Evidence> answer = answer(entries, request, Suback.class, s -> s.packetId() == subscribe.packetId());
            if (answer.isEmpty()) {
                continue;
            }
            judged.addAll(List.of(request, answer.get()));
            List<Integer> codes = answer.get().as(Suback.class).orElseThrow().reasonCodes();
            if (codes.size() != subscribe.subscriptions().size()) {
                findings.add(Finding.of(requirement, "expected " + subscribe.subscriptions().size() + " codes, one per filter of "
                        + request.decoded() + " on connection " + request.connection() + "; the SUBACK carried " + codes.size()
                        + ": " + hex(codes), request, answer.get()));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("no SUBSCRIBE of several filters was answered on connections "
                    + SentFrame.connections(entries), entries);
        }
        return Outcome.judged(findings, judged);
    }

    /**
     * Each code of each SUBACK to a SUBSCRIBE of the connection grants at most the QoS its filter asked for, or is a
     * failure (0x80 or above).
     */
    public static Outcome grantedWithinRequest(String requirement, List<Evidence> entries) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence request : sent(entries, Subscribe.class)) {
            Subscribe subscribe = request.as(Subscribe.class).orElseThrow();
            Optional<Evidence> answer = answer(entries, request, Suback.class, s -> s.packetId() == subscribe.packetId());
            if (answer.isEmpty()) {
                continue;
            }
            judged.addAll(List.of(request, answer.get()));
            List<Integer> codes = answer.get().as(Suback.class).orElseThrow().reasonCodes();
            for (int i = 0; i < Math.min(codes.size(), subscribe.subscriptions().size()); i++) {
                int asked = subscribe.subscriptions().get(i).options() & 0x03;
                if (codes.get(i) < 0x80 && codes.get(i) > asked) {
                    findings.add(Finding.of(requirement, "expected the code of filter " + (i + 1) + " on connection "
                            + request.connection() + " to grant at most QoS " + asked + " or to report a failure; it was "
                            + hex(List.of(codes.get(i))), request, answer.get()));
                }
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("no SUBSCRIBE was answered on connections " + SentFrame.connections(entries), entries);
        }
        return Outcome.judged(findings, judged);
    }

    /** Every code of every SUBACK the broker sent is one the version defines. */
    public static Outcome subackCodesDefined(String requirement, List<Evidence> entries, Set<Integer> defined) {
        List<Evidence> answers = received(entries, Suback.class);
        return defined(requirement, entries, answers, "SUBACK", defined,
                e -> e.as(Suback.class).orElseThrow().reasonCodes());
    }

    /** Every code of every UNSUBACK the broker sent is an Unsubscribe Reason Code of MQTT 5.0. */
    public static Outcome unsubackCodesDefined(String requirement, List<Evidence> entries) {
        List<Evidence> answers = received(entries, Unsuback.class);
        return defined(requirement, entries, answers, "UNSUBACK", UNSUBACK_5_0,
                e -> e.as(Unsuback.class).orElseThrow().reasonCodes());
    }

    /**
     * The codes of an UNSUBACK follow the filters of its UNSUBSCRIBE: judged on an UNSUBSCRIBE that names filters the
     * connection is shown to hold (granted in a SUBACK, and a message delivered through them) beside one it never
     * subscribed to. A "no subscription existed" code at a filter shown to be held, or an answer with another number of
     * codes, is out of order.
     */
    public static Outcome unsubackInOrder(String requirement, List<Evidence> entries) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence request : sent(entries, Unsubscribe.class)) {
            Unsubscribe unsubscribe = request.as(Unsubscribe.class).orElseThrow();
            Set<String> subscribed = heldBefore(entries, request);
            List<String> filters = unsubscribe.topicFilters();
            Set<String> requested = requestedBefore(entries, request);
            if (filters.stream().noneMatch(subscribed::contains) || filters.stream().allMatch(requested::contains)) {
                continue;
            }
            Optional<Evidence> answer = answer(entries, request, Unsuback.class, u -> u.packetId() == unsubscribe.packetId());
            if (answer.isEmpty()) {
                continue;
            }
            judged.addAll(List.of(request, answer.get()));
            List<Integer> codes = answer.get().as(Unsuback.class).orElseThrow().reasonCodes();
            for (int i = 0; i < Math.min(codes.size(), filters.size()); i++) {
                if (codes.get(i) == NO_SUBSCRIPTION && subscribed.contains(filters.get(i))) {
                    findings.add(Finding.of(requirement, "expected the code of filter " + (i + 1) + " (" + filters.get(i)
                            + ", subscribed on connection " + request.connection() + ") to follow that filter; the UNSUBACK's codes "
                            + hex(codes) + " say no subscription existed for it", request, answer.get()));
                }
            }
            if (codes.size() != filters.size()) {
                findings.add(Finding.of(requirement, "expected " + filters.size() + " codes in filter order; the UNSUBACK carried "
                        + hex(codes), request, answer.get()));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("no UNSUBSCRIBE naming a filter shown to be held (granted, and a message delivered "
                    + "through it) beside one never subscribed to was answered on connections " + SentFrame.connections(entries),
                    entries);
        }
        return Outcome.judged(findings, judged);
    }

    /** The filters of the connection granted in a SUBACK and shown by a delivery through them, before the request. */
    private static Set<String> heldBefore(List<Evidence> entries, Evidence request) {
        Set<String> held = new HashSet<>();
        for (String filter : grantedBefore(entries, request)) {
            if (entries.stream().anyMatch(e -> e.direction() == Direction.DEVICE_TO_SUITE && e.seq() < request.seq()
                    && e.connection().equals(request.connection())
                    && e.as(Publish.class).filter(p -> Topics.matches(filter, p.topic())).isPresent())) {
                held.add(filter);
            }
        }
        return held;
    }

    /** Every filter the connection asked to subscribe to before the request, granted or not. */
    private static Set<String> requestedBefore(List<Evidence> entries, Evidence request) {
        Set<String> requested = new HashSet<>();
        sent(entries, Subscribe.class).stream().filter(e -> e.connection().equals(request.connection()) && e.seq() < request.seq())
                .forEach(e -> e.as(Subscribe.class).orElseThrow().subscriptions().forEach(s -> requested.add(s.topicFilter())));
        return requested;
    }

    private static Set<String> grantedBefore(List<Evidence> entries, Evidence request) {
        Set<String> granted = new HashSet<>();
        for (Evidence e : sent(entries, Subscribe.class)) {
            if (!e.connection().equals(request.connection()) || e.seq() > request.seq()) {
                continue;
            }
            Subscribe s = e.as(Subscribe.class).orElseThrow();
            answer(entries, e, Suback.class, a -> a.packetId() == s.packetId()).ifPresent(a -> {
                List<Integer> codes = a.as(Suback.class).orElseThrow().reasonCodes();
                List<Subscription> subscriptions = s.subscriptions();
                for (int i = 0; i < Math.min(codes.size(), subscriptions.size()); i++) {
                    if (codes.get(i) < 0x80) {
                        granted.add(subscriptions.get(i).topicFilter());
                    }
                }
            });
        }
        return granted;
    }

    private static Outcome defined(String requirement, List<Evidence> entries, List<Evidence> answers, String kind,
                                   Set<Integer> defined, java.util.function.Function<Evidence, List<Integer>> codes) {
        if (answers.isEmpty()) {
            return Outcome.inconclusive("the broker sent no " + kind + " on connections " + SentFrame.connections(entries), entries);
        }
        List<Finding> findings = new ArrayList<>();
        for (Evidence answer : answers) {
            List<Integer> undefined = codes.apply(answer).stream().filter(c -> !defined.contains(c)).toList();
            if (!undefined.isEmpty()) {
                findings.add(Finding.of(requirement, "expected only defined codes in the " + kind + " on connection "
                        + answer.connection() + "; it carried " + hex(undefined), answer));
            }
        }
        return Outcome.judged(findings, answers);
    }

    private static List<Evidence> sent(List<Evidence> entries, Class<?> type) {
        return entries.stream().filter(e -> e.direction() == Direction.SUITE_TO_DEVICE && e.as(type).isPresent()).toList();
    }

    private static List<Evidence> received(List<Evidence> entries, Class<?> type) {
        return entries.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE && e.as(type).isPresent()).toList();
    }

    private static <T> Optional<Evidence> answer(List<Evidence> entries, Evidence request, Class<T> type,
                                                 java.util.function.Predicate<T> matches) {
        return entries.stream().filter(e -> e.direction() == Direction.DEVICE_TO_SUITE && e.seq() > request.seq()
                && e.connection().equals(request.connection()) && e.as(type).filter(matches).isPresent()).findFirst();
    }

    private static String hex(List<Integer> codes) {
        return codes.stream().map(c -> String.format("0x%02x", c)).toList().toString();
    }
}
