package org.iomt.suites.runner;

import io.qameta.allure.Allure;
import io.qameta.allure.AllureLifecycle;
import io.qameta.allure.FileSystemResultsWriter;
import org.iomt.reports.ExitCodes;
import org.iomt.reports.HtmlReportWriter;
import org.iomt.reports.JunitXmlWriter;
import org.iomt.reports.RunRecordJson;
import org.iomt.reports.SummaryTable;
import org.iomt.reports.record.ProductIdentity;
import org.iomt.reports.record.ProfileSummary;
import org.iomt.reports.record.RequirementResult;
import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.ScenarioResult;
import org.iomt.reports.record.Verdict;
import org.iomt.suites.actors.ActiveRun;
import org.iomt.suites.actors.ReportingDevices;
import org.iomt.suites.catalogue.CatalogueException;
import org.iomt.suites.catalogue.Requirement;
import org.iomt.suites.catalogue.RequirementCatalogue;
import org.iomt.suites.model.EvidenceLog;
import org.iomt.suites.profile.Profile;
import org.iomt.suites.profile.ProfileException;
import org.iomt.suites.profile.ProfileKeys;
import org.iomt.suites.profile.ProfileProblem;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.launcher.EngineFilter.includeEngines;
import static org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder.request;

/**
 * One certification: sets up the target the profile names (the built-in simulator or a live device's broker),
 * runs the device class's features, and always leaves the run directory with its record and reports.
 */
public final class CertificationRun {

    static final String GLUE = "org.iomt.suites.glue";
    /** Scenarios run at once where a device class allows it: they mostly wait on the device, not on the CPU (24 ran the
     * Mosquitto certification in 9.4 s, 12 in 14.5 s). */
    private static final int PARALLELISM = 24;
    /** The version in the jar's manifest; "unpackaged" when the suite runs from its class folders (its own tests). */
    public static final String SUITE_VERSION = Optional.ofNullable(CertificationRun.class.getPackage().getImplementationVersion())
            .orElse("unpackaged");

    private final Profile profile;
    private final RunSettings settings;
    private final String runId;

    public CertificationRun(Profile profile, RunSettings settings, String runId) {
        this.profile = profile;
        this.settings = settings;
        this.runId = runId;
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
        DeviceClass deviceClass = DeviceClass.of(profile);
        RequirementCatalogue catalogue = RequirementCatalogue.load(settings.catalogue());
        Path evidence = settings.runDir().resolve("evidence");
        Optional<Path> made = outermostMissing(evidence);
        Files.createDirectories(evidence);
        Instant startedAt = settings.clock().instant();
        settings.progress().printf("Run %s: certifying %s %s (%s) against %s%n", runId,
                profile.get(ProfileKeys.VENDOR), profile.get(ProfileKeys.MODEL), profile.get(ProfileKeys.FIRMWARE), profile.file());
        List<ScenarioResult> scenarios;
        DeviceTarget target = deviceClass.target(profile, settings.progress(), settings.clock(), evidence);
        try {
            scenarios = runOn(target, deviceClass.scenariosRunInParallel());
        } catch (EnvironmentException e) {
            if (made.isPresent()) {
                deleteTree(made.get()); // no scenario ran: leave no empty run directory behind
            }
            throw e;
        }
        RunRecord record = record(catalogue, scenarios, startedAt, settings.clock().instant());
        writeReports(record);
        return record;
    }

    private List<ScenarioResult> runOn(DeviceTarget target, boolean parallel)
            throws IOException, ProfileException, EnvironmentException {
        try (target) {
            target.start();
            try (ActiveRun run = ActiveRun.open(profile, target.observations())) {
                return runFeatures(run, parallel);
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

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * What a run checks of a profile before it starts anything, beyond the schema: the target kind suits the
     * device class, the faults exist, and a simulated target states every claim its simulator needs.
     */
    public static void preflight(Profile profile) throws ProfileException, UnknownFaultException {
        DeviceClass.of(profile).preflight(profile);
    }

    /** The profile states every claim the built-in simulator needs to play the device it describes. */
    public static void requireSimulatorClaims(Profile profile) throws ProfileException {
        List<ProfileProblem> missing = ReportingDevices.missing(profile, ReportingDevices.SIMULATOR_NEEDS);
        if (!missing.isEmpty()) {
            throw new ProfileException(profile.file(), missing);
        }
    }

    private List<ScenarioResult> runFeatures(ActiveRun run, boolean parallel) {
        ScenarioCollector collector = new ScenarioCollector(settings.features(), run, settings.progress());
        Allure.setLifecycle(new AllureLifecycle(new FileSystemResultsWriter(settings.runDir().resolve("allure-results"))));
        LauncherDiscoveryRequest request = request()
                .selectors(selectDirectory(settings.features().toFile()))
                .filters(includeEngines("cucumber"), TagFilter.includeTags("device:" + profile.get(ProfileKeys.DEVICE)))
                .configurationParameter("cucumber.glue", GLUE)
                .configurationParameter("cucumber.plugin", "io.qameta.allure.cucumber7jvm.AllureCucumber7Jvm")
                .configurationParameter("cucumber.publish.quiet", "true")
                .configurationParameter("cucumber.junit-platform.naming-strategy", "short")
                .configurationParameter("cucumber.junit-platform.naming-strategy.short.example-name", "pickle")
                .configurationParameter("cucumber.execution.parallel.enabled", Boolean.toString(parallel))
                .configurationParameter("cucumber.execution.parallel.config.strategy", "fixed")
                .configurationParameter("cucumber.execution.parallel.config.fixed.parallelism", Integer.toString(PARALLELISM))
                .configurationParameter("cucumber.execution.parallel.config.fixed.max-pool-size", Integer.toString(PARALLELISM))
                .build();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, collector);
        return collector.results();
    }

    private RunRecord record(RequirementCatalogue catalogue, List<ScenarioResult> scenarios, Instant startedAt, Instant finishedAt) {
        List<ScenarioResult> sorted = new ArrayList<>(scenarios);
        sorted.sort(Comparator.comparing(ScenarioResult::uri).thenComparingInt(ScenarioResult::line));
        Map<String, List<ScenarioResult>> byRequirement = new LinkedHashMap<>();
        for (ScenarioResult s : sorted) {
            s.requirements().forEach(r -> byRequirement.computeIfAbsent(r, k -> new ArrayList<>()).add(s));
        }
        List<RequirementResult> requirements = new ArrayList<>();
        byRequirement.forEach((key, citing) -> requirements.add(requirementResult(catalogue, key, citing)));
        requirements.sort(Comparator.comparing(RequirementResult::id));
        Verdict overall = RunRecord.overallOf(requirements);
        if (sorted.isEmpty() || sorted.stream().anyMatch(s -> s.verdict() == Verdict.ERROR)) {
            overall = Verdict.ERROR;
        }
        return new RunRecord(RunRecord.SCHEMA, runId, SUITE_VERSION, catalogue.version(), product(), profileSummary(),
                startedAt, finishedAt, overall, sorted, requirements);
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
