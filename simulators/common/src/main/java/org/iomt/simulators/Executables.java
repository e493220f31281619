package org.iomt.simulators;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the programs of real peers (Mosquitto and its tools) as a shell would: on {@code PATH}, then in the system
 * folders that Debian installs daemons into but that an ordinary user's {@code PATH} leaves out.
 */
public final class Executables {

    private static final List<String> DAEMON_FOLDERS = List.of("/usr/local/sbin", "/usr/sbin", "/sbin");

    private Executables() {
    }

    /**
     * The program a name or path stands for: a name with a slash is taken as a path, a bare name is looked up.
     *
     * @return the executable, or empty when there is none
     */
    public static Optional<Path> find(String nameOrPath) {
        if (nameOrPath.contains("/")) {
            return Optional.of(Path.of(nameOrPath)).filter(Files::isExecutable);
        }
        List<String> folders = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
        folders.addAll(DAEMON_FOLDERS);
        return folders.stream().filter(f -> !f.isEmpty()).map(f -> Path.of(f, nameOrPath)).filter(Files::isExecutable).findFirst();
    }
}
