package org.iomt.distribution;

import org.iomt.core.spi.DeviceClassProvider;
import org.iomt.core.spi.DeviceClasses;
import org.iomt.core.spi.SelfTests;
import org.iomt.reports.record.Level;
import org.iomt.reports.record.RequirementResult;
import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.Verdict;
import org.iomt.simulators.Fault;
import org.iomt.simulators.RealPeer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tests the tester for every device class on the class path, from what its provider states in
 * {@link DeviceClassProvider#selfTests()}: each reference run passes every row that applies, at least its minimum of
 * them; each fault case fails exactly its rows, never an ERROR, while every other row passing in the reference still
 * passes (but those the case leaves unjudged); and no fault of a catalogue is left without a case. The certifications
 * run side by side: they wait on protocol timers, not on the CPU.
 */
@Execution(ExecutionMode.CONCURRENT)
class DeviceClassSelfTest {

    @TempDir
    Path runs;

    /** A reference run of a device class, named for the test report. */
    record ClassReference(DeviceClassProvider deviceClass, SelfTests.Reference reference) {

        @Override
        public String toString() {
            return deviceClass.name() + ": " + reference.profile() + (reference.overrides().isEmpty() ? "" : " " + reference.overrides());
        }
    }

    /** A fault case of a device class, named for the test report. */
    record ClassFault(DeviceClassProvider deviceClass, SelfTests.FaultCase fault) {

        @Override
        public String toString() {
            return deviceClass.name() + ": " + fault.name();
        }
    }

    static Stream<ClassReference> references() {
        return DeviceClasses.all().stream().flatMap(c -> c.selfTests().references().stream().map(r -> new ClassReference(c, r)));
    }

    static Stream<ClassFault> faultCases() {
        return DeviceClasses.all().stream().flatMap(c -> c.selfTests().faults().stream().map(f -> new ClassFault(c, f)));
    }

    @Tag("large")
    @ParameterizedTest(name = "{0}")
    @MethodSource("references")
    void eachReferencePassesEveryApplicableRow(ClassReference run) throws Exception {
        requirePeers(run.deviceClass());
        SelfTests.Reference reference = run.reference();
        RunRecord record = FaultVerdicts.reference(Certifications.HOME.resolve(reference.profile()), reference.overrides()).get();

        assertAll(
                () -> assertEquals(Verdict.PASS, record.verdict(), Certifications.problems(record)),
                () -> assertTrue(record.requirements().stream().allMatch(r -> r.verdict() == Verdict.PASS
                        || r.verdict() == Verdict.NOT_APPLICABLE), Certifications.problems(record)),
                () -> assertTrue(Certifications.requirementsWith(record, Verdict.PASS).size() >= reference.minimumPass(),
                        "at least " + reference.minimumPass() + " rows pass, not "
                                + Certifications.requirementsWith(record, Verdict.PASS).size()));
    }

    @Tag("large")
    @ParameterizedTest(name = "{0}")
    @MethodSource("faultCases")
    void eachFaultFailsExactlyItsRows(ClassFault run) throws Exception {
        requirePeers(run.deviceClass());
        SelfTests.FaultCase fault = run.fault();
        Path profile = Certifications.HOME.resolve(fault.profile());
        CompletableFuture<RunRecord> referenceRun = FaultVerdicts.reference(profile, fault.overrides());
        List<String> sets = new ArrayList<>(fault.overrides());
        sets.add("target.faults=[" + fault.fault() + "]");
        RunRecord record = Certifications.certify(profile, runs.resolve(fault.fault()), sets.toArray(String[]::new));
        RunRecord reference = referenceRun.get();

        Set<String> expected = new TreeSet<>(fault.violates());
        boolean onlyShould = !expected.isEmpty() && record.requirements().stream().filter(r -> expected.contains(r.id()))
                .allMatch(r -> r.level() != Level.MUST);
        assertAll(
                () -> FaultVerdicts.assertFailsExactly(expected, fault.unjudged(), record, reference),
                () -> assertEquals(expected.isEmpty() || onlyShould ? Verdict.PASS : Verdict.FAIL, record.verdict(),
                        "a device breaking a MUST is never certified; one breaking only a SHOULD is, with warnings"),
                () -> assertEquals(onlyShould ? expected : Set.of(), record.warnings().stream()
                        .filter(r -> r.verdict() == Verdict.FAIL).map(RequirementResult::id)
                        .collect(Collectors.toCollection(TreeSet::new)), "failing SHOULDs are the warnings"));
    }

    @Tag("small")
    @Test
    void everyFaultOfEachCatalogueHasACaseAndEveryCaseAFault() {
        Map<String, Set<String>> untested = new TreeMap<>();
        Map<String, Set<String>> unknown = new TreeMap<>();
        for (DeviceClassProvider c : DeviceClasses.all()) {
            Set<String> catalogue = c.faults().stream().map(Fault::label).collect(Collectors.toCollection(TreeSet::new));
            Set<String> cased = c.selfTests().faults().stream().map(SelfTests.FaultCase::fault)
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> missing = new TreeSet<>(catalogue);
            missing.removeAll(cased);
            Set<String> extra = new TreeSet<>(cased);
            extra.removeAll(catalogue);
            if (!missing.isEmpty()) {
                untested.put(c.name(), missing);
            }
            if (!extra.isEmpty()) {
                unknown.put(c.name(), extra);
            }
        }
        assertAll(
                () -> assertEquals(Map.of(), untested, "faults with no fault case"),
                () -> assertEquals(Map.of(), unknown, "fault cases naming a fault the catalogue does not have"));
    }

    @Tag("small")
    @Test
    void everyClassHasAReferenceAndEveryCaseANameOfItsOwn() {
        List<String> problems = new ArrayList<>();
        for (DeviceClassProvider c : DeviceClasses.all()) {
            SelfTests selfTests = c.selfTests();
            if (selfTests.references().isEmpty()) {
                problems.add(c.name() + " has no reference run");
            }
            Set<String> names = new TreeSet<>();
            selfTests.faults().stream().map(SelfTests.FaultCase::name).filter(n -> !names.add(n))
                    .forEach(n -> problems.add(c.name() + " has two fault cases named " + n));
        }
        assertEquals(List.of(), problems);
    }

    /** The real programs the class's runs need: each one found, or the test skipped (failed where peers are required). */
    private static void requirePeers(DeviceClassProvider deviceClass) {
        for (String program : deviceClass.selfTests().peers()) {
            RealPeer.require(program, "the " + deviceClass.name() + " self-tests run it; .ci/run installs it");
        }
    }
}
