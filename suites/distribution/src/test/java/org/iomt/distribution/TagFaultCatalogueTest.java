package org.iomt.distribution;

import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.Verdict;
import org.iomt.simulators.Unjudged;
import org.iomt.simulators.tags.TagFault;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tests the tester on tag populations: the reference population and the Tag Data Standard's own example EPCs
 * pass, and each catalogued tag fault makes exactly the requirements it names FAIL while every other row still passes.
 */
@Tag("large")
@Execution(ExecutionMode.CONCURRENT)
class TagFaultCatalogueTest {

    static final Path REFERENCE = Certifications.HOME.resolve("profiles/reference/tag-population.yaml");
    static final Path EXPORT = Certifications.HOME.resolve("profiles/examples/tag-population-export.yaml");

    @TempDir
    Path runs;

    @Test
    void theReferencePopulationPassesEveryRequirement() throws Exception {
        RunRecord record = Certifications.certify(REFERENCE, runs.resolve("reference"));
        assertAll(() -> assertEquals(Verdict.PASS, record.verdict(), Certifications.problems(record)),
                () -> assertEquals(11, Certifications.requirementsWith(record, Verdict.PASS).size()));
    }

    @Test
    void theStandardsOwnExampleEpcsInAReaderExportPass() throws Exception {
        RunRecord record = Certifications.certify(EXPORT, runs.resolve("export"));
        assertEquals(Verdict.PASS, record.verdict(), Certifications.problems(record));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(TagFault.class)
    void eachFaultFailsExactlyItsRequirements(TagFault fault) throws Exception {
        RunRecord reference = FaultVerdicts.reference(REFERENCE, List.of());
        RunRecord record = Certifications.certify(REFERENCE, runs.resolve(fault.label()), "target.faults=[" + fault.label() + "]");
        assertAll(
                () -> FaultVerdicts.assertFailsExactly(new TreeSet<>(fault.violates()), Unjudged.none(), record, reference),
                () -> assertEquals(Verdict.FAIL, record.verdict()));
    }

    @Test
    void anExportWithoutAnEpcBankColumnIsBadInput() throws Exception {
        Path dir = Files.createDirectories(runs.resolve("bad-export"));
        Files.writeString(dir.resolve("export.csv"), "epc,tid\n3074257BF7194E4000001A85,\n");
        Path profile = dir.resolve("profile.yaml");
        Files.writeString(profile, Files.readString(EXPORT).replace("ward-7-portal-export.csv", "export.csv"));
        var problem = assertThrows(org.iomt.core.profile.ProfileException.class,
                () -> Certifications.certify(profile, dir.resolve("run")));
        assertTrue(problem.getMessage().contains("no epc_bank column"), problem.getMessage());
    }
}
