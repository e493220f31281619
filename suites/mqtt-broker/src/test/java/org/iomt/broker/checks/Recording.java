package org.iomt.broker.checks;

import org.iomt.core.model.Direction;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.Outcome;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hand-made recording for the checks' tests: frames appended in order on named connections, as the drivers record
 * them, each a moment after the one before.
 */
final class Recording {

    private final List<Evidence> log = new ArrayList<>();

    /** Appends a frame (or, with no packet, an entry that carries none) and returns its evidence. */
    Evidence at(Direction direction, String connection, Object packet) {
        Evidence e = new Evidence("test", log.size() + 1, Instant.EPOCH, log.size(), direction, connection, new byte[2],
                String.valueOf(packet), Optional.ofNullable(packet));
        log.add(e);
        return e;
    }

    /** Every entry of one connection, in order. */
    List<Evidence> of(String connection) {
        return log.stream().filter(e -> e.connection().equals(connection)).toList();
    }

    /** The outcome has exactly one finding, and it says the expected text. */
    static void assertFails(Outcome o, String expectedText) {
        assertEquals(1, o.findings().size(), String.valueOf(o));
        assertTrue(o.findings().get(0).message().contains(expectedText), o.findings().get(0).message());
    }
}
