package org.iomt.standards.mqtt;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Cursor over one frame that reads MQTT data types and reports the byte offset of anything it cannot read. */
final class PacketReader {

    private final byte[] frame;
    private final int end;
    private int pos;
    private MqttVersion version;

    PacketReader(byte[] frame, int start, int end, MqttVersion version) {
        this.frame = frame;
        this.pos = start;
        this.end = end;
        this.version = version;
    }

    /** Switches the version whose statement ids are used for string errors (CONNECT decides its own). */
    void version(MqttVersion v) {
        this.version = v;
    }

    int position() {
        return pos;
    }

    int remaining() {
        return end - pos;
    }

    boolean hasMore() {
        return pos < end;
    }

    private void need(int n, String field) throws MalformedPacketException {
        if (end - pos < n) {
            throw new MalformedPacketException(MalformedPacketException.MALFORMED, pos,
                    field + " needs " + n + " byte(s) but only " + (end - pos) + " remain in the packet");
        }
    }

    int u8(String field) throws MalformedPacketException {
        need(1, field);
        return frame[pos++] & 0xFF;
    }

    int u16(String field) throws MalformedPacketException {
        need(2, field);
        int v = ((frame[pos] & 0xFF) << 8) | (frame[pos + 1] & 0xFF);
        pos += 2;
        return v;
    }

    int u32(String field) throws MalformedPacketException {
        need(4, field);
        int v = ((frame[pos] & 0xFF) << 24) | ((frame[pos + 1] & 0xFF) << 16) | ((frame[pos + 2] & 0xFF) << 8) | (frame[pos + 3] & 0xFF);
        pos += 4;
        return v;
    }

    int vbi(String field) throws MalformedPacketException {
        int len = VariableByteInteger.length(frame, pos, end);
        if (len < 0) {
            throw new MalformedPacketException(MalformedPacketException.MALFORMED, pos, field + " runs past the end of the packet");
        }
        int v = VariableByteInteger.decode(frame, pos, end);
        pos += len;
        return v;
    }

    byte[] bytes(int n, String field) throws MalformedPacketException {
        need(n, field);
        byte[] out = new byte[n];
        System.arraycopy(frame, pos, out, 0, n);
        pos += n;
        return out;
    }

    byte[] binary(String field) throws MalformedPacketException {
        int n = u16(field + " length");
        return bytes(n, field);
    }

    byte[] rest() {
        byte[] out = new byte[end - pos];
        System.arraycopy(frame, pos, out, 0, out.length);
        pos = end;
        return out;
    }

    /** Reads a length-prefixed string and checks it is well-formed UTF-8 without U+0000. */
    String utf8(String field) throws MalformedPacketException {
        int at = pos;
        byte[] raw = binary(field);
        return checkedString(raw, at + 2, field, version);
    }

    /** Decodes string bytes found at {@code at}, with the statement ids of {@code v}. */
    static String checkedString(byte[] raw, int at, String field, MqttVersion v) throws MalformedPacketException {
        boolean five = v == MqttVersion.V5_0;
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(raw);
        CharBuffer out = CharBuffer.allocate(raw.length);
        CoderResult result = dec.decode(in, out, true);
        if (!result.isError()) {
            result = dec.flush(out);
        }
        if (result.isError()) {
            throw new MalformedPacketException(five ? "MQTT-1.5.4-1" : "MQTT-1.5.3-1", at + in.position(),
                    field + " is not well-formed UTF-8");
        }
        String s = out.flip().toString();
        int nul = s.indexOf('\u0000');
        if (nul >= 0) {
            int byteIndex = s.substring(0, nul).getBytes(StandardCharsets.UTF_8).length;
            throw new MalformedPacketException(five ? "MQTT-1.5.4-2" : "MQTT-1.5.3-2", at + byteIndex,
                    field + " contains the null character U+0000");
        }
        return s;
    }

    /** Reads an MQTT 5.0 property length and property list. */
    MqttProperties properties(String where) throws MalformedPacketException {
        int lengthAt = pos;
        int length = vbi(where + " property length");
        if (length > end - pos) {
            throw new MalformedPacketException(MalformedPacketException.MALFORMED, lengthAt,
                    where + " property length " + length + " runs past the end of the packet (" + (end - pos) + " byte(s) remain)");
        }
        int stop = pos + length;
        PacketReader inner = new PacketReader(frame, pos, stop, version);
        List<MqttProperty> list = new ArrayList<>();
        while (inner.hasMore()) {
            int idAt = inner.pos;
            int code = inner.vbi("property identifier");
            MqttPropertyId id = MqttPropertyId.of(code).orElseThrow(() -> new MalformedPacketException(
                    MalformedPacketException.MALFORMED, idAt, where + " has unknown property identifier 0x" + Integer.toHexString(code)));
            String name = id.name();
            Object value = switch (id.dataType()) {
                case BYTE -> inner.u8(name);
                case TWO_BYTE_INTEGER -> inner.u16(name);
                case FOUR_BYTE_INTEGER -> inner.u32(name);
                case VARIABLE_BYTE_INTEGER -> inner.vbi(name);
                case UTF8_STRING -> inner.utf8(name);
                case BINARY_DATA -> inner.binary(name);
                case UTF8_STRING_PAIR -> new StringPair(inner.utf8(name + " name"), inner.utf8(name + " value"));
            };
            list.add(new MqttProperty(id, value));
        }
        pos = stop;
        return new MqttProperties(list);
    }

    void expectEnd(String packet) throws MalformedPacketException {
        if (pos != end) {
            throw new MalformedPacketException(MalformedPacketException.MALFORMED, pos,
                    packet + " has " + (end - pos) + " unexpected byte(s) after its last field");
        }
    }
}
