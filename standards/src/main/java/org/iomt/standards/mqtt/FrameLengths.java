package org.iomt.standards.mqtt;

import java.util.Optional;

/**
 * The lengths an MQTT 5.0 frame writes as Variable Byte Integers, found in its bytes rather than through the decoder
 * (which accepts longer encodings than needed): the Remaining Length of every frame, and the Property Length of the
 * packet types whose layout puts it at a known place. Each says whether it took the fewest bytes its value needs
 * (MQTT 5.0 §1.5.5). Property values, such as a Subscription Identifier, are not read.
 */
public final class FrameLengths {

    /** Protocol name "MQTT" (2 + 4 bytes), level, connect flags and Keep Alive: where a CONNECT's Property Length begins. */
    private static final int CONNECT_HEADER = 10;

    private FrameLengths() {
    }

    /**
     * One length of the frame.
     *
     * @param value the length it states
     * @param bytes how many bytes it is written in
     */
    public record Length(int value, int bytes) {

        /** How many bytes the shortest encoding of the value takes. */
        public int needed() {
            return VariableByteInteger.length(value);
        }

        public boolean minimal() {
            return bytes == needed();
        }
    }

    /** The Remaining Length; empty when the frame ends before it does. */
    public static Optional<Length> remainingLength(byte[] frame) throws MalformedPacketException {
        return at(frame, 1);
    }

    /**
     * The Property Length, for a CONNECT, CONNACK, PUBLISH, PUBACK to PUBCOMP with properties, SUBSCRIBE, SUBACK,
     * UNSUBSCRIBE, UNSUBACK, DISCONNECT or AUTH with properties; empty for the other types, or when the frame ends
     * before it; malformed when the bytes at its place are no Variable Byte Integer.
     */
    public static Optional<Length> propertyLength(byte[] frame) throws MalformedPacketException {
        Optional<Integer> at = propertyLengthOffset(frame);
        return at.isPresent() ? at(frame, at.get()) : Optional.empty();
    }

    /**
     * Where the Property Length begins in the frame, for the types and sizes {@link #propertyLength} names; empty when
     * the type has none there or the frame ends before it.
     */
    public static Optional<Integer> propertyLengthOffset(byte[] frame) throws MalformedPacketException {
        Optional<Length> remaining = remainingLength(frame);
        if (remaining.isEmpty()) {
            return Optional.empty();
        }
        int body = 1 + remaining.get().bytes();
        int left = remaining.get().value();
        int at = switch ((frame[0] & 0xFF) >> 4) {
            case 1 -> body + CONNECT_HEADER;
            case 2, 8, 9, 10, 11 -> body + 2;                   // after CONNACK's flags and code, or a packet identifier
            case 3 -> body + 2 + topicLength(frame, body) + ((frame[0] & 0x06) != 0 ? 2 : 0);
            case 4, 5, 6, 7 -> left >= 4 ? body + 3 : -1;        // after the packet identifier and a reason code
            case 14, 15 -> left >= 2 ? body + 1 : -1;            // after a reason code
            default -> -1;
        };
        return at > 0 && at < frame.length ? Optional.of(at) : Optional.empty();
    }

    private static Optional<Length> at(byte[] frame, int offset) throws MalformedPacketException {
        int bytes = VariableByteInteger.length(frame, offset, frame.length);
        return bytes < 0 ? Optional.empty()
                : Optional.of(new Length(VariableByteInteger.decode(frame, offset, frame.length), bytes));
    }

    private static int topicLength(byte[] frame, int at) {
        return at + 2 <= frame.length ? (frame[at] & 0xFF) << 8 | frame[at + 1] & 0xFF : frame.length;
    }
}
