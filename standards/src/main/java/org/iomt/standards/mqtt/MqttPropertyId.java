package org.iomt.standards.mqtt;

import static org.iomt.standards.mqtt.PropertyType.BINARY_DATA;
import static org.iomt.standards.mqtt.PropertyType.BYTE;
import static org.iomt.standards.mqtt.PropertyType.FOUR_BYTE_INTEGER;
import static org.iomt.standards.mqtt.PropertyType.TWO_BYTE_INTEGER;
import static org.iomt.standards.mqtt.PropertyType.UTF8_STRING;
import static org.iomt.standards.mqtt.PropertyType.UTF8_STRING_PAIR;
import static org.iomt.standards.mqtt.PropertyType.VARIABLE_BYTE_INTEGER;

import java.util.Optional;

/** Every property identifier defined by MQTT 5.0 with its data type (MQTT 5.0 §2.2.2.2). */
public enum MqttPropertyId {
    PAYLOAD_FORMAT_INDICATOR(0x01, BYTE),
    MESSAGE_EXPIRY_INTERVAL(0x02, FOUR_BYTE_INTEGER),
    CONTENT_TYPE(0x03, UTF8_STRING),
    RESPONSE_TOPIC(0x08, UTF8_STRING),
    CORRELATION_DATA(0x09, BINARY_DATA),
    SUBSCRIPTION_IDENTIFIER(0x0B, VARIABLE_BYTE_INTEGER),
    SESSION_EXPIRY_INTERVAL(0x11, FOUR_BYTE_INTEGER),
    ASSIGNED_CLIENT_IDENTIFIER(0x12, UTF8_STRING),
    SERVER_KEEP_ALIVE(0x13, TWO_BYTE_INTEGER),
    AUTHENTICATION_METHOD(0x15, UTF8_STRING),
    AUTHENTICATION_DATA(0x16, BINARY_DATA),
    REQUEST_PROBLEM_INFORMATION(0x17, BYTE),
    WILL_DELAY_INTERVAL(0x18, FOUR_BYTE_INTEGER),
    REQUEST_RESPONSE_INFORMATION(0x19, BYTE),
    RESPONSE_INFORMATION(0x1A, UTF8_STRING),
    SERVER_REFERENCE(0x1C, UTF8_STRING),
    REASON_STRING(0x1F, UTF8_STRING),
    RECEIVE_MAXIMUM(0x21, TWO_BYTE_INTEGER),
    TOPIC_ALIAS_MAXIMUM(0x22, TWO_BYTE_INTEGER),
    TOPIC_ALIAS(0x23, TWO_BYTE_INTEGER),
    MAXIMUM_QOS(0x24, BYTE),
    RETAIN_AVAILABLE(0x25, BYTE),
    USER_PROPERTY(0x26, UTF8_STRING_PAIR),
    MAXIMUM_PACKET_SIZE(0x27, FOUR_BYTE_INTEGER),
    WILDCARD_SUBSCRIPTION_AVAILABLE(0x28, BYTE),
    SUBSCRIPTION_IDENTIFIER_AVAILABLE(0x29, BYTE),
    SHARED_SUBSCRIPTION_AVAILABLE(0x2A, BYTE);

    private final int code;
    private final PropertyType dataType;

    MqttPropertyId(int code, PropertyType dataType) {
        this.code = code;
        this.dataType = dataType;
    }

    /** The identifier as written on the wire. */
    public int code() {
        return code;
    }

    /** The data type of the value. */
    public PropertyType dataType() {
        return dataType;
    }

    /** The property for an identifier; empty when MQTT 5.0 defines none with that number. */
    public static Optional<MqttPropertyId> of(int code) {
        for (MqttPropertyId id : values()) {
            if (id.code == code) {
                return Optional.of(id);
            }
        }
        return Optional.empty();
    }
}
