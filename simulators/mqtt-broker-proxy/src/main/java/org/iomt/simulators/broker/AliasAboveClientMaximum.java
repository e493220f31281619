package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Connect;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.Publish;

/**
 * Gives every PUBLISH the broker delivers to an MQTT 5.0 client that announced a non-zero Topic Alias Maximum the
 * Topic Alias one above that maximum; the topic name stays, so the client can still tell the topic.
 */
final class AliasAboveClientMaximum implements PacketTransform {

    private int maximum;

    @Override
    public void toBroker(Passage p) {
        p.packet(Connect.class).ifPresent(c -> maximum = c.properties().first(MqttPropertyId.TOPIC_ALIAS_MAXIMUM)
                .map(MqttProperty::intValue).orElse(0));
    }

    @Override
    public void toClient(Passage p) {
        if (maximum == 0) {
            return;
        }
        p.packet(Publish.class).filter(pub -> pub.properties().first(MqttPropertyId.TOPIC_ALIAS).isEmpty())
                .ifPresent(pub -> p.replace(pub.withProperties(pub.properties().with(MqttPropertyId.TOPIC_ALIAS, maximum + 1))));
    }
}
