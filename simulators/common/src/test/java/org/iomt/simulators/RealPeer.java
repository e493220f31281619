package org.iomt.simulators;

import org.iomt.simulators.Executables;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * A real peer program a test needs, found on {@code PATH}. Where it is missing the test is skipped, or fails when the
 * build requires real peers ({@code -Diomt.requirePeers=true}, which .ci/run sets: in CI a missing peer is a failure).
 */
public final class RealPeer {

    private RealPeer() {
    }

    /** The program, or the end of the test: skipped, or failed where real peers are required. */
    public static Path require(String program, String install) {
        return Executables.find(program).orElseGet(() -> {
            String missing = program + " is not installed (" + install + ")";
            if (Boolean.getBoolean("iomt.requirePeers")) {
                return fail(missing + ", and this build requires real peers (-Diomt.requirePeers=true)");
            }
            return abort(missing);
        });
    }
}
