package org.iomt.simulators.patch;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * Edits the bytes of a CONNECT the patch encoded, for faults its model cannot express: a payload field without its
 * flag, a missing client identifier, a string that is not UTF-8. It reads only the well-formed CONNECTs the patch's own
 * encoder writes.
 */
final class ConnectFrameEdit {

    /** The Will, Will QoS and Will Retain bits of the connect flags. */
    static final int WILL_BITS = 0x3C;
    static final int USER_NAME_FLAG = 0x80;
    static final int PASSWORD_FLAG = 0x40;
    private static final int WILL_FLAG = 0x04;

    /** A payload field the edits can find. */
    enum Field { CLIENT_ID, WILL_TOPIC, USER_NAME }

    private final byte[] frame;
    private final int bodyStart;
    private final int flagsAt;
    private final int payloadStart;

    private ConnectFrameEdit(byte[] frame) {
        this.frame = frame;
        int at = 1;
        while ((frame[at] & 0x80) != 0) {
            at++;
        }
        bodyStart = at + 1;
        int levelAt = bodyStart + 2 + u16(bodyStart);
        flagsAt = levelAt + 1;
        int after = flagsAt + 3;
        payloadStart = frame[levelAt] == 5 ? skipProperties(after) : after;
    }

    static ConnectFrameEdit of(byte[] frame) {
        return new ConnectFrameEdit(frame);
    }

    int flags() {
        return frame[flagsAt] & 0xFF;
    }

    /** The frame with the given bits of the connect flags cleared, its payload unchanged. */
    byte[] clearFlags(int bits) {
        byte[] copy = frame.clone();
        copy[flagsAt] = (byte) (copy[flagsAt] & ~bits);
        return copy;
    }

    /** The frame with the bytes appended after its last payload field, and its Remaining Length grown to match. */
    byte[] append(byte[] extra) {
        byte[] body = Arrays.copyOfRange(frame, bodyStart, frame.length + extra.length);
        System.arraycopy(extra, 0, body, frame.length - bodyStart, extra.length);
        return framed(body);
    }

    /** The frame without its client identifier field (length and bytes), its Remaining Length shrunk to match. */
    byte[] withoutClientId() {
        int end = payloadStart + 2 + u16(payloadStart);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(frame, bodyStart, payloadStart - bodyStart);
        body.write(frame, end, frame.length - end);
        return framed(body.toByteArray());
    }

    /**
     * The frame with the first byte of a string field replaced by 0xFF, which no UTF-8 sequence holds; the frame as it
     * was when the field is absent or empty.
     */
    byte[] withIllFormedFirstByte(Field field) {
        int at = start(field);
        if (at < 0 || u16(at) == 0) {
            return frame;
        }
        byte[] copy = frame.clone();
        copy[at + 2] = (byte) 0xFF;
        return copy;
    }

    /** Where the field's length prefix stands, or -1 when the flags leave it out. */
    private int start(Field field) {
        int at = payloadStart;
        if (field == Field.CLIENT_ID) {
            return at;
        }
        at += 2 + u16(at);
        boolean will = (flags() & WILL_FLAG) != 0;
        if (field == Field.WILL_TOPIC) {
            return will ? willTopicAt(at) : -1;
        }
        if (will) {
            at = willTopicAt(at);
            at += 2 + u16(at);
            at += 2 + u16(at);
        }
        return (flags() & USER_NAME_FLAG) != 0 ? at : -1;
    }

    /** The will topic's position, given where the will fields begin (after the Will Properties in 5.0). */
    private int willTopicAt(int willStart) {
        return frame[flagsAt - 1] == 5 ? skipProperties(willStart) : willStart;
    }

    private int skipProperties(int at) {
        int length = 0;
        int shift = 0;
        int i = at;
        while (true) {
            int b = frame[i++] & 0xFF;
            length |= (b & 0x7F) << shift;
            shift += 7;
            if ((b & 0x80) == 0) {
                return i + length;
            }
        }
    }

    private int u16(int at) {
        return (frame[at] & 0xFF) << 8 | frame[at + 1] & 0xFF;
    }

    private byte[] framed(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(frame[0]);
        int length = body.length;
        do {
            int b = length % 128;
            length /= 128;
            out.write(length > 0 ? b | 0x80 : b);
        } while (length > 0);
        out.write(body, 0, body.length);
        return out.toByteArray();
    }
}
