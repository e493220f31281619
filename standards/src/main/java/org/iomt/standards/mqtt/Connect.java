package org.iomt.standards.mqtt;

import java.util.Objects;

/**
 * CONNECT (MQTT 3.1.1 §3.1, MQTT 5.0 §3.1). Every bit of the connect flags byte is a separate field,
 * so a faulty combination can be expressed. The encoder writes the will, username and password fields
 * only when the matching flag is set, and only if the field is non-null; a null field under a set flag
 * is simply left out (a truncated packet). Properties are on the wire only when {@code protocolLevel} is 5.
 * Byte arrays are not copied.
 */
public record Connect(int flags, String protocolName, int protocolLevel, boolean reservedFlag, boolean cleanStart,
                      boolean willFlag, int willQos, boolean willRetain, boolean usernameFlag, boolean passwordFlag,
                      int keepAlive, MqttProperties properties, String clientId, MqttProperties willProperties,
                      String willTopic, byte[] willPayload, String username, byte[] password) implements MqttPacket {

    public Connect {
        Objects.requireNonNull(protocolName, "protocolName");
        Objects.requireNonNull(clientId, "clientId");
        properties = properties == null ? MqttProperties.EMPTY : properties;
        willProperties = willProperties == null ? MqttProperties.EMPTY : willProperties;
    }

    /** A well-formed CONNECT: no will, no credentials, protocol name "MQTT" and the version's level. */
    public static Connect of(MqttVersion version, String clientId, int keepAlive, boolean cleanStart) {
        return new Connect(0, "MQTT", version.level(), false, cleanStart, false, 0, false, false, false,
                keepAlive, MqttProperties.EMPTY, clientId, MqttProperties.EMPTY, null, null, null, null);
    }

    @Override
    public PacketType type() {
        return PacketType.CONNECT;
    }

    /** The connect flags byte built from the individual flag fields (MQTT 3.1.1 §3.1.2.3, MQTT 5.0 §3.1.2.3). */
    public int connectFlags() {
        return (usernameFlag ? 0x80 : 0) | (passwordFlag ? 0x40 : 0) | (willRetain ? 0x20 : 0)
                | ((willQos & 3) << 3) | (willFlag ? 0x04 : 0) | (cleanStart ? 0x02 : 0) | (reservedFlag ? 0x01 : 0);
    }

    /** The version this CONNECT's level names, if it is one we speak. */
    public java.util.Optional<MqttVersion> version() {
        return MqttVersion.ofLevel(protocolLevel);
    }

    public Connect withFlags(int newFlags) {
        return new Connect(newFlags, protocolName, protocolLevel, reservedFlag, cleanStart, willFlag, willQos, willRetain,
                usernameFlag, passwordFlag, keepAlive, properties, clientId, willProperties, willTopic, willPayload, username, password);
    }

    public Connect withProtocolName(String name) {
        return new Connect(flags, name, protocolLevel, reservedFlag, cleanStart, willFlag, willQos, willRetain,
                usernameFlag, passwordFlag, keepAlive, properties, clientId, willProperties, willTopic, willPayload, username, password);
    }

    public Connect withProtocolLevel(int level) {
        return new Connect(flags, protocolName, level, reservedFlag, cleanStart, willFlag, willQos, willRetain,
                usernameFlag, passwordFlag, keepAlive, properties, clientId, willProperties, willTopic, willPayload, username, password);
    }

    public Connect withReservedFlag(boolean reserved) {
        return new Connect(flags, protocolName, protocolLevel, reserved, cleanStart, willFlag, willQos, willRetain,
                usernameFlag, passwordFlag, keepAlive, properties, clientId, willProperties, willTopic, willPayload, username, password);
    }

    /** Sets Clean Session (3.1.1) or Clean Start (5.0), bit 1 of the connect flags. */
    public Connect withCleanStart(boolean clean) {
        return new Connect(flags, protocolName, protocolLevel, reservedFlag, clean, willFlag, willQos, willRetain,
                usernameFlag, passwordFlag, keepAlive, properties, clientId, willProperties, willTopic, willPayload, username, password);
    }

    public Connect withKeepAlive(int seconds) {
        return new Connect(flags, protocolName, protocolLevel, reservedFlag, cleanStart, willFlag, willQos, willRetain,
                usernameFlag, passwordFlag, seconds, properties, clientId, willProperties, willTopic, willPayload, username, password);
    }

    public Connect withProperties(MqttProperties props) {
        return new Connect(flags, protocolName, protocolLevel, reservedFlag, cleanStart, willFlag, willQos, willRetain,
                usernameFlag, passwordFlag, keepAlive, props, clientId, willProperties, willTopic, willPayload, username, password);
    }

    /** Sets username and password and their flags; a null value clears that field and its flag. */
    public Connect withCredentials(String user, byte[] pass) {
        return new Connect(flags, protocolName, protocolLevel, reservedFlag, cleanStart, willFlag, willQos, willRetain,
                user != null, pass != null, keepAlive, properties, clientId, willProperties, willTopic, willPayload, user, pass);
    }

    /** Only the username and password flags, leaving the fields as they are (to express a flag/field mismatch). */
    public Connect withCredentialFlags(boolean usernameSet, boolean passwordSet) {
        return new Connect(flags, protocolName, protocolLevel, reservedFlag, cleanStart, willFlag, willQos, willRetain,
                usernameSet, passwordSet, keepAlive, properties, clientId, willProperties, willTopic, willPayload, username, password);
    }

    /** Sets a will message and the will flag, QoS and retain; will properties are used only at level 5. */
    public Connect withWill(String topic, byte[] payload, int qos, boolean retain, MqttProperties props) {
        return new Connect(flags, protocolName, protocolLevel, reservedFlag, cleanStart, true, qos, retain,
                usernameFlag, passwordFlag, keepAlive, properties, clientId, props, topic, payload, username, password);
    }

    /** Only the will flag, QoS and retain bits, leaving the will fields as they are. */
    public Connect withWillFlags(boolean will, int qos, boolean retain) {
        return new Connect(flags, protocolName, protocolLevel, reservedFlag, cleanStart, will, qos, retain,
                usernameFlag, passwordFlag, keepAlive, properties, clientId, willProperties, willTopic, willPayload, username, password);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Connect c && flags == c.flags && protocolName.equals(c.protocolName)
                && protocolLevel == c.protocolLevel && connectFlags() == c.connectFlags() && willQos == c.willQos
                && keepAlive == c.keepAlive && properties.equals(c.properties) && clientId.equals(c.clientId)
                && willProperties.equals(c.willProperties) && Objects.equals(willTopic, c.willTopic)
                && java.util.Arrays.equals(willPayload, c.willPayload) && Objects.equals(username, c.username)
                && java.util.Arrays.equals(password, c.password);
    }

    @Override
    public int hashCode() {
        return Objects.hash(flags, protocolName, protocolLevel, connectFlags(), keepAlive, clientId, willTopic, username);
    }

    @Override
    public String toString() {
        return MqttPackets.describe(this);
    }
}
