package org.iomt.core.testclass;

import org.iomt.core.profile.Profile;
import org.iomt.core.profile.ProfileException;
import org.iomt.core.profile.ProfileLoader;
import org.iomt.core.run.CertificationRun;
import org.iomt.core.run.RunSettings;
import org.iomt.core.spi.DeviceClasses;
import org.iomt.core.spi.SelfTests;
import org.iomt.reports.record.RequirementResult;
import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.Verdict;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A device class added from the tests' own class path, with its provider entry, features, catalogue and profile in a
 * home of its own, is found and certified end to end by the core as it is: no file of the core names it.
 */
@Tag("medium")
class ThermometerClassTest {

    private static final Path HOME = home();

    @TempDir
    Path runs;

    @Test
    void theCoreFindsTheClassOnTheClassPath() {
        assertEquals(List.of("thermometer"), DeviceClasses.names());
    }

    @Test
    void theReferenceThermometerPassesItsRowCitingTheReading() throws Exception {
        SelfTests.Reference reference = new ThermometerClass().selfTests().references().get(0);
        Path runDir = runs.resolve("reference");
        RunRecord record = certify(reference.profile(), runDir, reference.overrides());

        RequirementResult row = row(record, "test-thermometer:THERMO-1");
        List<String> cited = record.scenarios().get(0).evidence();
        assertAll(
                () -> assertEquals(Verdict.PASS, record.verdict()),
                () -> assertEquals(Verdict.PASS, row.verdict(), row.reason()),
                () -> assertEquals(List.of("evidence/thermometer.jsonl#1"), cited),
                () -> assertTrue(Files.readString(runDir.resolve("evidence/thermometer.jsonl")).contains("reading 36.6")),
                () -> assertTrue(Files.isRegularFile(runDir.resolve("run.json"))),
                () -> assertTrue(Files.readString(runDir.resolve("report.html")).contains("THERMO-1")));
    }

    /** No verdict without evidence, held by the core for any class: a scenario whose steps judged nothing is no PASS. */
    @Test
    void aScenarioThatJudgedNothingIsInconclusiveNotPass() throws Exception {
        SelfTests.Reference reference = new ThermometerClass().selfTests().references().get(0);
        RunRecord record = certify(reference.profile(), runs.resolve("nothing-judged"), reference.overrides());

        RequirementResult display = row(record, "test-thermometer:THERMO-3");
        assertAll(
                () -> assertEquals(Verdict.INCONCLUSIVE, display.verdict()),
                () -> assertTrue(display.reason().startsWith("nothing was judged"), display.reason()),
                () -> assertEquals(List.of("test-thermometer:THERMO-3"), record.warnings().stream().map(RequirementResult::id).toList(),
                        "a SHOULD row that could not be judged is a warning, not a pass"));
    }

    @Test
    void theFaultyThermometerFailsExactlyTheRowOfItsFault() throws Exception {
        SelfTests.FaultCase fault = new ThermometerClass().selfTests().faults().get(0);
        Path runDir = runs.resolve("faulty");
        List<String> sets = new java.util.ArrayList<>(fault.overrides());
        sets.add("target.faults=[" + fault.fault() + "]");
        RunRecord record = certify(fault.profile(), runDir, sets);

        Map<String, Verdict> failed = record.requirements().stream().filter(r -> r.verdict() == Verdict.FAIL)
                .collect(Collectors.toMap(RequirementResult::id, RequirementResult::verdict));
        assertAll(
                () -> assertEquals(Verdict.FAIL, record.verdict()),
                () -> assertEquals(Map.of("test-thermometer:THERMO-1", Verdict.FAIL), failed),
                () -> assertEquals(Verdict.INCONCLUSIVE, row(record, "test-thermometer:THERMO-3").verdict(),
                        "the row that judges nothing keeps its reference verdict"),
                () -> assertEquals(fault.violates(), failed.keySet()),
                () -> assertTrue(row(record, "test-thermometer:THERMO-1").reason().contains("97.9"),
                        row(record, "test-thermometer:THERMO-1").reason()),
                () -> assertTrue(Files.isRegularFile(runDir.resolve("run.json"))),
                () -> assertTrue(Files.isRegularFile(runDir.resolve("report.html"))));
    }

    @Test
    void theClassSchemaFragmentAcceptsTheReferenceAndRefusesAnotherUnit() throws Exception {
        Path fragment = Path.of(Objects.requireNonNull(getClass().getResource(new ThermometerClass().profileSchema())).toURI());
        ProfileLoader loader = new ProfileLoader(fragment);
        Path reference = HOME.resolve(ThermometerClass.REFERENCE);
        loader.load(reference, List.of(), name -> null);
        ProfileException problem = assertThrows(ProfileException.class,
                () -> loader.load(reference, List.of("claims.thermometer.unit=degF"), name -> null));
        assertTrue(problem.getMessage().contains("claims.thermometer.unit"), problem.getMessage());
    }

    private static RunRecord certify(String profile, Path runDir, List<String> sets) throws Exception {
        Profile loaded = new ProfileLoader(HOME.resolve("profiles/schema/profile.schema.json"))
                .load(HOME.resolve(profile), sets, name -> null);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(progress, true, StandardCharsets.UTF_8)) {
            return new CertificationRun(loaded, new RunSettings(HOME, runDir, out, Clock.systemUTC()),
                    "test-" + runDir.getFileName()).execute();
        }
    }

    private static RequirementResult row(RunRecord record, String id) {
        return record.requirements().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static Path home() {
        try {
            return Path.of(Objects.requireNonNull(ThermometerClassTest.class.getResource("/testhome")).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
