package org.iomt.simulators.broker;

import org.iomt.standards.mqtt.Publish;
import org.iomt.standards.mqtt.VariableByteInteger;

import java.io.ByteArrayOutputStream;
import java.util.function.UnaryOperator;

/**
 * Rewrites the bytes of the broker's QoS 0 delivery on the packet-form exchange's ward topic, and of no other packet:
 * the exchange judges that delivery's form, and nothing else the scenarios judge depends on it.
 */
final class WardDeliveryRewritten implements PacketTransform {

    /** The packet identifier {@link #identifierInserted} puts in: a high byte 0 reads as an empty property list in 5.0. */
    private static final byte[] INSERTED_IDENTIFIER = {0x00, 0x01};

    private final UnaryOperator<byte[]> rewrite;

    WardDeliveryRewritten(UnaryOperator<byte[]> rewrite) {
        this.rewrite = rewrite;
    }

    @Override
    public void toClient(Passage p) {
        p.packet(Publish.class).filter(pub -> pub.qos() == 0 && PacketFormExchange.wardTopic(pub.topic()))
                .ifPresent(pub -> p.untouchedFrame().ifPresent(frame -> p.rewrite(rewrite.apply(frame.clone()))));
    }

    /** The frame with two bytes, a packet identifier, between its topic name and what follows it. */
    static byte[] identifierInserted(byte[] frame) {
        int body = bodyOffset(frame);
        int after = body + 2 + topicLength(frame, body);
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        rest.write(frame, body, after - body);
        rest.writeBytes(INSERTED_IDENTIFIER);
        rest.write(frame, after, frame.length - after);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(frame[0]);
        out.writeBytes(VariableByteInteger.encode(rest.size()));
        out.writeBytes(rest.toByteArray());
        return out.toByteArray();
    }

    /**
     * The MQTT 5.0 frame without the Property Length that follows its topic name, when that length is zero (a QoS 0
     * delivery carries no packet identifier before it), with the Remaining Length made to fit; other frames unchanged.
     */
    static byte[] emptyPropertyLengthDropped(byte[] frame) {
        int body = bodyOffset(frame);
        int at = body + 2 + topicLength(frame, body);
        if (at >= frame.length || frame[at] != 0) {
            return frame;
        }
        ByteArrayOutputStream rest = new ByteArrayOutputStream();
        rest.write(frame, body, at - body);
        rest.write(frame, at + 1, frame.length - at - 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(frame[0]);
        out.writeBytes(VariableByteInteger.encode(rest.size()));
        out.writeBytes(rest.toByteArray());
        return out.toByteArray();
    }

    /** The frame with one byte of its topic name, counted from the name's end (1 = the last), replaced. */
    static byte[] topicByteReplaced(byte[] frame, int fromEnd, int value) {
        int body = bodyOffset(frame);
        frame[body + 2 + topicLength(frame, body) - fromEnd] = (byte) value;
        return frame;
    }

    private static int bodyOffset(byte[] frame) {
        int i = 1;
        while ((frame[i] & 0x80) != 0) {
            i++;
        }
        return i + 1;
    }

    private static int topicLength(byte[] frame, int body) {
        return ((frame[body] & 0xFF) << 8) | (frame[body + 1] & 0xFF);
    }
}
