package org.iomt.mqtt.model;

import org.iomt.standards.mqtt.MqttEncoder;
import org.iomt.standards.mqtt.MqttProperties;
import org.iomt.standards.mqtt.MqttProperty;
import org.iomt.standards.mqtt.MqttPropertyId;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.standards.mqtt.Publish;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A packet a correct broker never sends, which the tester broker sends a device on purpose to see it close the
 * connection; the decoded value of the evidence entry that records it.
 */
public enum MalformedProbe {

    PUBLISH_QOS_THREE(Set.of(MqttVersion.V3_1_1, MqttVersion.V5_0), "a PUBLISH with both QoS bits set"),
    PUBACK_FLAGS(Set.of(MqttVersion.V3_1_1), "a PUBACK with fixed-header flags 0001 instead of 0000"),
    SECOND_CONNACK(Set.of(MqttVersion.V3_1_1), "a second CONNACK on a connection the broker already accepted"),
    DISCONNECT_FLAGS(Set.of(MqttVersion.V5_0), "a DISCONNECT with fixed-header flags 0001 instead of 0000"),
    UNMAPPED_TOPIC_ALIAS(Set.of(MqttVersion.V5_0), "a QoS 1 PUBLISH naming its topic by a Topic Alias alone, an alias "
            + "mapped only on an earlier connection"),
    /** Over WebSocket only: a well-formed packet, in a frame MQTT never travels in. */
    TEXT_FRAME(Set.of(MqttVersion.V3_1_1, MqttVersion.V5_0), "a QoS 0 PUBLISH in a WebSocket text frame instead of a binary one"),
    /**
     * The CONNACK itself, in answer to a CONNECT that asked for a clean start: it accepts the connection (reason code
     * 0x00) and says Session Present 1, which no session of the device can be; sent only to a device that asks for a
     * clean start.
     */
    SESSION_PRESENT_ON_CLEAN_START(Set.of(MqttVersion.V5_0), "a CONNACK with Session Present 1 in answer to a CONNECT "
            + "with Clean Start 1");

    /** How long a device is given to close the connection after it received a probe. */
    public static final Duration CLOSE_BOUND = Duration.ofSeconds(2);

    /** The topic of the QoS 3 PUBLISH: one no device subscribes to, so only its header matters. */
    private static final byte[] PROBE_TOPIC = "iomt/probe".getBytes(StandardCharsets.UTF_8);
    /** The packet identifier of the probes that carry one: the largest, the least likely to be in flight. */
    public static final int PROBE_PACKET_ID = 0xFFFF;
    /** What the PUBLISH by Topic Alias alone says, should a device take it as a message. */
    private static final byte[] ALIAS_PROBE_PAYLOAD = "[]".getBytes(StandardCharsets.UTF_8);

    private final Set<MqttVersion> versions;
    private final String description;

    MalformedProbe(Set<MqttVersion> versions, String description) {
        this.versions = versions;
        this.description = description;
    }

    public String description() {
        return description;
    }

    /**
     * The probes the suite sends a device of this version, in the order it sends them: over WebSocket a packet in a
     * text frame too, and to a device that asks for a clean start in every CONNECT, last, those that answer its CONNECT.
     */
    public static List<MalformedProbe> forDevice(MqttVersion version, boolean webSocket, boolean cleanStart) {
        return Arrays.stream(values()).filter(p -> p.versions.contains(version) && (webSocket || p != TEXT_FRAME)
                && (cleanStart || !p.answersConnect())).sorted(java.util.Comparator.comparing(MalformedProbe::answersConnect))
                .toList();
    }

    /** Whether the probe is the broker's answer to a CONNECT (which must ask for a clean start), not a packet after it. */
    public boolean answersConnect() {
        return this == SESSION_PRESENT_ON_CLEAN_START;
    }

    /**
     * The bytes of the probe as the device's version writes it; {@code topicAlias} is the alias a PUBLISH by Topic
     * Alias alone names (the other probes carry none).
     */
    public byte[] frame(MqttVersion version, int topicAlias) {
        return switch (this) {
            case PUBLISH_QOS_THREE -> probePublish(0x36, version);
            case PUBACK_FLAGS -> new byte[]{0x41, 0x02, (byte) (PROBE_PACKET_ID >> 8), (byte) PROBE_PACKET_ID};
            case SECOND_CONNACK -> version == MqttVersion.V5_0 ? new byte[]{0x20, 0x03, 0x00, 0x00, 0x00}
                    : new byte[]{0x20, 0x02, 0x00, 0x00};
            case DISCONNECT_FLAGS -> new byte[]{(byte) 0xE1, 0x00};
            case TEXT_FRAME -> probePublish(0x30, version);
            case SESSION_PRESENT_ON_CLEAN_START -> version == MqttVersion.V5_0 ? new byte[]{0x20, 0x03, 0x01, 0x00, 0x00}
                    : new byte[]{0x20, 0x02, 0x01, 0x00};
            case UNMAPPED_TOPIC_ALIAS -> MqttEncoder.encode(Publish.of("", 1, false, PROBE_PACKET_ID, ALIAS_PROBE_PAYLOAD)
                    .withProperties(MqttProperties.of(new MqttProperty(MqttPropertyId.TOPIC_ALIAS, topicAlias))), version);
        };
    }

    /**
     * A PUBLISH on the probe topic with one payload byte, under the given first byte (type and flags) and, for QoS 1 or
     * more, the probe's packet identifier. Every byte is ASCII, so that in a text frame it is valid UTF-8.
     */
    private static byte[] probePublish(int firstByte, MqttVersion version) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(0);
        body.write(PROBE_TOPIC.length);
        body.writeBytes(PROBE_TOPIC);
        if ((firstByte & 0x06) != 0) {
            body.write(PROBE_PACKET_ID >> 8);
            body.write(PROBE_PACKET_ID & 0xFF);
        }
        if (version == MqttVersion.V5_0) {
            body.write(0); // no properties
        }
        body.write('x');
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(firstByte);
        frame.write(body.size());
        frame.writeBytes(body.toByteArray());
        return frame.toByteArray();
    }
}
