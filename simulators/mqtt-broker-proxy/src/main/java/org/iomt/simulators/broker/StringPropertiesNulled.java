package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.StringPair;

import java.util.Set;

/**
 * Appends U+0000, which no UTF-8 Encoded String may hold, to the Content Type, the Response Topic and the value of
 * every User Property of each MQTT 5.0 PUBLISH the broker delivers, keeping the properties' order.
 */
final class StringPropertiesNulled implements PacketTransform {

    private static final String NULL = "\u0000";
    private static final Set<MqttPropertyId> STRINGS = Set.of(MqttPropertyId.CONTENT_TYPE, MqttPropertyId.RESPONSE_TOPIC);

    @Override
    public void toClient(Passage p) {
        p.packet(Publish.class).filter(pub -> pub.properties().list().stream().anyMatch(StringPropertiesNulled::touched))
                .ifPresent(pub -> p.replace(pub.withProperties(new MqttProperties(pub.properties().list().stream()
                        .map(StringPropertiesNulled::nulled).toList()))));
    }

    private static boolean touched(MqttProperty property) {
        return STRINGS.contains(property.id()) || property.id() == MqttPropertyId.USER_PROPERTY;
    }

    private static MqttProperty nulled(MqttProperty property) {
        if (STRINGS.contains(property.id())) {
            return new MqttProperty(property.id(), property.value() + NULL);
        }
        if (property.value() instanceof StringPair pair) {
            return new MqttProperty(property.id(), new StringPair(pair.name(), pair.value() + NULL));
        }
        return property;
    }
}
