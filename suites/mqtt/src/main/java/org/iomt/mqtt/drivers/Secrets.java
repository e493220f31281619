package org.iomt.mqtt.drivers;

import org.iomt.standards.mqtt.Connect;

import java.util.Arrays;

/** Keeps passwords out of evidence: what is recorded of a CONNECT has its password bytes replaced by '*'. */
final class Secrets {

    private static final byte MASK = '*';

    private Secrets() {
    }

    /** The frame with the password, which is the last field of a CONNECT, masked byte for byte. */
    static byte[] redactPassword(byte[] frame, Connect connect) {
        byte[] copy = frame.clone();
        int length = Math.min(connect.password().length, copy.length);
        Arrays.fill(copy, copy.length - length, copy.length, MASK);
        return copy;
    }

    static Connect redactPassword(Connect c) {
        byte[] masked = new byte[c.password().length];
        Arrays.fill(masked, MASK);
        return new Connect(c.flags(), c.protocolName(), c.protocolLevel(), c.reservedFlag(), c.cleanStart(), c.willFlag(),
                c.willQos(), c.willRetain(), c.usernameFlag(), c.passwordFlag(), c.keepAlive(), c.properties(), c.clientId(),
                c.willProperties(), c.willTopic(), c.willPayload(), c.username(), masked);
    }
}
