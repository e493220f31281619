package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MalformedPacketException;
import org.iomt.standards.mqtt.FrameLengths;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every Variable Byte Integer a length is written in takes the fewest bytes its value needs (MQTT 5.0 §1.5.5), read
 * from the bytes of every MQTT 5.0 frame the device sent: the remaining length of each, and the property length of a
 * CONNECT, PUBLISH, PUBACK, PUBREC, PUBREL, PUBCOMP, SUBSCRIBE, UNSUBSCRIBE or DISCONNECT (property values, such as a
 * Subscription Identifier, are not read; {@link FrameLengths}). Inconclusive when the device sent no frame.
 */
public record MinimalLengthCheck(String requirement) implements Check {

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
            overlong(() -> FrameLengths.remainingLength(frame))
                    .ifPresent(p -> findings.add(Finding.of(requirement, where + "remaining length " + p, e)));
            overlong(() -> FrameLengths.propertyLength(frame))
                    .ifPresent(p -> findings.add(Finding.of(requirement, where + "property length " + p, e)));
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device sent nothing during the observation window", List.of());
        }
        return Outcome.judged(findings, judged);
    }

    /** A length read from a frame's bytes; a frame whose bytes are no length there is left to the rules of its form. */
    @FunctionalInterface
    private interface LengthRead {
        Optional<FrameLengths.Length> read() throws MalformedPacketException;
    }

    /** A description of the length when it takes more bytes than its value needs. */
    private static Optional<String> overlong(LengthRead read) {
        try {
            return read.read().filter(l -> !l.minimal())
                    .map(l -> l.value() + " in " + l.bytes() + " bytes, where " + l.needed() + " would do");
        } catch (MalformedPacketException ex) {
            return Optional.empty();
        }
    }
}
