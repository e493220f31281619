package org.iomt.broker.actors;

import org.iomt.standards.mqtt.MqttVersion;

import java.util.Locale;
import java.util.Optional;

/**
 * A family of malformed input the sweep sends, and the catalogue row of each version that binds the broker to close a
 * connection carrying it; a family that a version cannot express (properties in 3.1.1) names no row there.
 */
public enum MalformedFamily {

    /** Broken framing and structure: remaining lengths, string lengths, packet identifier 0, reserved types, QoS fields. */
    FRAMING("MQTT-4.8.0-1", "MQTT-4.13.1-1"),
    /** Fixed-header flags that the packet type's flag table forbids, QoS 3 among them. */
    HEADER_FLAGS("MQTT-2.2.2-2", "MQTT-4.13.1-1"),
    /** Strings that are not well-formed UTF-8. */
    UTF8("MQTT-1.5.3-1", "MQTT-1.5.4-1"),
    /** Strings that hold U+0000. */
    NULL_CHARACTER("MQTT-1.5.3-2", "MQTT-1.5.4-2"),
    /** MQTT 5.0 properties that do not exist, do not belong in the packet, run over their length or repeat. */
    PROPERTIES(null, "MQTT-4.13.1-1"),
    /** UNSUBSCRIBE fixed-header flags other than 0010, which its own section names as malformed. */
    UNSUBSCRIBE_FLAGS("MQTT-3.10.1-1", "MQTT-3.10.1-1"),
    /** MQTT 5.0 User Properties whose name or value breaks the UTF-8 string rules. */
    STRING_PAIR(null, "MQTT-1.5.7-1"),
    /** MQTT 5.0 Response Topics that are not well-formed UTF-8. */
    RESPONSE_TOPIC(null, "MQTT-3.3.2-13"),
    /** MQTT 5.0 Content Types that are not well-formed UTF-8. */
    CONTENT_TYPE(null, "MQTT-3.3.2-19");

    private final String rowIn311;
    private final String rowIn50;

    MalformedFamily(String rowIn311, String rowIn50) {
        this.rowIn311 = rowIn311;
        this.rowIn50 = rowIn50;
    }

    /** The catalogue row ({@code <set>:<id>}) that this family's cases are judged by in a version, if any. */
    public Optional<String> row(MqttVersion version) {
        String id = version == MqttVersion.V5_0 ? rowIn50 : rowIn311;
        return Optional.ofNullable(id).map(i -> "mqtt-" + version.label() + ":" + i);
    }

    /** The family by the name the features use ("framing", "header flags", "utf8", "null character", "properties",
     * "unsubscribe flags", "string pair", "response topic", "content type"). */
    public static MalformedFamily parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
    }
}
