package org.iomt.broker.checks;

import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;

import java.util.ArrayList;
import java.util.List;

/** The fixed-header flag bits of the packets the broker sent, read from the bytes: each type's prescribed value. */
public final class SentFlagsCheck {

    /** Why no PUBREL is owed: the start of the reason, before the connections. */
    static final String NO_QOS2_DELIVERY = "the broker delivered nothing at QoS 2 (it may grant a QoS 2 subscription a "
            + "lower QoS) on connections ";

    private SentFlagsCheck() {
    }

    /** Every packet but PUBLISH carries the flags its type prescribes: 0010 for PUBREL, SUBSCRIBE and UNSUBSCRIBE, else 0000. */
    public static Outcome reservedFlags(String requirement, List<Evidence> entries) {
        List<SentFrame> frames = SentFrame.of(entries).stream().filter(f -> f.type() != SentFrame.PUBLISH).toList();
        if (frames.isEmpty()) {
            return Outcome.inconclusive("the broker sent no packet other than PUBLISH on connections "
                    + SentFrame.connections(entries) + ", so no reserved flags can be judged", entries);
        }
        return judge(requirement, frames);
    }

    /** Every PUBREL the broker sent has the flags 0010. */
    public static Outcome pubrelFlags(String requirement, List<Evidence> entries) {
        List<SentFrame> frames = SentFrame.of(entries).stream().filter(f -> f.type() == SentFrame.PUBREL).toList();
        if (frames.isEmpty() && !SentFrame.deliveredAtQos2(entries)) {
            return Outcome.notApplicable(NO_QOS2_DELIVERY + SentFrame.connections(entries) + ", so it had no PUBREL to send",
                    entries);
        }
        if (frames.isEmpty()) {
            return Outcome.inconclusive("the broker sent no PUBREL on connections " + SentFrame.connections(entries)
                    + " (it releases a QoS 2 message it delivers once the client sent PUBREC), so its flags cannot be judged", entries);
        }
        return judge(requirement, frames);
    }

    private static Outcome judge(String requirement, List<SentFrame> frames) {
        List<Finding> findings = new ArrayList<>();
        for (SentFrame f : frames) {
            int required = prescribed(f.type());
            if (f.flags() != required) {
                findings.add(Finding.of(requirement, "expected the flags " + bits(required) + " in the fixed header of "
                        + f.evidence().decoded() + " on connection " + f.connection() + "; the broker sent " + bits(f.flags())
                        + " (first byte 0x" + String.format("%02x", f.bytes()[0] & 0xFF) + ")", f.evidence()));
            }
        }
        return Outcome.judged(findings, frames.stream().map(SentFrame::evidence).toList());
    }

    private static int prescribed(int type) {
        return type == 6 || type == 8 || type == 10 ? 0b0010 : 0;
    }

    private static String bits(int flags) {
        return String.format("%4s", Integer.toBinaryString(flags)).replace(' ', '0');
    }
}
