package org.iomt.standards.mqtt;

import java.util.Optional;

/** MQTT control packet types, numbered as in the high nibble of the first byte (MQTT 3.1.1 §2.2.1, MQTT 5.0 §2.1.2). AUTH exists only in 5.0. */
public enum PacketType {
    CONNECT(1), CONNACK(2), PUBLISH(3), PUBACK(4), PUBREC(5), PUBREL(6), PUBCOMP(7),
    SUBSCRIBE(8), SUBACK(9), UNSUBSCRIBE(10), UNSUBACK(11), PINGREQ(12), PINGRESP(13),
    DISCONNECT(14), AUTH(15);

    private final int code;

    PacketType(int code) {
        this.code = code;
    }

    /** The 4-bit type code. */
    public int code() {
        return code;
    }

    /** The type for a 4-bit code; empty for 0 (reserved) or anything outside 1..15. */
    public static Optional<PacketType> of(int code) {
        for (PacketType t : values()) {
            if (t.code == code) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
