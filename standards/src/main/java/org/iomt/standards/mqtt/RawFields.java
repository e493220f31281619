package org.iomt.standards.mqtt;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Fields of an MQTT frame read from its bytes without the decoder, for checks that must judge a frame the decoder
 * refuses: a two-byte length-prefixed field, and the strict UTF-8 reading of its bytes (MQTT 3.1.1 §1.5.3, 5.0 §1.5.4).
 */
public final class RawFields {

    private RawFields() {
    }

    /** The bytes of the length-prefixed field at {@code at}; empty when the frame ends before the field does. */
    public static Optional<byte[]> lengthPrefixed(byte[] frame, int at) {
        if (at < 0 || at + 2 > frame.length) {
            return Optional.empty();
        }
        int length = (frame[at] & 0xFF) << 8 | frame[at + 1] & 0xFF;
        return at + 2 + length > frame.length ? Optional.empty() : Optional.of(Arrays.copyOfRange(frame, at + 2, at + 2 + length));
    }

    /** The text the bytes encode, when they are well-formed UTF-8 (no surrogate code points, no overlong forms). */
    public static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
