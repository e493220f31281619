package org.iomt.core.cli;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * While a certification runs, SIGTERM (how a CI runner cancels a job) and SIGINT (Ctrl-C) ask the run to stop in order
 * instead of ending the JVM at once, so that the run closes what it started and writes its record. Closing restores
 * what the signals did before.
 */
final class StopSignals implements AutoCloseable {

    private static final List<String> SIGNALS = List.of("TERM", "INT");

    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();

    private StopSignals() {
    }

    /**
     * Routes SIGTERM and SIGINT to {@code stop}, which receives the signal's name ({@code SIGTERM}, {@code SIGINT}). A
     * signal the JVM keeps for itself (as with {@code -Xrs}) keeps its usual effect.
     */
    static StopSignals install(Consumer<String> stop) {
        StopSignals installed = new StopSignals();
        for (String name : SIGNALS) {
            Signal signal = new Signal(name);
            try {
                installed.previous.put(signal, Signal.handle(signal, s -> stop.accept("SIG" + s.getName())));
            } catch (IllegalArgumentException e) {
                // the JVM does not let this signal be handled here; it ends the run as it always did
            }
        }
        return installed;
    }

    @Override
    public void close() {
        previous.forEach(Signal::handle);
    }
}
