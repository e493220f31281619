package org.iomt.standards.mqtt;

import java.util.Arrays;
import java.util.Objects;

/**
 * One MQTT 5.0 property (MQTT 5.0 §2.2.2). The value's class follows {@link MqttPropertyId#dataType()}:
 * {@link Integer} for the integer types, {@link String}, {@code byte[]} (not copied) or {@link StringPair}.
 * Equality compares byte arrays by content.
 */
public record MqttProperty(MqttPropertyId id, Object value) {
    public MqttProperty {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(value, "value");
        Class<?> expected = id.dataType().javaType();
        if (!expected.isInstance(value)) {
            throw new IllegalArgumentException(id + " carries " + expected.getSimpleName()
                    + ", not " + value.getClass().getSimpleName());
        }
    }

    /** The value as an integer; only for the integer data types. */
    public int intValue() {
        return (Integer) value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MqttProperty p && p.id == id && Objects.deepEquals(p.value, value);
    }

    @Override
    public int hashCode() {
        return 31 * id.hashCode() + (value instanceof byte[] b ? Arrays.hashCode(b) : value.hashCode());
    }

    @Override
    public String toString() {
        return id + "=" + (value instanceof byte[] b ? b.length + "B" : value);
    }
}
