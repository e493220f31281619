package org.iomt.standards.mqtt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Growing buffer that writes MQTT data types without judging the values. */
final class PacketWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    PacketWriter u8(int v) {
        out.write(v & 0xFF);
        return this;
    }

    PacketWriter u16(int v) {
        out.write((v >> 8) & 0xFF);
        out.write(v & 0xFF);
        return this;
    }

    PacketWriter u32(int v) {
        u16(v >>> 16);
        return u16(v);
    }

    PacketWriter vbi(int v) {
        out.writeBytes(VariableByteInteger.encode(v));
        return this;
    }

    PacketWriter bytes(byte[] b) {
        out.writeBytes(b);
        return this;
    }

    PacketWriter binary(byte[] b) {
        u16(b.length);
        return bytes(b);
    }

    PacketWriter utf8(String s) {
        return binary(s.getBytes(StandardCharsets.UTF_8));
    }

    PacketWriter properties(MqttProperties props) {
        PacketWriter body = new PacketWriter();
        for (MqttProperty p : props.list()) {
            body.vbi(p.id().code());
            Object v = p.value();
            switch (p.id().dataType()) {
                case BYTE -> body.u8((Integer) v);
                case TWO_BYTE_INTEGER -> body.u16((Integer) v);
                case FOUR_BYTE_INTEGER -> body.u32((Integer) v);
                case VARIABLE_BYTE_INTEGER -> body.vbi((Integer) v);
                case UTF8_STRING -> body.utf8((String) v);
                case BINARY_DATA -> body.binary((byte[]) v);
                case UTF8_STRING_PAIR -> body.utf8(((StringPair) v).name()).utf8(((StringPair) v).value());
            }
        }
        byte[] b = body.toByteArray();
        vbi(b.length);
        return bytes(b);
    }

    int size() {
        return out.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }
}
