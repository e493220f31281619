package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.iomt.standards.mqtt.Topics;
import org.iomt.standards.mqtt.Unsuback;
import org.iomt.standards.mqtt.Unsubscribe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An UNSUBSCRIBE also deletes the connection's subscriptions whose filters match what it names as if that were a topic
 * ("ward/+" goes with "ward/p1"): the proxy adds those filters to the UNSUBSCRIBE, and gives the client an MQTT 5.0
 * UNSUBACK with only the codes of the filters it named.
 */
final class UnsubscribeMatchesByTopic implements PacketTransform {

    /** The filters this connection subscribed to, in order. */
    private final Set<String> subscribed = new LinkedHashSet<>();
    /** How many filters the client named in each widened UNSUBSCRIBE, by packet identifier. */
    private final Map<Integer, Integer> named = new HashMap<>();

    @Override
    public void toBroker(Passage p) {
        p.packet(Subscribe.class).ifPresent(s -> s.subscriptions().stream().map(Subscription::topicFilter).forEach(subscribed::add));
        p.packet(Unsubscribe.class).ifPresent(u -> {
            List<String> filters = new ArrayList<>(u.topicFilters());
            for (String filter : u.topicFilters()) {
                subscribed.stream().filter(other -> !filters.contains(other) && Topics.matches(other, filter)).forEach(filters::add);
            }
            subscribed.removeAll(filters);
            if (filters.size() > u.topicFilters().size()) {
                named.put(u.packetId(), u.topicFilters().size());
                p.replace(new Unsubscribe(u.flags(), u.packetId(), u.properties(), filters));
            }
        });
    }

    @Override
    public void toClient(Passage p) {
        p.packet(Unsuback.class).ifPresent(ack -> {
            Integer count = named.remove(ack.packetId());
            if (count != null && ack.reasonCodes().size() > count) {
                p.replace(new Unsuback(ack.flags(), ack.packetId(), ack.properties(), ack.reasonCodes().subList(0, count)));
            }
        });
    }
}
