package org.iomt.distribution;

import org.iomt.core.profile.Profile;
import org.iomt.core.profile.ProfileLoader;
import org.iomt.core.run.CertificationRun;
import org.iomt.core.run.RunSettings;
import org.iomt.reports.record.RequirementResult;
import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.Verdict;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Runs certifications in-process for the suite's own tests, with the repository as the suite's home. */
public final class Certifications {

    public static final Path HOME = Path.of(System.getProperty("iomt.home", "..")).toAbsolutePath().normalize();
    public static final Path REFERENCE = HOME.resolve("profiles/reference/temperature-patch.yaml");
    /** The local Mosquitto certified as an MQTT server; a fault set on it puts the fault-injecting proxy in front. */
    public static final Path MOSQUITTO = HOME.resolve("profiles/examples/mosquitto.yaml");

    private Certifications() {
    }

    public static Profile profile(Path file, List<String> sets) throws Exception {
        return new ProfileLoader(HOME.resolve("profiles/schema/profile.schema.json")).load(file, sets, System::getenv);
    }

    /** Certifies the profile with the overrides into the run directory; the progress output is kept, not printed. */
    public static RunRecord certify(Path profile, Path runDir, String... sets) throws Exception {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(progress, true, StandardCharsets.UTF_8)) {
            return new CertificationRun(profile(profile, List.of(sets)), new RunSettings(HOME, runDir, out, Clock.systemUTC()),
                    "test-" + runDir.getFileName()).execute();
        }
    }

    public static Set<String> requirementsWith(RunRecord record, Verdict verdict) {
        return record.requirements().stream().filter(r -> r.verdict() == verdict).map(RequirementResult::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every requirement that is neither PASS nor NOT_APPLICABLE, with its verdict and reason, for messages. */
    public static String problems(RunRecord record) {
        return record.requirements().stream().filter(r -> r.verdict() != Verdict.PASS && r.verdict() != Verdict.NOT_APPLICABLE)
                .map(r -> r.id() + " " + r.verdict() + ": " + r.reason()).collect(Collectors.joining("\n"));
    }
}
