package org.iomt.core.cli;

import org.iomt.core.profile.Profile;
import org.iomt.core.profile.ProfileException;
import org.iomt.core.profile.ProfileKeys;
import org.iomt.core.run.CertificationRun;
import org.iomt.core.spi.UnknownFaultException;
import org.iomt.reports.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code iomt profile check FILE}: validates a profile and explains every problem with its path. */
@Command(name = "profile", mixinStandardHelpOptions = true, description = "Work with product profiles.",
        subcommands = ProfileCommand.Check.class)
final class ProfileCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: check");
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate a profile as certify would before starting: the schema, the faults named, the claims its target needs; print every problem with its path in the file.")
    static final class Check implements Callable<Integer> {

        @Parameters(paramLabel = "FILE", description = "The profile to check.")
        Path file;

        @Mixin
        ProfileOptions profileOptions;

        @Override
        public Integer call() {
            try {
                Profile profile = profileOptions.load(file);
                CertificationRun.preflight(profile);
                System.out.printf("%s: valid profile of a %s (%s %s, firmware %s), target %s%n", file,
                        profile.get(ProfileKeys.DEVICE), profile.get(ProfileKeys.VENDOR), profile.get(ProfileKeys.MODEL),
                        profile.get(ProfileKeys.FIRMWARE), profile.get(ProfileKeys.TARGET_KIND));
                return ExitCodes.CERTIFIED;
            } catch (ProfileException | UnknownFaultException e) {
                System.err.println("iomt: " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
    }
}
