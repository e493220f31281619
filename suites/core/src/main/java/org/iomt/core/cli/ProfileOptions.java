package org.iomt.core.cli;

import org.iomt.core.profile.Profile;
import org.iomt.core.profile.ProfileException;
import org.iomt.core.profile.ProfileLoader;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The {@code --set key=value} option shared by every command that reads a profile, and the loading itself. */
public final class ProfileOptions {

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override a profile value by its dotted path, e.g. --set claims.mqtt.qos=0 or --set target.faults=[unit-degc]")
    List<String> sets = new ArrayList<>();

    public Profile load(Path file) throws ProfileException {
        ProfileLoader loader;
        try {
            loader = new ProfileLoader(Iomt.home().resolve("profiles/schema/profile.schema.json"));
        } catch (IOException e) {
            throw new IllegalStateException("the profile schema cannot be read from " + Iomt.home() + ": " + e.getMessage(), e);
        }
        return loader.load(file, sets, System::getenv);
    }
}
