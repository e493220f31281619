package org.iomt.core.cli;

import org.iomt.core.spi.DeviceClasses;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * {@code iomt simulate NAME}: runs a built-in simulator standalone, so that a real broker, a vendor's tool or the suite
 * itself can talk to it. Each device class that has one adds its simulator as a subcommand.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Run a built-in simulator standalone, until interrupted or --duration passes.")
final class SimulateCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The command with every device class's simulator under it. */
    static CommandLine withSimulators() {
        CommandLine simulate = new CommandLine(new SimulateCommand());
        DeviceClasses.all().forEach(c -> c.simulator().ifPresent(simulate::addSubcommand));
        return simulate;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a simulator is required: "
                + String.join(", ", spec.subcommands().keySet().stream().filter(n -> !n.equals("help")).toList()));
    }
}
