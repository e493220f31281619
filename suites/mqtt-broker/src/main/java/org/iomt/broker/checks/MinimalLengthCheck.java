package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.MalformedPacketException;
import org.iomt.standards.mqtt.VariableByteInteger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Variable Byte Integers of the MQTT 5.0 packets the broker sent take no more bytes than their values need: the
 * Remaining Length of every packet, and the Property Length where the packet type puts it at a known place.
 */
public final class MinimalLengthCheck {

    private MinimalLengthCheck() {
    }

    public static Outcome judge(String requirement, List<Evidence> entries) {
        List<SentFrame> frames = SentFrame.of(entries);
        if (frames.isEmpty()) {
            return Outcome.inconclusive("the broker sent nothing on connections " + SentFrame.connections(entries), entries);
        }
        List<Finding> findings = new ArrayList<>();
        for (SentFrame f : frames) {
            if (f.remainingLengthBytes() != VariableByteInteger.length(f.remainingLength())) {
                findings.add(finding(requirement, f, "Remaining Length", f.remainingLength(), f.remainingLengthBytes()));
            }
            propertyLengthAt(f).ifPresent(offset -> {
                try {
                    int count = VariableByteInteger.length(f.bytes(), offset, f.bytes().length);
                    int value = VariableByteInteger.decode(f.bytes(), offset, f.bytes().length);
                    if (count > 0 && count != VariableByteInteger.length(value)) {
                        findings.add(finding(requirement, f, "Property Length", value, count));
                    }
                } catch (MalformedPacketException e) {
                    findings.add(Finding.of(requirement, "the Property Length of " + f.evidence().decoded() + " on connection "
                            + f.connection() + " is not a Variable Byte Integer: " + e.getMessage(), f.evidence()));
                }
            });
        }
        return Outcome.judged(findings, frames.stream().map(SentFrame::evidence).toList());
    }

    /** Where the Property Length of the frame begins, for the packet types whose layout puts it at a fixed place. */
    private static Optional<Integer> propertyLengthAt(SentFrame f) {
        int body = f.body();
        int end = f.bytes().length;
        int at = switch (f.type()) {
            case 2, 9, 11 -> body + 2;          // CONNACK after flags and code; SUBACK, UNSUBACK after the packet id
            case 4, 5, 6, 7 -> end - body > 3 ? body + 3 : -1;   // PUBACK..PUBCOMP with a reason code and properties
            case 14 -> end - body > 1 ? body + 1 : -1;           // DISCONNECT with properties
            case 3 -> end - body >= 2 ? body + 2 + (((f.bytes()[body] & 0xFF) << 8) | (f.bytes()[body + 1] & 0xFF))
                    + ((f.flags() & 0x06) != 0 ? 2 : 0) : -1;
            default -> -1;
        };
        return at >= 0 && at < end ? Optional.of(at) : Optional.empty();
    }

    private static Finding finding(String requirement, SentFrame f, String what, int value, int bytes) {
        return Finding.of(requirement, "expected the " + what + " " + value + " of " + f.evidence().decoded() + " on connection "
                + f.connection() + " in " + VariableByteInteger.length(value) + " byte(s); the broker used " + bytes, f.evidence());
    }
}
