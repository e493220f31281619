package org.iomt.standards.mqtt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Test helper for writing annotated byte literals. */
final class Bytes {

    private Bytes() {
    }

    /** Bytes from int literals, each masked to 8 bits. */
    static byte[] of(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    /** The ASCII bytes of a literal, for readability of string content inside vectors. */
    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
