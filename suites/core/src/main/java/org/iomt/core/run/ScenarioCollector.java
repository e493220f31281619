package org.iomt.core.run;

import org.iomt.core.model.Inconclusive;
import org.iomt.core.model.NotApplicable;
import org.iomt.core.model.NotRun;
import org.iomt.core.model.RequirementViolation;
import org.iomt.reports.record.NotRunScenario;
import org.iomt.reports.record.ScenarioResult;
import org.iomt.reports.record.Verdict;
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
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Listens to the JUnit Platform while the features run: one scenario result per Cucumber pickle, with progress. Once
 * frozen it records nothing more, so a stopped run keeps the verdicts reached until then; a scenario the run stopped
 * before it started ({@link NotRun}) gets no result.
 */
final class ScenarioCollector implements TestExecutionListener {

    private final Path featuresRoot;
    private final ActiveRun run;
    private final PrintStream progress;
    private final List<ScenarioResult> results = new ArrayList<>();
    private final Set<String> recorded = new HashSet<>();
    private boolean frozen;
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
                if (t instanceof NotRun) {
                    return;
                }
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

    /** Records no further result: what finishes from now on has no verdict in this run. */
    void freeze() {
        synchronized (results) {
            frozen = true;
        }
    }

    /** Every scenario of the plan that has no result. */
    List<NotRunScenario> notRun(TestPlan testPlan) {
        Set<String> done;
        synchronized (results) {
            done = Set.copyOf(recorded);
        }
        List<NotRunScenario> notRun = new ArrayList<>();
        for (TestIdentifier root : testPlan.getRoots()) {
            for (TestIdentifier id : testPlan.getDescendants(root)) {
                if (id.isTest() && !done.contains(id.getUniqueId())) {
                    Place place = place(id);
                    notRun.add(new NotRunScenario(place.id(), id.getDisplayName(), feature(testPlan, id), place.uri(),
                            place.line(), place.tags(), Applicability.requirements(place.tags())));
                }
            }
        }
        notRun.sort(Comparator.comparing(NotRunScenario::uri).thenComparingInt(NotRunScenario::line));
        return notRun;
    }

    /** Where a scenario is written: its feature file relative to the features folder, its line and its tags. */
    private record Place(Optional<Path> file, String uri, int line, List<String> tags) {
        String id() {
            return uri + ":" + line;
        }
    }

    private Place place(TestIdentifier id) {
        Optional<Path> file = file(id.getSource());
        int line = id.getSource().filter(FileSource.class::isInstance).map(FileSource.class::cast)
                .flatMap(FileSource::getPosition).map(FilePosition::getLine).orElse(0);
        String uri = file.map(f -> featuresRoot.relativize(f).toString().replace('\\', '/')).orElse(id.getUniqueId());
        List<String> tags = id.getTags().stream().map(TestTag::getName).map(t -> "@" + t).sorted().toList();
        return new Place(file, uri, line, tags);
    }

    private void add(TestIdentifier id, Verdict verdict, String reason, long millis) {
        Place place = place(id);
        List<String> evidence = place.file().map(f -> run.evidenceOf(Applicability.scenarioKey(f.toUri(), place.line())))
                .orElse(List.of());
        ScenarioResult result = new ScenarioResult(place.id(), id.getDisplayName(), feature(plan, id), place.uri(), place.line(),
                place.tags(), Applicability.requirements(place.tags()), verdict, reason, evidence, millis);
        synchronized (results) {
            if (frozen) {
                return;
            }
            results.add(result);
            recorded.add(id.getUniqueId());
            progress.printf("[%2d/%d] %-14s %s%n", results.size(), total, verdict, id.getDisplayName());
        }
    }

    private static String feature(TestPlan plan, TestIdentifier id) {
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
