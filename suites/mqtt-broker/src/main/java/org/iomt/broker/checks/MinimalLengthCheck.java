package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.FrameLengths;
import org.iomt.standards.mqtt.MalformedPacketException;
import org.iomt.standards.mqtt.VariableByteInteger;

import java.util.ArrayList;
import java.util.List;

/**
 * The Variable Byte Integers of the MQTT 5.0 packets the broker sent take no more bytes than their values need: the
 * Remaining Length of every packet, and the Property Length where the packet type puts it at a known place
 * ({@link FrameLengths}).
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
            try {
                FrameLengths.propertyLength(f.bytes()).filter(l -> !l.minimal())
                        .ifPresent(l -> findings.add(finding(requirement, f, "Property Length", l.value(), l.bytes())));
            } catch (MalformedPacketException e) {
                findings.add(Finding.of(requirement, "the Property Length of " + f.evidence().decoded() + " on connection "
                        + f.connection() + " is not a Variable Byte Integer: " + e.getMessage(), f.evidence()));
            }
        }
        return Outcome.judged(findings, frames.stream().map(SentFrame::evidence).toList());
    }

    private static Finding finding(String requirement, SentFrame f, String what, int value, int bytes) {
        return Finding.of(requirement, "expected the " + what + " " + value + " of " + f.evidence().decoded() + " on connection "
                + f.connection() + " in " + VariableByteInteger.length(value) + " byte(s); the broker used " + bytes, f.evidence());
    }
}
