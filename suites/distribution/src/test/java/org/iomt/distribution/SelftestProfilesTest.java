package org.iomt.distribution;

import org.iomt.patch.profile.PatchKeys;
import org.iomt.simulators.Fault;
import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.Verdict;
import org.iomt.simulators.patch.PatchFault;
import org.iomt.simulators.tags.TagFault;
import org.iomt.standards.mqtt.MqttVersion;
import org.iomt.core.profile.Profile;
import org.iomt.core.profile.ProfileKeys;
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

/** Every profile in profiles/selftest fails exactly the requirements its faults name, whatever its device class. */
@Tag("large")
@Execution(ExecutionMode.CONCURRENT)
class SelftestProfilesTest {

    @TempDir
    Path runs;

    static Stream<Path> selftests() throws Exception {
        return Files.list(Certifications.HOME.resolve("profiles/selftest")).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("selftests")
    void failsExactlyTheRequirementsOfItsFaults(Path selftest) throws Exception {
        Profile profile = Certifications.profile(selftest, List.of());
        boolean patch = "temperature-patch".equals(profile.get(ProfileKeys.DEVICE));
        Set<String> expected = new TreeSet<>();
        for (String label : profile.get(ProfileKeys.FAULTS)) {
            expected.addAll(patch
                    ? Fault.byLabel(PatchFault.class, label).orElseThrow().violates(MqttVersion.parse(profile.get(PatchKeys.MQTT_VERSION)))
                    : Fault.byLabel(TagFault.class, label).orElseThrow().violates());
        }
        RunRecord record = Certifications.certify(selftest, runs.resolve(selftest.getFileName().toString()),
                patch ? new String[] {"timers.readings=2"} : new String[0]);
        assertEquals(expected, Certifications.requirementsWith(record, Verdict.FAIL), Certifications.problems(record));
    }
}
