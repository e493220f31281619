package org.iomt.standards.mqtt;

/** The wire data types an MQTT 5.0 property value can have (MQTT 5.0 §1.5 and §2.2.2.2). */
public enum PropertyType {
    /** One byte; modelled as {@link Integer}. */
    BYTE,
    /** Big-endian 16-bit unsigned; modelled as {@link Integer}. */
    TWO_BYTE_INTEGER,
    /** Big-endian 32-bit unsigned; modelled as {@link Integer} holding the raw 32 bits (use {@link Integer#toUnsignedLong}). */
    FOUR_BYTE_INTEGER,
    /** Variable byte integer; modelled as {@link Integer}. */
    VARIABLE_BYTE_INTEGER,
    /** Length-prefixed UTF-8 string; modelled as {@link String}. */
    UTF8_STRING,
    /** Length-prefixed bytes; modelled as {@code byte[]}. */
    BINARY_DATA,
    /** Two UTF-8 strings; modelled as {@link StringPair}. */
    UTF8_STRING_PAIR;

    /** The Java class that carries a value of this type in {@link MqttProperty}. */
    public Class<?> javaType() {
        return switch (this) {
            case BYTE, TWO_BYTE_INTEGER, FOUR_BYTE_INTEGER, VARIABLE_BYTE_INTEGER -> Integer.class;
            case UTF8_STRING -> String.class;
            case BINARY_DATA -> byte[].class;
            case UTF8_STRING_PAIR -> StringPair.class;
        };
    }
}
