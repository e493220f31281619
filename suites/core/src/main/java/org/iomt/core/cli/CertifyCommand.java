package org.iomt.core.cli;

import org.iomt.core.catalogue.CatalogueException;
import org.iomt.core.profile.Profile;
import org.iomt.core.profile.ProfileException;
import org.iomt.core.run.CertificationRun;
import org.iomt.core.run.RunSettings;
import org.iomt.core.spi.EnvironmentException;
import org.iomt.core.spi.UnknownFaultException;
import org.iomt.reports.ExitCodes;
import org.iomt.reports.record.RunRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code iomt certify}: one certification run of the product a profile describes. SIGTERM or SIGINT during the run
 * stops it in order: it still writes its run directory, and exits with {@link ExitCodes#INTERRUPTED}.
 */
@Command(name = "certify", mixinStandardHelpOptions = true,
        description = "Certify the product a profile describes: start its target, run the features, write the run directory.")
final class CertifyCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--profile", required = true, paramLabel = "FILE", description = "The product profile (YAML).")
    Path profileFile;

    @Option(names = "--out", paramLabel = "DIR", description = "The run directory itself, new or empty (default: runs/<run-id>/).")
    Path out;

    @Mixin
    ProfileOptions profileOptions;

    @Override
    public Integer call() {
        return certify(System.out, System.err);
    }

    int certify(PrintStream stdout, PrintStream stderr) {
        Optional<String> used = out == null ? Optional.empty() : used(out);
        if (used.isPresent()) {
            stderr.println("iomt: --out " + out + " " + used.get() + "; name a new or empty directory, or leave --out off"
                    + " for a fresh runs/<run-id>/ (two runs' evidence must not mix)");
            return ExitCodes.BAD_INPUT;
        }
        Profile profile;
        try {
            profile = profileOptions.load(profileFile);
        } catch (ProfileException e) {
            stderr.println("iomt: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Clock clock = Clock.systemUTC();
        String runId = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(clock.instant())
                + "-" + UUID.randomUUID().toString().substring(0, 8);
        Path runDir = out != null ? out : Iomt.home().resolve("runs").resolve(runId);
        CertificationRun run = new CertificationRun(profile, new RunSettings(Iomt.home(), runDir, stdout, clock), runId);
        try (StopSignals signals = StopSignals.install(run::interrupt)) {
            RunRecord record = run.execute();
            return ExitCodes.of(record);
        } catch (ProfileException | UnknownFaultException e) {
            stderr.println("iomt: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (EnvironmentException e) {
            stderr.println("iomt: environment problem, no scenario run: " + e.getMessage());
            return ExitCodes.ENVIRONMENT;
        } catch (CatalogueException e) {
            stderr.println("iomt: the requirement catalogue is broken: " + e.getMessage());
            return ExitCodes.ERROR;
        } catch (IOException e) {
            stderr.println("iomt: " + e.getMessage());
            return ExitCodes.ERROR;
        }
    }

    /** What makes a directory unfit to receive a new run, if anything: an earlier run's files, or any file at all. */
    private static Optional<String> used(Path dir) {
        if (!Files.exists(dir)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(dir)) {
            return Optional.of("is a file, not a directory");
        }
        for (String earlier : List.of("run.json", "evidence", "allure-results")) {
            if (Files.exists(dir.resolve(earlier))) {
                return Optional.of("already holds a run (" + earlier + ")");
            }
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().map(p -> "is not empty (" + p.getFileName() + ")");
        } catch (IOException e) {
            return Optional.of("cannot be read (" + e.getMessage() + ")");
        }
    }
}
