package org.iomt.distribution;

import org.iomt.core.spi.Folders;
import org.iomt.reports.record.RequirementResult;
import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.Verdict;
import org.iomt.simulators.Unjudged;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How the suite's own tests judge a fault: the run fails exactly the rows the fault names, ends in no ERROR, and every
 * other row that passes in the reference run of the same profile and overrides still passes, except the rows the
 * fault declares it leaves unjudged. References are certified once per JVM and shared by the faults that run side by
 * side; only their records are kept.
 */
public final class FaultVerdicts {

    private static final Map<String, CompletableFuture<RunRecord>> REFERENCES = new ConcurrentHashMap<>();

    private FaultVerdicts() {
    }

    /**
     * The reference run of a profile with the overrides (no fault among them), certified once, on a thread of its own:
     * the first fault case of a group starts it and certifies its own fault meanwhile, instead of every case of the
     * group waiting for it with a thread of the test's pool.
     */
    public static CompletableFuture<RunRecord> reference(Path profile, List<String> sets) {
        return REFERENCES.computeIfAbsent(profile + " " + sets, key -> {
            CompletableFuture<RunRecord> run = new CompletableFuture<>();
            Thread thread = new Thread(() -> {
                try {
                    Path dir = Files.createTempDirectory("iomt-reference");
                    try {
                        run.complete(Certifications.certify(profile, dir.resolve("run"), sets.toArray(String[]::new)));
                    } finally {
                        Folders.deleteQuietly(dir);
                    }
                } catch (Exception | Error e) {
                    run.completeExceptionally(e);
                }
            }, "reference " + profile.getFileName());
            thread.setDaemon(true);
            thread.start();
            return run;
        });
    }

    /** Every requirement row of a run with its verdict. */
    public static Map<String, Verdict> verdicts(RunRecord record) {
        return record.requirements().stream()
                .collect(Collectors.toMap(RequirementResult::id, RequirementResult::verdict, (a, b) -> a, TreeMap::new));
    }

    /**
     * Asserts that the fault's run failed exactly {@code expected}, had no ERROR, and that every other row passing in
     * the reference still passes, unless the fault leaves it unjudged.
     */
    public static void assertFailsExactly(Set<String> expected, Unjudged unjudged, RunRecord faulty, RunRecord reference) {
        Map<String, Verdict> before = verdicts(reference);
        Map<String, Verdict> after = verdicts(faulty);
        Map<String, String> drifted = new TreeMap<>();
        before.forEach((id, verdict) -> {
            if (verdict == Verdict.PASS && !expected.contains(id) && !unjudged.covers(id) && after.get(id) != Verdict.PASS) {
                drifted.put(id, verdict + " -> " + after.get(id));
            }
        });
        assertAll(
                () -> assertEquals(new TreeSet<>(expected), Certifications.requirementsWith(faulty, Verdict.FAIL),
                        Certifications.problems(faulty)),
                () -> assertEquals(Set.of(), Certifications.requirementsWith(faulty, Verdict.ERROR), Certifications.problems(faulty)),
                () -> assertEquals(Map.of(), drifted, "rows passing in the reference still pass, but for those the fault "
                        + "leaves unjudged" + (unjudged.why().isEmpty() ? "" : " (" + unjudged.why() + ")") + "\n"
                        + Certifications.problems(faulty)));
    }
}
