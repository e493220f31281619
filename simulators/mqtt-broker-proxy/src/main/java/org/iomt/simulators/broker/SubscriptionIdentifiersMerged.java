package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.Subscribe;
import org.iomt.standards.mqtt.Topics;
import org.iomt.standards.mqtt.Unsubscribe;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every MQTT 5.0 PUBLISH the broker delivers carries the Subscription Identifiers of all the connection's subscriptions
 * that match its topic, so each copy sent for one of several overlapping subscriptions names the others too.
 */
final class SubscriptionIdentifiersMerged implements PacketTransform {

    /** The identifier of each filter the connection subscribed to, empty for a subscription without one. */
    private final Map<String, Optional<Integer>> identifiers = new LinkedHashMap<>();

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
        if (p.session().version() != MqttVersion.V5_0) {
            return;
        }
        p.packet(Publish.class).ifPresent(pub -> {
            List<Integer> matching = identifiers.entrySet().stream().filter(e -> Topics.matches(e.getKey(), pub.topic()))
                    .flatMap(e -> e.getValue().stream()).distinct().toList();
            MqttProperties merged = pub.properties().without(MqttPropertyId.SUBSCRIPTION_IDENTIFIER);
            for (int id : matching) {
                merged = merged.with(MqttPropertyId.SUBSCRIPTION_IDENTIFIER, id);
            }
            Publish edited = pub.withProperties(merged);
            if (!edited.equals(pub)) {
                p.replace(edited);
            }
        });
    }
}
