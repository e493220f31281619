package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.FrameLengths;
import org.iomt.standards.mqtt.MalformedPacketException;
import org.iomt.standards.mqtt.VariableByteInteger;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every MQTT 5.0 packet the broker sent carries its Property Length, zero when it has no properties (§2.2.2), read
 * from the bytes. CONNACK, PUBLISH, SUBACK and UNSUBACK always carry one; PUBACK, PUBREC, PUBREL and PUBCOMP may end
 * after the packet identifier or the reason code, and DISCONNECT and AUTH after the fixed header or the reason code,
 * and then have none to judge. A Property Length must leave its properties inside the packet; a SUBACK or UNSUBACK
 * must keep a reason code after them; a PUBLISH carrying a message the suite published is read both ways, and one
 * whose bytes after the topic name (and packet identifier) are the message itself has lost its Property Length.
 */
public final class PropertyLengthCheck {

    /** CONNACK, PUBLISH, SUBACK and UNSUBACK: the types whose variable header always holds a Property Length. */
    private static final Set<Integer> ALWAYS = Set.of(2, 3, 9, 11);
    private static final Set<Integer> WITH_CODES_AFTER = Set.of(9, 11);

    private PropertyLengthCheck() {
    }

    /**
     * @param entries   every entry of the exchange's connections
     * @param published the payloads the suite published in the exchange
     */
    public static Outcome judge(String requirement, List<Evidence> entries, List<byte[]> published) {
        List<SentFrame> frames = SentFrame.of(entries);
        if (frames.stream().noneMatch(f -> ALWAYS.contains(f.type()))) {
            return Outcome.inconclusive("the broker sent no CONNACK, PUBLISH, SUBACK or UNSUBACK on connections "
                    + SentFrame.connections(entries), entries);
        }
        List<Finding> findings = new ArrayList<>();
        for (SentFrame f : frames) {
            problem(f, published).ifPresent(why -> findings.add(Finding.of(requirement, "expected a Property Length in "
                    + f.evidence().decoded() + " on connection " + f.connection() + "; " + why, f.evidence())));
        }
        return Outcome.judged(findings, frames.stream().map(SentFrame::evidence).toList());
    }

    private static Optional<String> problem(SentFrame f, List<byte[]> published) {
        byte[] b = f.bytes();
        Optional<Integer> at;
        try {
            at = FrameLengths.propertyLengthOffset(b);
        } catch (MalformedPacketException e) {
            return Optional.empty(); // the Remaining Length is judged elsewhere
        }
        if (at.isEmpty()) {
            return ALWAYS.contains(f.type()) ? Optional.of("the packet ends where it belongs") : Optional.empty();
        }
        if (f.type() == SentFrame.PUBLISH && published.stream().anyMatch(p -> Arrays.equals(p, Arrays.copyOfRange(b, at.get(), b.length)))) {
            return Optional.of("the bytes after the topic name are the message the suite published, without one");
        }
        try {
            int count = VariableByteInteger.length(b, at.get(), b.length);
            if (count < 0) {
                return Optional.of("the packet ends inside it");
            }
            int value = VariableByteInteger.decode(b, at.get(), b.length);
            int end = at.get() + count + value;
            if (end > b.length) {
                return Optional.of("the byte at its place states " + value + " bytes of properties, but only "
                        + (b.length - at.get() - count) + " follow");
            }
            if (WITH_CODES_AFTER.contains(f.type()) && end == b.length) {
                return Optional.of("the byte at its place states " + value + " bytes of properties, and no reason code follows them");
            }
        } catch (MalformedPacketException e) {
            return Optional.of("the bytes at its place are no Variable Byte Integer: " + e.getMessage());
        }
        return Optional.empty();
    }
}
