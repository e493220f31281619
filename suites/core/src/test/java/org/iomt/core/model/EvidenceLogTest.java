package org.iomt.core.model;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The evidence log: entries by connection in the log's order, and bounded waits that wake on appends. */
@Tag("small")
class EvidenceLogTest {

    private final EvidenceLog log = new EvidenceLog("test", Clock.systemUTC());

    private Evidence append(String connection, String what) {
        return log.append(Direction.TRANSPORT, connection, new byte[0], what, null);
    }

    @Test
    void theEntriesOfSomeConnectionsComeInTheLogsOrder() {
        Evidence a1 = append("s1-monitor", "a1");
        Evidence b1 = append("s1-patch", "b1");
        append("s2-monitor", "c1");
        Evidence a2 = append("s1-monitor", "a2");
        assertEquals(List.of(a1, b1, a2), log.ofConnections(c -> c.startsWith("s1-")));
        assertEquals(List.of(a1, a2), log.ofConnections("s1-monitor"::equals));
        assertEquals(List.of(), log.ofConnections("s3-monitor"::equals));
    }

    @Test
    void aWaitEndsWhenAnotherThreadAppendsWhatItWaitsForAndOtherwiseAtItsBound() throws Exception {
        Thread appender = new Thread(() -> {
            append("s1-patch", "noise");
            append("s1-monitor", "awaited");
        });
        appender.start();
        assertTrue(log.awaitUntil(entries -> entries.stream().anyMatch(e -> e.decoded().equals("awaited")), Duration.ofSeconds(5)));
        appender.join();
        assertFalse(log.awaitUntil(entries -> entries.size() > 2, Duration.ofMillis(50)));
    }
}
