package org.iomt.suites.cli;

import org.iomt.reports.ExitCodes;
import org.iomt.simulators.patch.PatchFault;
import org.iomt.simulators.patch.TemperaturePatch;
import org.iomt.suites.profile.Profile;
import org.iomt.suites.profile.ProfileException;
import org.iomt.suites.profile.ProfileKeys;
import org.iomt.suites.runner.CertificationRun;
import org.iomt.suites.runner.EmbeddedPatch;
import org.iomt.suites.runner.UnknownFaultException;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** {@code iomt simulate temperature-patch}: the reference patch, following a profile's claims, reporting to --broker. */
final class PatchSimulation {

    private PatchSimulation() {
    }

    static int run(SimulateCommand options) throws InterruptedException {
        if (options.listFaults) {
            return SimulateCommand.listFaults(PatchFault.values());
        }
        Optional<InetSocketAddress> address = SimulateCommand.address("--broker", options.broker, false);
        if (address.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        Profile profile;
        Set<PatchFault> chosen = EnumSet.noneOf(PatchFault.class);
        try {
            profile = options.profileOptions.load(options.profileFile != null ? options.profileFile
                    : Iomt.home().resolve("profiles/reference/temperature-patch.yaml"));
            if (!SimulateCommand.PATCH.equals(profile.get(ProfileKeys.DEVICE))) {
                return SimulateCommand.badInput("the profile describes a " + profile.get(ProfileKeys.DEVICE)
                        + ", not a " + SimulateCommand.PATCH);
            }
            CertificationRun.preflight(profile);
            CertificationRun.requireSimulatorClaims(profile);
            chosen.addAll(EmbeddedPatch.faults(profile.get(ProfileKeys.FAULTS)));
            chosen.addAll(EmbeddedPatch.faults(options.faults));
        } catch (ProfileException | UnknownFaultException e) {
            return SimulateCommand.badInput(e.getMessage());
        }
        try (TemperaturePatch patch = TemperaturePatch.start(EmbeddedPatch.settings(profile, chosen), address.get(), Clock.systemUTC())) {
            System.out.printf("temperature patch reporting to %s%s; Ctrl-C stops it%n", options.broker,
                    chosen.isEmpty() ? "" : " with faults " + chosen.stream().map(PatchFault::label).sorted().toList());
            options.awaitStop();
        }
        return ExitCodes.CERTIFIED;
    }
}
