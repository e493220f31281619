package org.iomt.distribution;

import org.iomt.core.catalogue.FeatureIndex;
import org.iomt.core.profile.Profile;
import org.iomt.core.profile.ProfileKeys;
import org.iomt.core.run.Applicability;
import org.iomt.core.spi.DeviceClassProvider;
import org.iomt.core.spi.DeviceClasses;
import org.iomt.core.spi.SelfTests;
import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.Verdict;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every profile in profiles/selftest fails exactly the rows its faults name, whatever its device class: the rows of
 * the class's fault cases for each fault label that a scenario of the class judges under the profile's claims (a
 * fault's MQTT 5.0 rows do not apply to a profile that claims MQTT 3.1.1).
 */
@Tag("large")
@Execution(ExecutionMode.CONCURRENT)
class SelftestProfilesTest {

    @TempDir
    Path runs;

    static Stream<Path> selftests() throws Exception {
        try (Stream<Path> files = Files.list(Certifications.HOME.resolve("profiles/selftest"))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("selftests")
    void failsExactlyTheRowsOfItsFaults(Path selftest) throws Exception {
        Profile profile = Certifications.profile(selftest, List.of());
        DeviceClassProvider deviceClass = DeviceClasses.of(profile);
        List<FeatureIndex.IndexedScenario> scenarios = FeatureIndex.scan(Certifications.HOME.resolve("features")).stream()
                .filter(s -> s.tagged("@device:").contains(deviceClass.name()))
                .filter(s -> Applicability.missingClaim(s.tags(), profile.claims()).isEmpty()).toList();
        Set<String> expected = new TreeSet<>();
        for (String label : profile.get(ProfileKeys.FAULTS)) {
            List<SelfTests.FaultCase> cases = deviceClass.selfTests().faults().stream().filter(f -> f.fault().equals(label)).toList();
            assertFalse(cases.isEmpty(), deviceClass.name() + " has no fault case for " + label);
            cases.stream().flatMap(f -> f.violates().stream())
                    .filter(row -> scenarios.stream().anyMatch(s -> s.tagged("@req:").contains(row)))
                    .forEach(expected::add);
        }
        RunRecord record = Certifications.certify(selftest, runs.resolve(selftest.getFileName().toString()));
        assertEquals(expected, Certifications.requirementsWith(record, Verdict.FAIL), Certifications.problems(record));
    }
}
