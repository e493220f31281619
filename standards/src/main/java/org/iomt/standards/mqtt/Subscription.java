package org.iomt.standards.mqtt;

import java.util.Objects;

/**
 * One topic filter of a SUBSCRIBE with its raw options byte (MQTT 3.1.1 §3.8.3.1, MQTT 5.0 §3.8.3.1).
 * In 3.1.1 only the QoS bits are defined; 5.0 adds No Local, Retain As Published and Retain Handling.
 */
public record Subscription(String topicFilter, int options) {

    public Subscription {
        Objects.requireNonNull(topicFilter, "topicFilter");
    }

    /** The requested maximum QoS, bits 0-1. */
    public int qos() {
        return options & 3;
    }

    /** MQTT 5.0 No Local, bit 2. */
    public boolean noLocal() {
        return (options & 0x04) != 0;
    }

    /** MQTT 5.0 Retain As Published, bit 3. */
    public boolean retainAsPublished() {
        return (options & 0x08) != 0;
    }

    /** MQTT 5.0 Retain Handling, bits 4-5. */
    public int retainHandling() {
        return (options >> 4) & 3;
    }

    /** The bits that both versions reserve, 6-7 (and 2-5 in 3.1.1). */
    public int reservedBits() {
        return options & 0xC0;
    }
}
