package org.iomt.patch.checks;

import org.iomt.core.checks.Check;
import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Finding;
import org.iomt.core.model.Outcome;
import org.iomt.standards.mqtt.Unsubscribe;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A rule of form every UNSUBSCRIBE the device sent keeps (MQTT 3.1.1 and 5.0 §3.10): its fixed-header flags are 0010,
 * or it names at least one topic filter. Inconclusive when the device sent no UNSUBSCRIBE.
 */
public final class UnsubscribeFormCheck implements Check {

    private static final int FLAGS = 0b0010;

    private final String requirement;
    private final Function<Unsubscribe, Optional<String>> problem;

    private UnsubscribeFormCheck(String requirement, Function<Unsubscribe, Optional<String>> problem) {
        this.requirement = requirement;
        this.problem = problem;
    }

    /** The fixed-header flags of every UNSUBSCRIBE are 0010. */
    public static UnsubscribeFormCheck flags(String requirement) {
        return new UnsubscribeFormCheck(requirement, u -> (u.flags() & 0x0F) == FLAGS ? Optional.empty()
                : Optional.of("has fixed-header flags " + String.format("%4s", Integer.toBinaryString(u.flags() & 0x0F))
                .replace(' ', '0') + ", expected 0010"));
    }

    /** Every UNSUBSCRIBE names at least one topic filter. */
    public static UnsubscribeFormCheck atLeastOneFilter(String requirement) {
        return new UnsubscribeFormCheck(requirement, u -> u.topicFilters().isEmpty()
                ? Optional.of("names no topic filter") : Optional.empty());
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
            Optional<Unsubscribe> unsubscribe = e.as(Unsubscribe.class);
            if (e.direction() != Direction.DEVICE_TO_SUITE || unsubscribe.isEmpty()) {
                continue;
            }
            judged.add(e);
            problem.apply(unsubscribe.get()).ifPresent(p -> findings.add(Finding.of(requirement, "packet #" + e.seq()
                    + " on " + e.connection() + ": UNSUBSCRIBE " + p, e)));
        }
        if (judged.isEmpty()) {
            return Outcome.inconclusive("the device sent no UNSUBSCRIBE the suite could read during the observation", List.of());
        }
        return Outcome.judged(findings, judged);
    }
}
