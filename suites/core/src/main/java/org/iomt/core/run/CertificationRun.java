package org.iomt.core.run;

import org.iomt.core.catalogue.CatalogueException;
import org.iomt.core.catalogue.Requirement;
import org.iomt.core.catalogue.RequirementCatalogue;
import org.iomt.core.catalogue.ScopeTally;
import org.iomt.core.model.EvidenceLog;
import org.iomt.core.profile.Profile;
import org.iomt.core.profile.ProfileException;
import org.iomt.core.profile.ProfileKeys;
import org.iomt.core.profile.ProfileProblem;
import org.iomt.core.spi.DeviceClassProvider;
import org.iomt.core.spi.DeviceClasses;
import org.iomt.core.spi.DeviceTarget;
import org.iomt.core.spi.EnvironmentException;
import org.iomt.core.spi.Folders;
import org.iomt.core.spi.TargetContext;
import org.iomt.core.spi.UnknownFaultException;
import org.iomt.reports.ExitCodes;
import org.iomt.reports.HtmlReportWriter;
import org.iomt.reports.JunitXmlWriter;
import org.iomt.reports.RunRecordJson;
import org.iomt.reports.SummaryTable;
import org.iomt.reports.record.Interruption;
import org.iomt.reports.record.NotRunScenario;
import org.iomt.reports.record.ProductIdentity;
import org.iomt.reports.record.ProfileSummary;
import org.iomt.reports.record.RequirementResult;
import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.ScenarioResult;
import org.iomt.reports.record.Scope;
import org.iomt.reports.record.Verdict;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.launcher.EngineFilter.includeEngines;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * One certification: sets up the target the profile names (the built-in simulator or a live device's broker),
 * runs the device class's features, and always leaves the run directory with its record and reports, also when it is
 * {@linkplain #interrupt interrupted}.
 */
public final class CertificationRun {

    /** The glue of the core itself: the hooks that decide applicability and turn outcomes into verdicts. */
    static final String CORE_GLUE = "org.iomt.core.glue";
    /** Scenarios run at once where a device class allows it: they mostly wait on the device, not on the CPU (24 ran the
     * Mosquitto certification in 9.4 s, 12 in 14.5 s). */
    private static final int PARALLELISM = 24;
    /** How long an interrupted run lets the scenarios under way finish before it closes the target. */
    private static final Duration DRAIN = Duration.ofSeconds(2);
    /** The version in the jar's manifest; "unpackaged" when the suite runs from its class folders (its own tests). */
    public static final String SUITE_VERSION = Optional.ofNullable(CertificationRun.class.getPackage().getImplementationVersion())
            .orElse("unpackaged");

    private final Profile profile;
    private final RunSettings settings;
    private final String runId;
    private final CompletableFuture<Stop> stop = new CompletableFuture<>();

    public CertificationRun(Profile profile, RunSettings settings, String runId) {
        this.profile = profile;
        this.settings = settings;
        this.runId = runId;
    }

    /**
     * Asks the run to stop before its end: no scenario starts from now on, the scenarios under way get a short while to
     * finish, then the target is closed and the run directory written with a record that says the run was interrupted.
     * Callable from any thread (a signal handler); only the first call counts, and a call after the last scenario
     * finished changes nothing.
     *
     * @param signal what stopped the run, such as {@code SIGTERM}
     */
    public void interrupt(String signal) {
        stop.complete(new Stop(signal, settings.clock().instant()));
    }

    /** A request to stop the run: the signal and when it came. */
    private record Stop(String signal, Instant at) {
    }

    /** What the features gave: the scenarios judged, and how the run was stopped when it was (else null). */
    private record Features(List<ScenarioResult> results, Interruption interrupted) {
    }

    /**
     * Runs the certification and writes the run directory.
     *
     * @return the run record
     * @throws ProfileException            when the profile lacks what its target needs
     * @throws UnknownFaultException when the profile names a fault the simulator does not have
     * @throws CatalogueException          when the requirement catalogue cannot be read
     * @throws IOException                 when the run directory cannot be written
     * @throws EnvironmentException        when a port is in use or a peer cannot be reached; no run directory is left
     */
    public RunRecord execute() throws ProfileException, UnknownFaultException, CatalogueException, IOException,
            EnvironmentException {
        preflight(profile);
        DeviceClassProvider deviceClass = DeviceClasses.of(profile);
        RequirementCatalogue catalogue = RequirementCatalogue.load(settings.catalogue());
        Path evidence = settings.runDir().resolve("evidence");
        Optional<Path> made = outermostMissing(evidence);
        Files.createDirectories(evidence);
        Instant startedAt = settings.clock().instant();
        settings.progress().printf("Run %s: certifying %s %s (%s) against %s%n", runId,
                profile.get(ProfileKeys.VENDOR), profile.get(ProfileKeys.MODEL), profile.get(ProfileKeys.FIRMWARE), profile.file());
        Features features;
        DeviceTarget target = deviceClass.target(profile, new TargetContext(settings.progress(), settings.clock(), evidence));
        try {
            features = runOn(target, deviceClass);
        } catch (EnvironmentException e) {
            if (made.isPresent()) {
                Folders.deleteQuietly(made.get()); // no scenario ran: leave no empty run directory behind
            }
            throw e;
        }
        RunRecord record = record(catalogue, features, startedAt, settings.clock().instant());
        writeReports(record);
        return record;
    }

    private Features runOn(DeviceTarget target, DeviceClassProvider deviceClass)
            throws IOException, ProfileException, EnvironmentException {
        try (target) {
            target.start();
            try (ActiveRun run = ActiveRun.open(profile, target.observations())) {
                return runFeatures(run, deviceClass);
            }
        } finally {
            for (EvidenceLog log : target.logs()) {
                EvidenceFiles.write(log, settings.runDir().resolve("evidence"));
            }
        }
    }

    /** The outermost folder on the way to {@code dir} that does not exist yet: what creating {@code dir} makes. */
    private static Optional<Path> outermostMissing(Path dir) {
        Path missing = null;
        for (Path p = dir.toAbsolutePath(); p != null && Files.notExists(p); p = p.getParent()) {
            missing = p;
        }
        return Optional.ofNullable(missing);
    }

    /**
     * What a run checks of a profile before it starts anything, beyond the schema: the target kind suits the
     * device class, the faults exist, and a simulated target states every claim its simulator needs.
     */
    public static void preflight(Profile profile) throws ProfileException, UnknownFaultException {
        DeviceClassProvider deviceClass = DeviceClasses.of(profile);
        String kind = profile.get(ProfileKeys.TARGET_KIND);
        if (!deviceClass.targetKinds().contains(kind)) {
            throw new ProfileException(profile.file(), List.of(new ProfileProblem("target.kind", "a " + deviceClass.name()
                    + " is certified with a target of kind " + String.join(" or ", deviceClass.targetKinds()) + ", not " + kind)));
        }
        if (!deviceClass.simulatedKinds().contains(kind) && !profile.get(ProfileKeys.FAULTS).isEmpty()) {
            throw new ProfileException(profile.file(), List.of(new ProfileProblem("target.faults", "faults are switched on in "
                    + "the built-in simulator (or the proxy in front of a real peer the suite starts); "
                    + ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind + " target has none")));
        }
        deviceClass.preflight(profile);
    }

    /**
     * Runs the features on a thread of their own and waits until they end or the run is interrupted. Interrupted, the
     * run lets no further scenario start, waits at most {@link #DRAIN} for those under way, and keeps the verdicts
     * reached until then; the rest are not run.
     */
    private Features runFeatures(ActiveRun run, DeviceClassProvider deviceClass) {
        boolean parallel = deviceClass.scenariosRunInParallel();
        ScenarioCollector collector = new ScenarioCollector(settings.features(), run, settings.progress());
        LauncherDiscoveryRequest request = request()
                .selectors(selectDirectory(settings.features().toFile()))
                .filters(includeEngines("cucumber"), TagFilter.includeTags("device:" + profile.get(ProfileKeys.DEVICE)))
                .configurationParameter("cucumber.glue", String.join(",", glue(deviceClass)))
                .configurationParameter("cucumber.plugin", RunAllureResults.class.getName() + ":"
                        + settings.runDir().resolve("allure-results").toAbsolutePath())
                .configurationParameter("cucumber.publish.quiet", "true")
                .configurationParameter("cucumber.junit-platform.naming-strategy", "short")
                .configurationParameter("cucumber.junit-platform.naming-strategy.short.example-name", "pickle")
                .configurationParameter("cucumber.execution.parallel.enabled", Boolean.toString(parallel))
                .configurationParameter("cucumber.execution.parallel.config.strategy", "fixed")
                .configurationParameter("cucumber.execution.parallel.config.fixed.parallelism", Integer.toString(PARALLELISM))
                .configurationParameter("cucumber.execution.parallel.config.fixed.max-pool-size", Integer.toString(PARALLELISM))
                .build();
        Launcher launcher = LauncherFactory.create();
        TestPlan plan = launcher.discover(request);
        CompletableFuture<Void> finished = new CompletableFuture<>();
        if (!stop.isDone()) {
            Thread scenarios = new Thread(() -> {
                try {
                    launcher.execute(plan, collector);
                    finished.complete(null);
                } catch (RuntimeException | Error e) {
                    finished.completeExceptionally(e);
                }
            }, "iomt-scenarios");
            scenarios.setDaemon(true);
            scenarios.start();
            CompletableFuture.anyOf(finished, stop).exceptionally(e -> null).join();
            if (finished.isDone()) {
                rethrowFailure(finished);
                return new Features(collector.results(), null);
            }
        }
        Stop stopped = stop.join();
        settings.progress().printf("Interrupted by %s: no further scenario starts; waiting up to %d s for those under way%n",
                stopped.signal(), DRAIN.toSeconds());
        run.stop("the run was interrupted by " + stopped.signal() + " before this scenario started");
        try {
            finished.get(DRAIN.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // the scenarios still under way are abandoned: they count as not run
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        collector.freeze();
        return new Features(collector.results(), new Interruption(stopped.signal(), stopped.at(), collector.notRun(plan)));
    }

    /** The glue packages of a run: the core's hooks and the device class's steps. */
    static List<String> glue(DeviceClassProvider deviceClass) {
        List<String> glue = new ArrayList<>(List.of(CORE_GLUE));
        glue.addAll(deviceClass.gluePackages());
        return glue;
    }

    /** Throws what ended the features' thread, if anything did, as the launcher would have thrown it on this thread. */
    private static void rethrowFailure(CompletableFuture<Void> finished) {
        try {
            finished.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause();
        }
    }

    private RunRecord record(RequirementCatalogue catalogue, Features features, Instant startedAt, Instant finishedAt) {
        Interruption interrupted = features.interrupted();
        List<NotRunScenario> notRun = interrupted == null ? List.of() : interrupted.notRun();
        List<ScenarioResult> sorted = new ArrayList<>(features.results());
        sorted.sort(Comparator.comparing(ScenarioResult::uri).thenComparingInt(ScenarioResult::line));
        Map<String, List<ScenarioResult>> byRequirement = new LinkedHashMap<>();
        for (ScenarioResult s : sorted) {
            s.requirements().forEach(r -> byRequirement.computeIfAbsent(r, k -> new ArrayList<>()).add(s));
        }
        List<RequirementResult> requirements = new ArrayList<>();
        byRequirement.forEach((key, citing) -> requirements.add(unproven(requirementResult(catalogue, key, citing),
                notRun.stream().filter(s -> s.requirements().contains(key)).count(), interrupted)));
        requirements.sort(Comparator.comparing(RequirementResult::id));
        Verdict overall = RunRecord.overallOf(requirements);
        if (interrupted == null && sorted.isEmpty() || sorted.stream().anyMatch(s -> s.verdict() == Verdict.ERROR)) {
            overall = Verdict.ERROR;
        }
        if (interrupted != null) {
            overall = overall.worse(Verdict.INCONCLUSIVE);
        }
        Map<String, String> notRunRows = new LinkedHashMap<>();
        notRun.forEach(s -> s.requirements().forEach(r -> notRunRows.put(r, "the run was interrupted by "
                + interrupted.signal() + " before its scenario ran")));
        Scope scope = ScopeTally.of(DeviceClasses.of(profile).scope(), catalogue.all(), requirements, notRunRows);
        return new RunRecord(RunRecord.SCHEMA, runId, SUITE_VERSION, catalogue.version(), product(), profileSummary(),
                startedAt, finishedAt, overall, sorted, requirements, scope, interrupted);
    }

    /**
     * A requirement that passed in the scenarios that ran, while others citing it did not run, is not proven: it is
     * INCONCLUSIVE. Any other verdict stands, since a FAIL seen is a FAIL whatever did not run.
     */
    private static RequirementResult unproven(RequirementResult q, long notRun, Interruption interrupted) {
        if (notRun == 0 || q.verdict() != Verdict.PASS) {
            return q;
        }
        return new RequirementResult(q.id(), q.section(), q.summary(), q.level(), q.role(), Verdict.INCONCLUSIVE,
                notRun + " of " + (notRun + q.scenarios().size()) + " scenarios citing it were not run: the run was interrupted by "
                        + interrupted.signal(), q.scenarios());
    }

    private static RequirementResult requirementResult(RequirementCatalogue catalogue, String key, List<ScenarioResult> citing) {
        ScenarioResult worst = citing.stream().max(Comparator.comparing(ScenarioResult::verdict)).orElseThrow();
        List<String> ids = citing.stream().map(ScenarioResult::id).toList();
        Optional<Requirement> row = catalogue.find(key);
        if (row.isEmpty()) {
            return new RequirementResult(key, "", "(not in the catalogue)", org.iomt.reports.record.Level.MUST, "",
                    Verdict.ERROR, "scenario cites a requirement that no catalogue row defines", ids);
        }
        Requirement r = row.get();
        return new RequirementResult(key, r.section(), r.summary(), r.level(), r.role(), worst.verdict(), worst.reason(), ids);
    }

    private ProductIdentity product() {
        Optional<String> udi = profile.find(ProfileKeys.UDI_GTIN)
                .map(gtin -> "(01)" + gtin + profile.find(ProfileKeys.UDI_SERIAL).map(s -> "(21)" + s).orElse(""));
        return new ProductIdentity(profile.get(ProfileKeys.VENDOR), profile.get(ProfileKeys.MODEL),
                profile.get(ProfileKeys.FIRMWARE), profile.get(ProfileKeys.SERIAL), udi.orElse(null));
    }

    private ProfileSummary profileSummary() {
        return new ProfileSummary(profile.file(), profile.sha256(), profile.get(ProfileKeys.DEVICE),
                profile.get(ProfileKeys.TARGET_KIND), profile.get(ProfileKeys.FAULTS), profile.claims(), profile.overrides());
    }

    private void writeReports(RunRecord record) throws IOException {
        RunRecordJson.write(record, settings.runDir().resolve("run.json"));
        JunitXmlWriter.write(record, settings.runDir().resolve("junit.xml"));
        HtmlReportWriter.write(record, settings.runDir().resolve("report.html"));
        settings.progress().println();
        settings.progress().print(SummaryTable.render(record));
        settings.progress().printf("Run directory: %s (exit code %d)%n", settings.runDir(), ExitCodes.of(record));
    }
}
