package org.iomt.patch.target;

import org.iomt.core.cli.Iomt;
import org.iomt.core.cli.ProfileOptions;
import org.iomt.core.cli.SimulatorOptions;
import org.iomt.core.profile.Profile;
import org.iomt.core.profile.ProfileException;
import org.iomt.core.profile.ProfileKeys;
import org.iomt.core.run.CertificationRun;
import org.iomt.core.spi.UnknownFaultException;
import org.iomt.patch.actors.ReportingDevices;
import org.iomt.reports.ExitCodes;
import org.iomt.simulators.patch.PatchFault;
import org.iomt.simulators.patch.TemperaturePatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code iomt simulate temperature-patch}: the reference patch, following a profile's claims, reporting to --broker. */
@Command(name = "temperature-patch", mixinStandardHelpOptions = true,
        description = "The reference temperature patch, an MQTT client reporting SenML readings to --broker.")
public final class PatchSimulation implements Callable<Integer> {

    private static final String DEVICE = "temperature-patch";

    @Option(names = "--broker", paramLabel = "HOST:PORT", description = "The MQTT broker to report to (required unless --list-faults).")
    String broker;

    @Option(names = "--profile", paramLabel = "FILE", description = "Profile whose claims the simulator follows "
            + "(default: profiles/reference/temperature-patch.yaml); its target.faults are switched on too.")
    Path profileFile;

    @Mixin
    SimulatorOptions options;

    @Mixin
    ProfileOptions profileOptions;

    @Override
    public Integer call() throws InterruptedException {
        if (options.listFaults) {
            return SimulatorOptions.listFaults(List.of(PatchFault.values()));
        }
        Optional<InetSocketAddress> address = SimulatorOptions.address("--broker", broker, false);
        if (address.isEmpty()) {
            return ExitCodes.BAD_INPUT;
        }
        Profile profile;
        Set<PatchFault> chosen = EnumSet.noneOf(PatchFault.class);
        try {
            profile = profileOptions.load(profileFile != null ? profileFile : Iomt.home().resolve("profiles/reference/temperature-patch.yaml"));
            if (!DEVICE.equals(profile.get(ProfileKeys.DEVICE))) {
                return SimulatorOptions.badInput("the profile describes a " + profile.get(ProfileKeys.DEVICE) + ", not a " + DEVICE);
            }
            CertificationRun.preflight(profile);
            ReportingDevices.requireSimulatorClaims(profile);
            chosen.addAll(EmbeddedPatch.faults(profile.get(ProfileKeys.FAULTS)));
            chosen.addAll(EmbeddedPatch.faults(options.faults));
        } catch (ProfileException | UnknownFaultException e) {
            return SimulatorOptions.badInput(e.getMessage());
        }
        try (TemperaturePatch patch = TemperaturePatch.start(EmbeddedPatch.settings(profile, chosen), address.get(), Clock.systemUTC())) {
            System.out.printf("temperature patch reporting to %s%s; Ctrl-C stops it%n", broker,
                    chosen.isEmpty() ? "" : " with faults " + chosen.stream().map(PatchFault::label).sorted().toList());
            options.awaitStop();
        }
        return ExitCodes.CERTIFIED;
    }
}
