package org.iomt.suites.cli;

import org.iomt.reports.ExitCodes;
import org.iomt.simulators.patch.PatchFault;
import org.iomt.simulators.patch.TemperaturePatch;
import org.iomt.suites.profile.Profile;
import org.iomt.suites.profile.ProfileException;
import org.iomt.suites.runner.CertificationRun;
import org.iomt.suites.runner.EmbeddedPatch;
import org.iomt.suites.runner.UnknownFaultException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code iomt simulate}: runs a built-in device standalone, so that a real broker or a vendor's tool can talk to it. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Run a built-in simulator standalone against a broker, until interrupted or --duration passes.")
final class SimulateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DEVICE", description = "The device to simulate: temperature-patch.")
    String device;

    @Option(names = "--broker", paramLabel = "HOST:PORT", description = "The MQTT broker to report to (required unless --list-faults).")
    String broker;

    @Option(names = "--fault", paramLabel = "NAME", description = "Switch on a catalogued fault, besides those the profile's "
            + "target.faults names; repeatable. --list-faults shows them.")
    List<String> faults = new ArrayList<>();

    @Option(names = "--list-faults", description = "Print the fault catalogue and exit.")
    boolean listFaults;

    @Option(names = "--profile", paramLabel = "FILE", description = "Profile whose claims the simulator follows "
            + "(default: profiles/reference/temperature-patch.yaml).")
    Path profileFile;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "Stop after this many seconds (default: run until interrupted).")
    Long seconds;

    @Mixin
    ProfileOptions profileOptions;

    @Override
    public Integer call() throws InterruptedException {
        if (!"temperature-patch".equals(device)) {
            System.err.println("iomt: unknown device '" + device + "'; the simulators are: temperature-patch");
            return ExitCodes.BAD_INPUT;
        }
        if (listFaults) {
            int width = java.util.Arrays.stream(PatchFault.values()).mapToInt(f -> f.label().length()).max().orElse(0);
            for (PatchFault f : PatchFault.values()) {
                System.out.printf("%-" + width + "s  %s%n", f.label(), f.description());
            }
            return ExitCodes.CERTIFIED;
        }
        InetSocketAddress address = broker == null ? null : parse(broker);
        if (address == null) {
            System.err.println(broker == null ? "iomt: --broker HOST:PORT is required" : "iomt: --broker must be HOST:PORT, not '" + broker + "'");
            return ExitCodes.BAD_INPUT;
        }
        Profile profile;
        Set<PatchFault> chosen;
        try {
            profile = profileOptions.load(profileFile != null ? profileFile
                    : Iomt.home().resolve("profiles/reference/temperature-patch.yaml"));
            chosen = EnumSet.noneOf(PatchFault.class);
            if (!device.equals(profile.get(org.iomt.suites.profile.ProfileKeys.DEVICE))) {
                System.err.println("iomt: the profile describes a " + profile.get(org.iomt.suites.profile.ProfileKeys.DEVICE)
                        + ", not a " + device);
                return ExitCodes.BAD_INPUT;
            }
            CertificationRun.preflight(profile);
            CertificationRun.requireSimulatorClaims(profile);
            chosen.addAll(EmbeddedPatch.faults(profile.get(org.iomt.suites.profile.ProfileKeys.FAULTS)));
            chosen.addAll(EmbeddedPatch.faults(faults));
        } catch (ProfileException | UnknownFaultException e) {
            System.err.println("iomt: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        CountDownLatch stop = new CountDownLatch(1);
        try (TemperaturePatch patch = TemperaturePatch.start(EmbeddedPatch.settings(profile, chosen), address, Clock.systemUTC())) {
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            System.out.printf("temperature patch reporting to %s%s; Ctrl-C stops it%n", broker,
                    chosen.isEmpty() ? "" : " with faults " + chosen.stream().map(PatchFault::label).sorted().toList());
            if (seconds != null) {
                stop.await(Duration.ofSeconds(seconds).toMillis(), TimeUnit.MILLISECONDS);
            } else {
                stop.await();
            }
        }
        return ExitCodes.CERTIFIED;
    }

    private static InetSocketAddress parse(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0) {
            return null;
        }
        try {
            int port = Integer.parseInt(hostPort.substring(colon + 1));
            return port > 0 && port < 65536 ? new InetSocketAddress(hostPort.substring(0, colon), port) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
