package org.iomt.core.model;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An append-only, thread-safe log of the exchanges with one device. Drivers append as they go; actors wait on
 * it, bounded, until what they need has been seen; checks read snapshots.
 */
public final class EvidenceLog {

    private final String name;
    private final Clock clock;
    private final List<Evidence> entries = new ArrayList<>();
    private final Map<String, List<Evidence>> byConnection = new HashMap<>();

    public EvidenceLog(String name, Clock clock) {
        this.name = name;
        this.clock = clock;
    }

    /** The file name stem of this log in a run's {@code evidence/} folder. */
    public String name() {
        return name;
    }

    public Evidence append(Direction direction, String connection, byte[] bytes, String decoded, Object decodedValue) {
        synchronized (entries) {
            Evidence e = new Evidence(name, entries.size() + 1L, clock.instant(), System.nanoTime(), direction, connection,
                    bytes.clone(), decoded, Optional.ofNullable(decodedValue));
            entries.add(e);
            byConnection.computeIfAbsent(connection, c -> new ArrayList<>()).add(e);
            entries.notifyAll();
            return e;
        }
    }

    public List<Evidence> snapshot() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    /** What the connections whose names satisfy the condition recorded, in the log's order. */
    public List<Evidence> ofConnections(Predicate<String> names) {
        synchronized (entries) {
            return byConnection.entrySet().stream().filter(c -> names.test(c.getKey())).flatMap(c -> c.getValue().stream())
                    .sorted(Comparator.comparingLong(Evidence::seq)).toList();
        }
    }

    /**
     * Waits until the log satisfies the condition or the bound passes, whichever is first; wakes on every append. The
     * condition sees the log itself, read-only, while appends wait: it must not keep the list.
     *
     * @return true when the condition held
     */
    public boolean awaitUntil(Predicate<List<Evidence>> condition, Duration bound) throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        List<Evidence> view = Collections.unmodifiableList(entries);
        synchronized (entries) {
            while (!condition.test(view)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                entries.wait(Math.max(1, left / 1_000_000), 0);
            }
            return true;
        }
    }
}
