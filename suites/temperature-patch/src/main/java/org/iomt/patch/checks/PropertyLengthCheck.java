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
 * MQTT 5.0 §2.2.2.1: a PUBLISH, SUBSCRIBE or UNSUBSCRIBE of the device without properties still carries a Property
 * Length of zero. Read from the bytes of each such frame, including those the suite's decoder refused: where the
 * Property Length belongs there must be a length whose properties are well-formed and end inside the frame (in a
 * SUBSCRIBE or UNSUBSCRIBE, followed by topic filters that fill the rest). A frame whose Property Length is zero is a
 * packet without properties, the case the rule speaks of; one with well-formed properties is not judged. A SUBSCRIBE
 * or UNSUBSCRIBE whose topic filters fill the frame only when read right after the packet identifier has left its
 * Property Length out; one that reads well neither way is malformed otherwise and not judged here. Inconclusive when
 * the device sent no packet without properties.
 */
public record PropertyLengthCheck(String requirement) implements Check {

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence e : evidence) {
            int type = SentTopics.type(e.bytes());
            if (e.direction() != Direction.DEVICE_TO_SUITE || (type != SentTopics.PUBLISH && type != SentTopics.SUBSCRIBE
                    && type != SentTopics.UNSUBSCRIBE)) {
                continue;
            }
            Optional<String> problem;
            try {
                problem = problem(e.bytes());
            } catch (MalformedPacketException | ArrayIndexOutOfBoundsException ex) {
                continue; // too short for its fields: not a matter of the Property Length
            }
            if (problem.isEmpty()) {
                judged.add(e);
            } else if (!problem.get().isEmpty()) {
                judged.add(e);
                findings.add(Finding.of(requirement, "packet #" + e.seq() + " on " + e.connection() + ": "
                        + SentTopics.typeName(e.bytes()) + " " + problem.get(), e));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device sent no PUBLISH, SUBSCRIBE or UNSUBSCRIBE without properties", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    /**
     * Empty when the frame states a Property Length of zero; an empty text when it is not judged (it has well-formed
     * properties, or is malformed otherwise); else what is wrong where its Property Length belongs.
     */
    private static Optional<String> problem(byte[] frame) throws MalformedPacketException {
        int at = SentProperties.propertyLengthAt(frame);
        int length = VariableByteInteger.decode(frame, at, frame.length);
        int start = at + VariableByteInteger.length(frame, at, frame.length);
        Optional<String> properties = SentProperties.problem(frame, start, length);
        boolean filters = SentTopics.type(frame) == SentTopics.PUBLISH;
        if (properties.isEmpty() && (filters || filtersFill(frame, start + length))) {
            return length == 0 ? Optional.empty() : Optional.of("");
        }
        if (filters) {
            return properties;
        }
        return filtersFill(frame, at) ? Optional.of("leaves out its Property Length: its topic filters follow the packet "
                + "identifier directly") : Optional.of("");
    }

    /** Whether the topic filters of a SUBSCRIBE or UNSUBSCRIBE, read from the offset on, fill the frame exactly. */
    private static boolean filtersFill(byte[] frame, int at) {
        int options = SentTopics.type(frame) == SentTopics.SUBSCRIBE ? 1 : 0;
        int next = at;
        while (next + 2 <= frame.length) {
            next += 2 + ((frame[next] & 0xFF) << 8 | frame[next + 1] & 0xFF) + options;
        }
        return next == frame.length;
    }
}
