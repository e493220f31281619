package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Subscribe;

import java.util.ArrayList;
import java.util.List;

/** Every SUBSCRIBE the device sent has the fixed-header flags 0010 (MQTT 3.1.1 and 5.0 §3.8.1). */
public record SubscribeFlagsCheck(String requirement) implements Check {

    private static final int FLAGS = 0b0010;

    @Override
    public Outcome judge(List<Evidence> evidence) {
        List<Finding> findings = new ArrayList<>();
        List<Evidence> judged = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.direction() != Direction.DEVICE_TO_SUITE || e.as(Subscribe.class).isEmpty()) {
                continue;
            }
            judged.add(e);
            int flags = e.as(Subscribe.class).get().flags() & 0x0F;
            if (flags != FLAGS) {
                findings.add(Finding.of(requirement, "packet #" + e.seq() + ": SUBSCRIBE has fixed-header flags "
                        + String.format("%4s", Integer.toBinaryString(flags)).replace(' ', '0') + ", expected 0010", e));
            }
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device sent no SUBSCRIBE during the observation window", List.of());
        }
        return Outcome.judged(findings, judged);
    }
}
