package org.iomt.standards.mqtt;

import java.util.Optional;

/** The two MQTT protocol versions the codec speaks, keyed by the protocol level byte of CONNECT (MQTT 3.1.1 §3.1.2.2, MQTT 5.0 §3.1.2.2). */
public enum MqttVersion {
    /** MQTT 3.1.1, protocol level 4. */
    V3_1_1(4, "3.1.1"),
    /** MQTT 5.0, protocol level 5. */
    V5_0(5, "5.0");

    private final int level;
    private final String label;

    MqttVersion(int level, String label) {
        this.level = level;
        this.label = label;
    }

    /** The protocol level byte sent in CONNECT. */
    public int level() {
        return level;
    }

    /** The human label, "3.1.1" or "5.0". */
    public String label() {
        return label;
    }

    /** The version for a protocol level byte, empty for any level we do not speak (for example 3, MQTT 3.1). */
    public static Optional<MqttVersion> ofLevel(int level) {
        for (MqttVersion v : values()) {
            if (v.level == level) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The version for a label such as "3.1.1" or "5.0"; any other text is rejected with {@link IllegalArgumentException}. */
    public static MqttVersion parse(String label) {
        for (MqttVersion v : values()) {
            if (v.label.equals(label)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown MQTT version \"" + label + "\"; expected 3.1.1 or 5.0");
    }
}
