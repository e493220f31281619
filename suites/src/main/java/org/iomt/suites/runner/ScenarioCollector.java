package org.iomt.suites.runner;

import org.iomt.reports.record.ScenarioResult;
import org.iomt.reports.record.Verdict;
import org.iomt.suites.actors.ActiveRun;
import org.iomt.suites.actors.Applicability;
import org.iomt.suites.model.Inconclusive;
import org.iomt.suites.model.NotApplicable;
import org.iomt.suites.model.RequirementViolation;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Listens to the JUnit Platform while the features run: one scenario result per Cucumber pickle, with progress. */
final class ScenarioCollector implements TestExecutionListener {

    private final Path featuresRoot;
    private final ActiveRun run;
    private final PrintStream progress;
    private final List<ScenarioResult> results = new ArrayList<>();
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private TestPlan plan;
    private long total;

    ScenarioCollector(Path featuresRoot, ActiveRun run, PrintStream progress) {
        this.featuresRoot = featuresRoot.toAbsolutePath().normalize();
        this.run = run;
        this.progress = progress;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
        total = testPlan.countTestIdentifiers(TestIdentifier::isTest);
        progress.printf("Running %d scenarios%n", total);
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (id.isTest()) {
            started.put(id.getUniqueId(), System.nanoTime());
        }
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest()) {
            add(id, Verdict.ERROR, "scenario skipped by the test engine: " + reason, 0);
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!id.isTest()) {
            return;
        }
        long millis = (System.nanoTime() - started.getOrDefault(id.getUniqueId(), System.nanoTime())) / 1_000_000;
        Throwable t = result.getThrowable().orElse(null);
        switch (result.getStatus()) {
            case SUCCESSFUL -> add(id, Verdict.PASS, null, millis);
            case ABORTED -> {
                if (t instanceof NotApplicable) {
                    add(id, Verdict.NOT_APPLICABLE, t.getMessage(), millis);
                } else if (t instanceof Inconclusive) {
                    add(id, Verdict.INCONCLUSIVE, t.getMessage(), millis);
                } else {
                    add(id, Verdict.ERROR, "scenario aborted by the test system: " + describe(t), millis);
                }
            }
            default -> {
                if (t instanceof RequirementViolation) {
                    add(id, Verdict.FAIL, t.getMessage(), millis);
                } else {
                    add(id, Verdict.ERROR, "the test system failed: " + describe(t), millis);
                }
            }
        }
    }

    List<ScenarioResult> results() {
        synchronized (results) {
            return List.copyOf(results);
        }
    }

    private void add(TestIdentifier id, Verdict verdict, String reason, long millis) {
        Optional<Path> file = file(id.getSource());
        int line = id.getSource().filter(FileSource.class::isInstance).map(FileSource.class::cast)
                .flatMap(FileSource::getPosition).map(FilePosition::getLine).orElse(0);
        String uri = file.map(f -> featuresRoot.relativize(f).toString().replace('\\', '/')).orElse(id.getUniqueId());
        List<String> tags = id.getTags().stream().map(TestTag::getName).map(t -> "@" + t).sorted().toList();
        List<String> evidence = file.map(f -> run.evidenceOf(Applicability.scenarioKey(f.toUri(), line))).orElse(List.of());
        ScenarioResult result = new ScenarioResult(uri + ":" + line, id.getDisplayName(), feature(id), uri, line, tags,
                Applicability.requirements(tags), verdict, reason, evidence, millis);
        synchronized (results) {
            results.add(result);
            progress.printf("[%2d/%d] %-14s %s%n", results.size(), total, verdict, id.getDisplayName());
        }
    }

    private String feature(TestIdentifier id) {
        TestIdentifier node = id;
        Optional<TestIdentifier> parent = plan.getParent(node);
        while (parent.isPresent() && plan.getParent(parent.get()).isPresent()) {
            node = parent.get();
            parent = plan.getParent(node);
        }
        return node.getDisplayName();
    }

    private static Optional<Path> file(Optional<TestSource> source) {
        return source.filter(FileSource.class::isInstance).map(FileSource.class::cast)
                .map(s -> s.getFile().toPath().toAbsolutePath().normalize());
    }

    private static String describe(Throwable t) {
        if (t == null) {
            return "no cause reported";
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
