package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MalformedPacketException;
import org.iomt.standards.mqtt.VariableByteInteger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every Variable Byte Integer a length is written in takes the fewest bytes its value needs (MQTT 5.0 §1.5.5), read
 * from the bytes of every MQTT 5.0 frame the device sent: the remaining length of each, and the property length of a
 * CONNECT, PUBLISH, PUBACK, PUBREC, PUBREL, PUBCOMP, SUBSCRIBE, UNSUBSCRIBE or DISCONNECT (property values, such as a
 * Subscription Identifier, are not read). Inconclusive when the device sent no frame.
 */
public record MinimalLengthCheck(String requirement) implements Check {

    private static final int CONNECT = 1;
    private static final int PUBLISH = 3;
    private static final int PUBACK = 4;
    private static final int PUBCOMP = 7;
    private static final int SUBSCRIBE = 8;
    private static final int UNSUBSCRIBE = 10;
    private static final int DISCONNECT = 14;
    /** Protocol name (2 + 4 bytes), level, connect flags and Keep Alive: where a CONNECT's property length begins. */
    private static final int CONNECT_HEADER = 10;

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence e : evidence) {
            byte[] frame = e.bytes();
            if (e.direction() != Direction.DEVICE_TO_SUITE || frame.length < 2) {
                continue;
            }
            judged.add(e);
            String where = "packet #" + e.seq() + " on " + e.connection() + ": " + SentTopics.typeName(frame) + " writes its ";
            overlong(frame, 1).ifPresent(p -> findings.add(Finding.of(requirement, where + "remaining length " + p, e)));
            propertyLengthAt(frame).flatMap(at -> overlong(frame, at))
                    .ifPresent(p -> findings.add(Finding.of(requirement, where + "property length " + p, e)));
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device sent nothing during the observation window", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    /** Where the frame's property length begins, for the packet types that carry one in the frame's layout. */
    private static Optional<Integer> propertyLengthAt(byte[] frame) {
        int body;
        int remaining;
        try {
            body = 1 + VariableByteInteger.length(frame, 1, frame.length);
            remaining = VariableByteInteger.decode(frame, 1, frame.length);
        } catch (MalformedPacketException ex) {
            return Optional.empty();
        }
        int type = SentTopics.type(frame);
        int qos = (frame[0] & 0x06) >> 1;
        int at = switch (type) {
            case CONNECT -> body + CONNECT_HEADER;
            case PUBLISH -> body + 2 + topicLength(frame, body) + (qos > 0 ? 2 : 0);
            case SUBSCRIBE, UNSUBSCRIBE -> body + 2;
            case DISCONNECT -> remaining >= 2 ? body + 1 : -1; // after the reason code, when there are properties
            default -> type >= PUBACK && type <= PUBCOMP && remaining >= 4 ? body + 3 : -1;
        };
        return at > 0 && at < frame.length ? Optional.of(at) : Optional.empty();
    }

    private static int topicLength(byte[] frame, int at) {
        return at + 2 <= frame.length ? (frame[at] & 0xFF) << 8 | frame[at + 1] & 0xFF : frame.length;
    }

    /** A description of the integer at {@code at} when it takes more bytes than its value needs. */
    private static Optional<String> overlong(byte[] frame, int at) {
        try {
            int used = VariableByteInteger.length(frame, at, frame.length);
            int value = VariableByteInteger.decode(frame, at, frame.length);
            int needed = VariableByteInteger.length(value);
            return used > needed ? Optional.of(value + " in " + used + " bytes, where " + needed + " would do")
                    : Optional.empty();
        } catch (MalformedPacketException ex) {
            return Optional.empty();
        }
    }
}
