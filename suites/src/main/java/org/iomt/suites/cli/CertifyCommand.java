package org.iomt.suites.cli;

import org.iomt.reports.ExitCodes;
import org.iomt.reports.record.RunRecord;
import org.iomt.suites.catalogue.CatalogueException;
import org.iomt.suites.profile.Profile;
import org.iomt.suites.profile.ProfileException;
import org.iomt.suites.runner.CertificationRun;
import org.iomt.suites.runner.UnknownFaultException;
import org.iomt.suites.runner.RunSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.Callable;

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

    @Option(names = "--out", paramLabel = "DIR", description = "The run directory itself (default: runs/<run-id>/).")
    Path out;

    @Mixin
    ProfileOptions profileOptions;

    @Override
    public Integer call() {
        return certify(System.out, System.err);
    }

    int certify(PrintStream stdout, PrintStream stderr) {
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
        } catch (CatalogueException e) {
            stderr.println("iomt: the requirement catalogue is broken: " + e.getMessage());
            return ExitCodes.ERROR;
        } catch (IOException e) {
            stderr.println("iomt: " + e.getMessage());
            return ExitCodes.ERROR;
        }
    }
}
