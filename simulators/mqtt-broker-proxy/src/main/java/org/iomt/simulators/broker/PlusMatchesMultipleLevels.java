package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.iomt.standards.mqtt.Unsubscribe;

import java.util.Arrays;

/**
 * A topic filter with a single-level wildcard reaches the broker with a multi-level one instead: the first '+' level
 * and every level after it become '#' ("ward/+/temperature" becomes "ward/#"). UNSUBSCRIBE filters are widened alike,
 * so that an unsubscription still finds the subscription.
 */
final class PlusMatchesMultipleLevels implements PacketTransform {

    @Override
    public void toBroker(Passage p) {
        p.packet(Subscribe.class).filter(s -> s.subscriptions().stream().anyMatch(sub -> hasPlus(sub.topicFilter())))
                .ifPresent(s -> p.replace(new Subscribe(s.flags(), s.packetId(), s.properties(), s.subscriptions().stream()
                        .map(sub -> new Subscription(widened(sub.topicFilter()), sub.options())).toList())));
        p.packet(Unsubscribe.class).filter(u -> u.topicFilters().stream().anyMatch(PlusMatchesMultipleLevels::hasPlus))
                .ifPresent(u -> p.replace(new Unsubscribe(u.flags(), u.packetId(), u.properties(),
                        u.topicFilters().stream().map(PlusMatchesMultipleLevels::widened).toList())));
    }

    private static boolean hasPlus(String filter) {
        return Arrays.asList(filter.split("/", -1)).contains("+");
    }

    static String widened(String filter) {
        String[] levels = filter.split("/", -1);
        int plus = Arrays.asList(levels).indexOf("+");
        if (plus < 0) {
            return filter;
        }
        return String.join("/", Arrays.copyOf(levels, plus)) + (plus == 0 ? "#" : "/#");
    }
}
