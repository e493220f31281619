package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Subscription;
import org.iomt.standards.mqtt.Unsubscribe;

import java.text.Normalizer;

/**
 * Topic names and filters reach the broker in Unicode normalisation form C: "cafe" with a combining accent becomes
 * "caf" with the precomposed letter, so the broker matches topics that differ in their characters.
 */
final class TopicsNormalised implements PacketTransform {

    @Override
    public void toBroker(Passage p) {
        p.packet(Publish.class).filter(pub -> !normalised(pub.topic()).equals(pub.topic()))
                .ifPresent(pub -> p.replace(new Publish(pub.flags(), normalised(pub.topic()), pub.packetId(), pub.properties(),
                        pub.payload())));
        p.packet(Subscribe.class).filter(s -> s.subscriptions().stream().anyMatch(sub -> !normalised(sub.topicFilter())
                        .equals(sub.topicFilter())))
                .ifPresent(s -> p.replace(new Subscribe(s.flags(), s.packetId(), s.properties(), s.subscriptions().stream()
                        .map(sub -> new Subscription(normalised(sub.topicFilter()), sub.options())).toList())));
        p.packet(Unsubscribe.class).filter(u -> u.topicFilters().stream().anyMatch(f -> !normalised(f).equals(f)))
                .ifPresent(u -> p.replace(new Unsubscribe(u.flags(), u.packetId(), u.properties(),
                        u.topicFilters().stream().map(TopicsNormalised::normalised).toList())));
    }

    private static String normalised(String topic) {
        return Normalizer.normalize(topic, Normalizer.Form.NFC);
    }
}
