package org.iomt.core.spi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The temporary folders a run makes (a broker's configuration, throwaway certificates, an unused run directory). */
public final class Folders {

    private Folders() {
    }

    /**
     * Deletes a folder and all it holds, as far as it can: a folder left behind holds only what the run made for
     * itself, so a failure to delete it is not a failure of the run.
     */
    public static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException leftBehind) {
            // what is left holds nothing of value
        }
    }
}
