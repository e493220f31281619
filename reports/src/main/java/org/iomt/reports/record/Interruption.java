package org.iomt.reports.record;

import java.time.Instant;
import java.util.List;

/**
 * How a run that was stopped before its end was stopped: the signal, when it came, and the scenarios that never
 * reached a verdict because of it.
 *
 * @param signal the signal that stopped the run, such as {@code SIGTERM} or {@code SIGINT}
 * @param at     when the signal arrived
 * @param notRun every scenario of the run that did not run, or did not finish before the run stopped
 */
public record Interruption(String signal, Instant at, List<NotRunScenario> notRun) {

    public Interruption {
        notRun = List.copyOf(notRun);
    }
}
