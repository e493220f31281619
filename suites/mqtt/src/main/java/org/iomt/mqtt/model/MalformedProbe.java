package org.iomt.mqtt.model;

import org.iomt.standards.mqtt.Auth;
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
            + "with Clean Start 1", Moment.CONNECT_WITH_CLEAN_START),
    /**
     * The broker's first AUTH of an enhanced authentication, in answer to a CONNECT naming its Authentication Method:
     * what a correct broker sends, but with fixed-header flags 0001; sent only to a device that authenticates so.
     */
    AUTH_FLAGS(Set.of(MqttVersion.V5_0), "an AUTH with fixed-header flags 0001 instead of 0000, in answer to the "
            + "Authentication Method of the CONNECT", Moment.AUTHENTICATION),
    /**
     * The broker's last AUTH of a re-authentication the device started (reason code 0x00, Success), carrying a server
     * signature that the password does not give: the broker proves nothing, so the re-authentication failed on the
     * device's side; sent only to a device that re-authenticates.
     */
    WRONG_SERVER_SIGNATURE(Set.of(MqttVersion.V5_0), "an AUTH ending the device's re-authentication with Success "
            + "(0x00) but a server signature the password does not give", Moment.REAUTHENTICATION);

    /** When the broker sends a probe. */
    public enum Moment {
        /** After the device's next packet on an accepted connection, or on a new one right after its CONNACK. */
        AFTER_PACKET,
        /** Instead of the broker's first AUTH, in answer to the next CONNECT naming an Authentication Method. */
        AUTHENTICATION,
        /** Instead of the broker's last AUTH of the device's next re-authentication. */
        REAUTHENTICATION,
        /** Instead of the CONNACK of the next CONNECT with a clean start. */
        CONNECT_WITH_CLEAN_START
    }

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
    private final Moment moment;

    MalformedProbe(Set<MqttVersion> versions, String description) {
        this(versions, description, Moment.AFTER_PACKET);
    }

    MalformedProbe(Set<MqttVersion> versions, String description, Moment moment) {
        this.versions = versions;
        this.description = description;
        this.moment = moment;
    }

    public String description() {
        return description;
    }

    /**
     * The probes the suite sends a device of this version, in the order it sends them: over WebSocket a packet in a
     * text frame too; to a device that names an Authentication Method in its CONNECT, then, the one answering that,
     * and to one that also re-authenticates, the one ending its re-authentication; to a device that asks for a clean
     * start in every CONNECT, last, those that answer its CONNECT.
     */
    public static List<MalformedProbe> forDevice(MqttVersion version, boolean webSocket, boolean cleanStart,
                                                 boolean authenticates, boolean reauthenticates) {
        return Arrays.stream(values()).filter(p -> p.versions.contains(version) && (webSocket || p != TEXT_FRAME)
                && (cleanStart || p.moment != Moment.CONNECT_WITH_CLEAN_START)
                && (authenticates || p.moment != Moment.AUTHENTICATION)
                && (reauthenticates || p.moment != Moment.REAUTHENTICATION))
                .sorted(java.util.Comparator.comparing(MalformedProbe::moment)).toList();
    }

    /** When the broker sends the probe. */
    public Moment moment() {
        return moment;
    }

    /**
     * The bytes of the probe as the device's version writes it; {@code topicAlias} is the alias a PUBLISH by Topic
     * Alias alone names (the other probes carry none).
     */
    public byte[] frame(MqttVersion version, int topicAlias) {
        return switch (this) {
            case AUTH_FLAGS, WRONG_SERVER_SIGNATURE -> throw new IllegalStateException(this + " is made from the AUTH it "
                    + "replaces: see authenticationAnswer");
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
     * The bytes of an authentication probe, made from the AUTH a correct broker sends at that step: with flags 0001
     * set, or with its server signature ({@code v=}, in the Authentication Data) changed in its last bit.
     */
    public byte[] authenticationAnswer(Auth conformant) {
        return switch (this) {
            case AUTH_FLAGS -> {
                byte[] frame = MqttEncoder.encode(conformant, MqttVersion.V5_0);
                frame[0] |= 0x01;
                yield frame;
            }
            case WRONG_SERVER_SIGNATURE -> {
                List<MqttProperty> properties = new java.util.ArrayList<>();
                for (MqttProperty p : conformant.properties().list()) {
                    properties.add(p.id() == MqttPropertyId.AUTHENTICATION_DATA
                            ? new MqttProperty(MqttPropertyId.AUTHENTICATION_DATA, otherSignature((byte[]) p.value())) : p);
                }
                yield MqttEncoder.encode(new Auth(0, conformant.reasonCode(), new MqttProperties(properties)), MqttVersion.V5_0);
            }
            default -> throw new IllegalStateException(this + " does not replace an AUTH");
        };
    }

    /** A SCRAM server-final message {@code v=base64} with the last bit of its signature flipped. */
    private static byte[] otherSignature(byte[] serverFinal) {
        String text = new String(serverFinal, StandardCharsets.UTF_8);
        byte[] signature = java.util.Base64.getDecoder().decode(text.substring(text.indexOf("v=") + 2));
        signature[signature.length - 1] ^= 1;
        return ("v=" + java.util.Base64.getEncoder().encodeToString(signature)).getBytes(StandardCharsets.UTF_8);
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
