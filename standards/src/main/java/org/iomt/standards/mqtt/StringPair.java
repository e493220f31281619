package org.iomt.standards.mqtt;

import java.util.Objects;

/** A UTF-8 string pair, the value type of the MQTT 5.0 User Property (MQTT 5.0 §1.5.7). */
public record StringPair(String name, String value) {
    public StringPair {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
