package org.iomt.standards.mqtt;

/**
 * The variable byte integer: seven value bits per byte, least significant group first, high bit set
 * while more bytes follow; one to four bytes, so at most 268,435,455 (MQTT 3.1.1 §2.2.3, MQTT 5.0 §1.5.5).
 */
public final class VariableByteInteger {

    /** The largest value four bytes can carry. */
    public static final int MAX_VALUE = 268_435_455;
    /** The most bytes an encoding may use. */
    public static final int MAX_BYTES = 4;

    private VariableByteInteger() {
    }

    /** The shortest encoding of {@code value}; {@link IllegalArgumentException} outside 0..268,435,455. */
    public static byte[] encode(int value) {
        byte[] out = new byte[length(value)];
        int v = value;
        for (int i = 0; i < out.length; i++) {
            int digit = v & 0x7F;
            v >>>= 7;
            out[i] = (byte) (v > 0 ? digit | 0x80 : digit);
        }
        return out;
    }

    /** How many bytes the shortest encoding of {@code value} takes. */
    public static int length(int value) {
        if (value < 0 || value > MAX_VALUE) {
            throw new IllegalArgumentException("variable byte integer out of range 0.." + MAX_VALUE + ": " + value);
        }
        if (value < 128) {
            return 1;
        }
        if (value < 16_384) {
            return 2;
        }
        return value < 2_097_152 ? 3 : 4;
    }

    /**
     * Decodes the integer starting at {@code offset}. Encodings longer than needed are accepted (lenient);
     * a fifth byte or the end of the array before the last byte is malformed.
     */
    public static int decode(byte[] b, int offset) throws MalformedPacketException {
        return decode(b, offset, b.length);
    }

    /** As {@link #decode(byte[], int)}, reading no further than {@code end} (exclusive). */
    public static int decode(byte[] b, int offset, int end) throws MalformedPacketException {
        int value = 0;
        for (int i = 0; i < MAX_BYTES; i++) {
            if (offset + i >= end) {
                throw new MalformedPacketException(MalformedPacketException.MALFORMED, offset + i,
                        "variable byte integer runs past the end of the data");
            }
            int digit = b[offset + i] & 0xFF;
            value |= (digit & 0x7F) << (7 * i);
            if ((digit & 0x80) == 0) {
                return value;
            }
        }
        throw new MalformedPacketException(MalformedPacketException.MALFORMED, offset + MAX_BYTES,
                "variable byte integer longer than 4 bytes");
    }

    /**
     * How many bytes the encoded integer at {@code offset} occupies, or -1 when the data ends before its last
     * byte (more may still arrive); a fifth continuation byte is malformed.
     */
    public static int length(byte[] b, int offset, int end) throws MalformedPacketException {
        for (int i = 0; i < MAX_BYTES; i++) {
            if (offset + i >= end) {
                return -1;
            }
            if ((b[offset + i] & 0x80) == 0) {
                return i + 1;
            }
        }
        throw new MalformedPacketException(MalformedPacketException.MALFORMED, offset + MAX_BYTES,
                "variable byte integer longer than 4 bytes");
    }
}
