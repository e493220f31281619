package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.PacketType;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.PublishAck;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Topics;
import org.iomt.standards.mqtt.Unsubscribe;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The copies the broker sends of one message for several overlapping subscriptions of the client, one of them named
 * by a Subscription Identifier, reach the client as one copy carrying only the first of their identifiers (in the
 * order the client subscribed). The proxy acknowledges the copies it drops to the broker itself: PUBACK, or PUBREC
 * and then PUBCOMP for the broker's PUBREL.
 */
final class SubscriptionCopiesCollapsed implements PacketTransform {

    /** The identifier of each filter the connection subscribed to, empty for a subscription without one. */
    private final Map<String, Optional<Integer>> identifiers = new LinkedHashMap<>();
    /** The message whose further copies are dropped, and how many of them are still to come. */
    private Publish collapsing;
    private int copiesToDrop;
    private final Set<Integer> releasesOwed = new HashSet<>();

    @Override
    public void toBroker(Passage p) {
        p.packet(Subscribe.class).ifPresent(s -> {
            Optional<Integer> id = s.properties().first(MqttPropertyId.SUBSCRIPTION_IDENTIFIER).map(MqttProperty::intValue);
            s.subscriptions().forEach(sub -> identifiers.put(sub.topicFilter(), id));
        });
        p.packet(Unsubscribe.class).ifPresent(u -> u.topicFilters().forEach(identifiers::remove));
    }

    @Override
    public void toClient(Passage p) {
        p.packet(PublishAck.class).filter(a -> a.type() == PacketType.PUBREL && releasesOwed.remove(a.packetId())).ifPresent(a -> {
            p.drop();
            p.answer(PublishAck.pubcomp(a.packetId()));
        });
        p.packet(Publish.class).ifPresent(pub -> {
            if (copiesToDrop > 0 && sameMessage(pub, collapsing)) {
                copiesToDrop--;
                dropAndAcknowledge(p, pub);
                return;
            }
            List<Optional<Integer>> matching = identifiers.entrySet().stream().filter(e -> Topics.matches(e.getKey(), pub.topic()))
                    .map(Map.Entry::getValue).toList();
            Optional<Integer> first = matching.stream().flatMap(Optional::stream).findFirst();
            if (matching.size() >= 2 && first.isPresent()) {
                collapsing = pub;
                copiesToDrop = matching.size() - 1;
                p.replace(pub.withProperties(pub.properties().without(MqttPropertyId.SUBSCRIPTION_IDENTIFIER)
                        .with(MqttPropertyId.SUBSCRIPTION_IDENTIFIER, first.get())));
            }
        });
    }

    private void dropAndAcknowledge(Passage p, Publish copy) {
        p.drop();
        if (copy.qos() == 1) {
            p.answer(PublishAck.puback(copy.packetId()));
        } else if (copy.qos() == 2) {
            releasesOwed.add(copy.packetId());
            p.answer(PublishAck.pubrec(copy.packetId()));
        }
    }

    private static boolean sameMessage(Publish a, Publish b) {
        return a.topic().equals(b.topic()) && Arrays.equals(a.payload(), b.payload());
    }
}
