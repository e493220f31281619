package org.iomt.broker.target;

import org.iomt.simulators.RealPeer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Mosquitto a run starts leaves nothing behind: neither its process nor its folder, after a stop or a failed start. */
@Tag("medium")
class LocalMosquittoTest {

    @TempDir
    Path dir;

    @Test
    void closingStopsTheBrokerAndDeletesItsFolder() throws IOException {
        String mosquittoProgram = RealPeer.require("mosquitto", "apt-get install mosquitto; .ci/run installs it").toString();
        Path work = Files.createTempDirectory("iomt-mosquitto"); // as the run makes it: the broker's user must reach it
        LocalMosquitto mosquitto = LocalMosquitto.start(mosquittoProgram, work, dir.resolve("mosquitto.log"),
                BrokerFaults.configuration(Set.of()), MosquittoLimits.of(Map.of()), "test/unauthorised");
        ProcessHandle broker = ProcessHandle.of(mosquitto.pid()).orElseThrow();
        assertTrue(Files.exists(work.resolve("mosquitto.conf")));

        mosquitto.close();

        assertFalse(broker.isAlive(), "Mosquitto still runs");
        assertFalse(Files.exists(work), "its folder is left");
    }

    @Test
    void aLimitedBrokerStartsWithMaximumQosAndWithoutRetainedMessages() throws IOException {
        String mosquittoProgram = RealPeer.require("mosquitto", "apt-get install mosquitto; .ci/run installs it").toString();
        Path work = Files.createTempDirectory("iomt-mosquitto");
        try (LocalMosquitto mosquitto = LocalMosquitto.start(mosquittoProgram, work, dir.resolve("mosquitto.log"),
                BrokerFaults.configuration(Set.of()), new MosquittoLimits(1, false), "test/unauthorised")) {
            String conf = Files.readString(work.resolve("mosquitto.conf"));
            assertTrue(conf.contains("retain_available false\n"), conf);
            long listeners = conf.lines().filter(l -> l.startsWith("listener ")).count();
            assertEquals(listeners, conf.lines().filter("max_qos 1"::equals).count(), conf);
            assertTrue(ProcessHandle.of(mosquitto.pid()).orElseThrow().isAlive());
        }
    }

    @Test
    void aStartThatFailsDeletesTheFolder() throws IOException {
        Path work = Files.createDirectory(dir.resolve("work"));
        assertThrows(IOException.class, () -> LocalMosquitto.start(dir.resolve("no-mosquitto").toString(), work,
                dir.resolve("mosquitto.log"), BrokerFaults.configuration(Set.of()), MosquittoLimits.of(Map.of()), "test/unauthorised"));
        assertFalse(Files.exists(work), "its folder is left");
    }
}
