package org.iomt.suites.cli;

import org.iomt.reports.ExitCodes;
import org.iomt.simulators.Fault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code iomt simulate}: runs a built-in simulator standalone, so that a real broker, a vendor's tool or the suite
 * itself can talk to it. Each simulator's run is its own class; this one holds the options and what they share.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Run a built-in simulator standalone, until interrupted or --duration passes.")
final class SimulateCommand implements Callable<Integer> {

    static final String PATCH = "temperature-patch";
    static final String BROKER_PROXY = "mqtt-broker-proxy";

    @Parameters(paramLabel = "DEVICE", description = "The simulator: " + PATCH + " (an MQTT client reporting to --broker) or "
            + BROKER_PROXY + " (a faulty broker: a proxy in front of the real broker at --upstream).")
    String device;

    @Option(names = "--broker", paramLabel = "HOST:PORT", description = "temperature-patch: the MQTT broker to report to "
            + "(required unless --list-faults).")
    String broker;

    @Option(names = "--upstream", paramLabel = "HOST:PORT", description = "mqtt-broker-proxy: the real, conformant broker "
            + "behind the proxy (required unless --list-faults).")
    String upstream;

    @Option(names = "--listen", paramLabel = "HOST:PORT", description = "mqtt-broker-proxy: where clients connect "
            + "(default: 127.0.0.1:1884; port 0 picks a free one).")
    String listen = "127.0.0.1:1884";

    @Option(names = "--fault", paramLabel = "NAME", description = "Switch on a catalogued fault (for temperature-patch, "
            + "besides those the profile's target.faults names); repeatable. --list-faults shows them.")
    List<String> faults = new ArrayList<>();

    @Option(names = "--list-faults", description = "Print the simulator's fault catalogue and exit.")
    boolean listFaults;

    @Option(names = "--profile", paramLabel = "FILE", description = "temperature-patch: profile whose claims the simulator "
            + "follows (default: profiles/reference/temperature-patch.yaml).")
    Path profileFile;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "Stop after this many seconds (default: run until interrupted).")
    Long seconds;

    @Mixin
    ProfileOptions profileOptions;

    @Override
    public Integer call() throws InterruptedException {
        return switch (device) {
            case PATCH -> PatchSimulation.run(this);
            case BROKER_PROXY -> BrokerProxySimulation.run(this);
            default -> badInput("unknown device '" + device + "'; the simulators are: " + PATCH + ", " + BROKER_PROXY);
        };
    }

    /** Prints a fault catalogue, one fault a line: its name, then what it does. */
    static <F extends Enum<F> & Fault> int listFaults(F[] catalogue) {
        int width = Arrays.stream(catalogue).mapToInt(f -> f.label().length()).max().orElse(0);
        for (F f : catalogue) {
            System.out.printf("%-" + width + "s  %s%n", f.label(), f.description());
        }
        return ExitCodes.CERTIFIED;
    }

    /** Waits for Ctrl-C or for --duration to pass. */
    void awaitStop() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
        if (seconds != null) {
            stop.await(Duration.ofSeconds(seconds).toMillis(), TimeUnit.MILLISECONDS);
        } else {
            stop.await();
        }
    }

    /** Prints one readable message and gives the bad-input exit code. */
    static int badInput(String message) {
        System.err.println("iomt: " + message);
        return ExitCodes.BAD_INPUT;
    }

    /**
     * The address of a {@code HOST:PORT} option, or empty (after printing why) when it is missing or not of that form;
     * port 0 is accepted only where {@code anyPort}.
     */
    static Optional<InetSocketAddress> address(String option, String hostPort, boolean anyPort) {
        InetSocketAddress address = hostPort == null ? null : parse(hostPort, anyPort);
        if (address == null) {
            badInput(hostPort == null ? option + " HOST:PORT is required" : option + " must be HOST:PORT, not '" + hostPort + "'");
        }
        return Optional.ofNullable(address);
    }

    private static InetSocketAddress parse(String hostPort, boolean anyPort) {
        int colon = hostPort.lastIndexOf(':');
        if (colon <= 0) {
            return null;
        }
        try {
            int port = Integer.parseInt(hostPort.substring(colon + 1));
            return port >= (anyPort ? 0 : 1) && port < 65536 ? new InetSocketAddress(hostPort.substring(0, colon), port) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
