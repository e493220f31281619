package org.iomt.core.cli;

import org.iomt.reports.ExitCodes;
import org.iomt.simulators.Fault;
import picocli.CommandLine.Option;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The options every simulator of {@code iomt simulate} takes, as a picocli mixin, and what its run shares: the fault
 * catalogue listed, an address option read, the wait until Ctrl-C or {@code --duration}.
 */
public final class SimulatorOptions {

    @Option(names = "--fault", paramLabel = "NAME", description = "Switch on a catalogued fault; repeatable. --list-faults shows them.")
    public List<String> faults = new ArrayList<>();

    @Option(names = "--list-faults", description = "Print the simulator's fault catalogue and exit.")
    public boolean listFaults;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "Stop after this many seconds (default: run until interrupted).")
    Long seconds;

    /** Prints a fault catalogue, one fault a line: its name, then what it does. */
    public static int listFaults(List<? extends Fault> catalogue) {
        int width = catalogue.stream().mapToInt(f -> f.label().length()).max().orElse(0);
        for (Fault f : catalogue) {
            System.out.printf("%-" + width + "s  %s%n", f.label(), f.description());
        }
        return ExitCodes.CERTIFIED;
    }

    /** Waits for Ctrl-C or for --duration to pass. */
    public void awaitStop() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
        if (seconds != null) {
            stop.await(Duration.ofSeconds(seconds).toMillis(), TimeUnit.MILLISECONDS);
        } else {
            stop.await();
        }
    }

    /** Prints one readable message and gives the bad-input exit code. */
    public static int badInput(String message) {
        System.err.println("iomt: " + message);
        return ExitCodes.BAD_INPUT;
    }

    /**
     * The address of a {@code HOST:PORT} option, or empty (after printing why) when it is missing or not of that form;
     * port 0 is accepted only where {@code anyPort}.
     */
    public static Optional<InetSocketAddress> address(String option, String hostPort, boolean anyPort) {
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
