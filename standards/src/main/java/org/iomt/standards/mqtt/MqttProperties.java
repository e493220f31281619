package org.iomt.standards.mqtt;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The property list of an MQTT 5.0 packet, kept in wire order and with repeats (MQTT 5.0 §2.2.2).
 * Packets of MQTT 3.1.1 always carry {@link #EMPTY}.
 */
public record MqttProperties(List<MqttProperty> list) {

    /** No properties. */
    public static final MqttProperties EMPTY = new MqttProperties(List.of());

    public MqttProperties {
        list = List.copyOf(Objects.requireNonNull(list, "list"));
    }

    /** A property list in the given order. */
    public static MqttProperties of(MqttProperty... properties) {
        return new MqttProperties(List.of(properties));
    }

    /** The first property with this identifier. */
    public Optional<MqttProperty> first(MqttPropertyId id) {
        return list.stream().filter(p -> p.id() == id).findFirst();
    }

    /** All properties with this identifier, in wire order (user properties and subscription identifiers may repeat). */
    public List<MqttProperty> all(MqttPropertyId id) {
        return list.stream().filter(p -> p.id() == id).toList();
    }

    /** True when there are no properties. */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** A copy without any property of this identifier, the others in their order. */
    public MqttProperties without(MqttPropertyId id) {
        return new MqttProperties(list.stream().filter(p -> p.id() != id).toList());
    }

    /** A copy with one more property at the end. */
    public MqttProperties with(MqttPropertyId id, Object value) {
        List<MqttProperty> copy = new ArrayList<>(list);
        copy.add(new MqttProperty(id, value));
        return new MqttProperties(copy);
    }
}
