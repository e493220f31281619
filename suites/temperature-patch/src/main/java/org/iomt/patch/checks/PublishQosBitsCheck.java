package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether no PUBLISH of the device has both QoS bits of its fixed header set, read from the bytes, since the suite's
 * decoder refuses such a packet.
 */
public final class PublishQosBitsCheck implements Check {

    private static final int PUBLISH = 3;
    private static final int BOTH_QOS_BITS = 0b0110;

    private final String requirement;

    public PublishQosBitsCheck(String requirement) {
        this.requirement = requirement;
    }

    @Override
    public String requirement() {
        return requirement;
    }

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.direction() != Direction.DEVICE_TO_SUITE || e.bytes().length == 0 || (e.bytes()[0] & 0xF0) >> 4 != PUBLISH) {
                continue;
            }
            judged.add(e);
            if ((e.bytes()[0] & BOTH_QOS_BITS) == BOTH_QOS_BITS) {
                findings.add(Finding.of(requirement, "packet #" + e.seq() + " on " + e.connection() + ": PUBLISH with both "
                        + "QoS bits set (first byte 0x" + String.format("%02x", e.bytes()[0] & 0xFF) + ")", e));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device sent no PUBLISH during the observation window", List.of());
        }
        return Outcome.judged(findings, judged);
    }
}
