package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;

import java.util.List;

/** Every QoS 0 PUBLISH the broker sent has DUP 0, read from the first byte of the frame. */
public final class Qos0DupCheck {

    private static final int DUP = 0x08;
    private static final int QOS = 0x06;

    private Qos0DupCheck() {
    }

    public static Outcome judge(String requirement, List<Evidence> entries) {
        List<SentFrame> deliveries = SentFrame.of(entries).stream()
                .filter(f -> f.type() == SentFrame.PUBLISH && (f.flags() & QOS) == 0).toList();
        if (deliveries.isEmpty()) {
            return Outcome.inconclusive("the broker delivered no message at QoS 0 on connections "
                    + SentFrame.connections(entries), entries);
        }
        List<Finding> findings = deliveries.stream().filter(f -> (f.flags() & DUP) != 0)
                .map(f -> Finding.of(requirement, "expected DUP 0 on the QoS 0 delivery " + f.evidence().decoded()
                        + " on connection " + f.connection() + "; the first byte was 0x"
                        + String.format("%02x", f.bytes()[0] & 0xFF), f.evidence())).toList();
        return Outcome.judged(findings, deliveries.stream().map(SentFrame::evidence).toList());
    }
}
