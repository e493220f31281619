package org.iomt.core.run;

import org.iomt.core.profile.Profile;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The run in progress, as step definitions reach it: its profile, the device under observation and the evidence
 * each scenario judged. Cucumber creates glue objects per scenario; what outlives a scenario lives here, opened by
 * the runner before the features run and closed after.
 * <p>
 * Several runs may be active in one JVM at once (the suite's own tests certify many faults side by side). A run is
 * bound to the thread that opens it and to every thread that thread starts, which includes the test engine's worker
 * threads that run the run's scenarios: each scenario finds its own run.
 */
public final class ActiveRun implements AutoCloseable {

    private static final InheritableThreadLocal<ActiveRun> BOUND = new InheritableThreadLocal<>();

    private final Profile profile;
    private final List<Object> observations;
    private final Map<String, List<String>> evidenceByScenario = new ConcurrentHashMap<>();
    private volatile String stopping;

    private ActiveRun(Profile profile, List<Object> observations) {
        this.profile = profile;
        this.observations = List.copyOf(observations);
    }

    /**
     * Opens the run and binds it to the calling thread, replacing whatever binding the thread inherited.
     *
     * @param observations what the device class's scenarios observe, one object per kind (such as a
     *                     {@link ReportingDeviceObservation}); steps find them by type
     */
    public static ActiveRun open(Profile profile, List<Object> observations) {
        ActiveRun run = new ActiveRun(profile, observations);
        BOUND.set(run);
        return run;
    }

    /** The run of the calling thread; a step outside a run is a defect of the suite, not of the device. */
    public static ActiveRun current() {
        ActiveRun run = BOUND.get();
        if (run == null) {
            throw new IllegalStateException("no certification run is active: features run only through the iomt runner");
        }
        return run;
    }

    public Profile profile() {
        return profile;
    }

    /** The observation of the given kind; a scenario asking for one its device class lacks is a defect of the suite. */
    public <T> T observation(Class<T> kind) {
        return observations.stream().filter(kind::isInstance).map(kind::cast).findFirst().orElseThrow(() ->
                new IllegalStateException("device class " + profile.get(org.iomt.core.profile.ProfileKeys.DEVICE)
                        + " has no " + kind.getSimpleName() + ": a feature of another device class is tagged for it"));
    }

    /** Records the evidence references a scenario judged, keyed by its feature file and line. */
    public void judged(String scenarioKey, List<String> references) {
        evidenceByScenario.merge(scenarioKey, List.copyOf(references), (a, b) -> {
            java.util.List<String> all = new java.util.ArrayList<>(a);
            b.stream().filter(r -> !all.contains(r)).forEach(all::add);
            return List.copyOf(all);
        });
    }

    /** Asks that no further scenario start, for the given reason (such as the signal that interrupted the run). */
    public void stop(String reason) {
        stopping = reason;
    }

    /** Why the run is stopping; empty while scenarios may still start. */
    public Optional<String> stopping() {
        return Optional.ofNullable(stopping);
    }

    public List<String> evidenceOf(String scenarioKey) {
        return evidenceByScenario.getOrDefault(scenarioKey, List.of());
    }

    /** Unbinds the run from the thread that opened it; threads it started end with the run's test engine. */
    @Override
    public void close() {
        BOUND.remove();
    }
}
