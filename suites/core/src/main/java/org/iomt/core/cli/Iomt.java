package org.iomt.core.cli;

import org.iomt.core.profile.NearestName;
import org.iomt.core.spi.CommandProvider;
import org.iomt.reports.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** Entry point of the {@code iomt} command. */
@Command(name = "iomt", mixinStandardHelpOptions = true, versionProvider = Iomt.Version.class,
        description = "IoMT Conformance Suite: certifies medical IoT products against the standards they claim.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:certified: every applicable MUST requirement passed", "1:a MUST requirement FAILED",
                "2:bad input: arguments, profile or file", "3:the test system failed (ERROR)",
                "4:not certified: a MUST requirement is INCONCLUSIVE (for example the device never connected)",
                "5:environment: a port in use or a peer unreachable stopped the run before any scenario",
                "6:interrupted: SIGTERM or SIGINT stopped the run; its record lists the scenarios not run"})
public final class Iomt implements Runnable {

    /** The command that prints another's help: {@code help NAME} names a command of its own level. */
    private static final String HELP = "help";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; never throws. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Iomt());
        cli.addSubcommand(new CertifyCommand());
        cli.addSubcommand(new ListCommand());
        cli.addSubcommand(SimulateCommand.withSimulators());
        cli.addSubcommand(new ProfileCommand());
        ServiceLoader.load(CommandProvider.class).forEach(p -> cli.addSubcommand(p.command()));
        cli.addSubcommand(new CommandLine.HelpCommand());
        cli.setParameterExceptionHandler((e, a) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println("iomt: " + e.getMessage());
            err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
            return ExitCodes.BAD_INPUT;
        });
        cli.setExecutionExceptionHandler((e, c, p) -> {
            c.getErr().println("iomt: internal error: " + e);
            return ExitCodes.ERROR;
        });
        Optional<String> unknown = unknownCommand(cli, args);
        if (unknown.isPresent()) {
            cli.getErr().println("iomt: " + unknown.get());
            return ExitCodes.BAD_INPUT;
        }
        return cli.execute(args);
    }

    /**
     * Names a word that stands where a command must be but is none, with the nearest command or the list of them.
     * Picocli would print the parent's help for {@code certfy --help} and exit 0, or say "Unmatched arguments".
     */
    static Optional<String> unknownCommand(CommandLine cli, String... args) {
        CommandLine current = cli;
        List<String> path = new ArrayList<>();
        for (String arg : args) {
            Map<String, CommandLine> commands = current.getSubcommands();
            if (commands.isEmpty() || !current.getCommandSpec().positionalParameters().isEmpty()) {
                return Optional.empty();
            }
            if (arg.startsWith("-") || arg.equals(HELP)) {
                continue;
            }
            if (!commands.containsKey(arg)) {
                String prefix = path.isEmpty() ? "" : String.join(" ", path) + " ";
                return Optional.of("unknown command '" + prefix + arg + "'" + NearestName.to(arg, commands.keySet())
                        .map(near -> " (did you mean '" + prefix + near + "'?)")
                        .orElse("; the commands are " + String.join(", ", commands.keySet())));
            }
            path.add(arg);
            current = commands.get(arg);
        }
        return Optional.empty();
    }

    /** The suite's home: where features/ and profiles/ are. The launcher sets it; else the working directory. */
    public static Path home() {
        return Path.of(System.getProperty("iomt.home", ".")).toAbsolutePath().normalize();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (certify, inspect, list, simulate, profile)");
    }

    /** Prints the suite version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"iomt " + org.iomt.core.run.CertificationRun.SUITE_VERSION};
        }
    }
}
