package org.iomt.mqtt.drivers;

import org.iomt.standards.mqtt.Connect;

import java.nio.charset.StandardCharsets;
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

    /**
     * A frame the decoder rejected, with every occurrence of the password the broker requires masked byte for byte: a
     * CONNECT whose flags and fields disagree cannot say where its password is, but it must not reach the evidence.
     */
    static byte[] redactPassword(byte[] frame, String required) {
        byte[] secret = required.getBytes(StandardCharsets.UTF_8);
        byte[] copy = frame.clone();
        for (int at = 0; secret.length > 0 && at + secret.length <= copy.length; at++) {
            if (Arrays.equals(copy, at, at + secret.length, secret, 0, secret.length)) {
                Arrays.fill(copy, at, at + secret.length, MASK);
            }
        }
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
