package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.iomt.standards.mqtt.Topics;

import java.util.HashSet;
import java.util.Set;

/**
 * A second SUBSCRIBE to a filter the connection already subscribed to gets no retained messages: from then on the
 * proxy withholds every PUBLISH with RETAIN set whose topic that filter matches.
 */
final class RetainedNotResent implements PacketTransform {

    private final Set<String> subscribed = new HashSet<>();
    private final Set<String> resubscribed = new HashSet<>();

    @Override
    public void toBroker(Passage p) {
        p.packet(Subscribe.class).ifPresent(s -> s.subscriptions().stream().map(Subscription::topicFilter).forEach(filter -> {
            if (!subscribed.add(filter)) {
                resubscribed.add(filter);
            }
        }));
    }

    @Override
    public void toClient(Passage p) {
        p.packet(Publish.class).filter(pub -> pub.retain() && resubscribed.stream().anyMatch(f -> Topics.matches(f, pub.topic())))
                .ifPresent(pub -> p.drop());
    }
}
