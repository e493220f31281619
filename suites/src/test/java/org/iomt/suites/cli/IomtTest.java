package org.iomt.suites.cli;

import org.iomt.suites.Certifications;
import org.iomt.suites.drivers.mqtt.BrokerSettings;
import org.iomt.suites.drivers.mqtt.TesterBroker;
import org.iomt.suites.model.EvidenceLog;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input ends with one readable message and exit code 2, never a stack trace. */
@Tag("medium")
class IomtTest {

    /** Stands for the tester broker's HOST:PORT in the arguments of {@link #runBesideATesterBroker}. */
    private static final String BROKER = "<tester broker>";

    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @ParameterizedTest
    @ValueSource(strings = {"", "frobnicate", "certify", "certify --profile", "certify --profile x.yaml --bogus",
            "simulate temperature-patch", "simulate toaster --broker 127.0.0.1:1883", "simulate temperature-patch --broker nowhere",
            "profile", "profile check", "simulate mqtt-broker-proxy", "simulate mqtt-broker-proxy --upstream nowhere",
            "simulate mqtt-broker-proxy --upstream 127.0.0.1:1883 --listen 127.0.0.1", "simulate mqtt-broker-proxy --upstream 127.0.0.1:1883 --fault melted-broker",
            "simulate mqtt-broker-proxy --upstream 127.0.0.1:1883 --broker 127.0.0.1:1883"})
    void badArgumentsExitWithTwoAndOneMessage(String args) {
        int code = Iomt.run(args.isEmpty() ? new String[0] : args.split(" "));
        assertBadInput(code);
    }

    @Test
    void aMissingProfileIsBadInput() {
        assertBadInput(Iomt.run("certify", "--profile", dir.resolve("absent.yaml").toString()));
        assertTrue(err().contains("no such file"), err());
    }

    @Test
    void aMalformedProfileIsBadInputWithEveryProblemLocated() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Certifications.REFERENCE).replace("qos: 1", "qos: 7").replace("unit: Cel", "unit: F"));
        assertBadInput(Iomt.run("profile", "check", bad.toString()));
        assertAll(() -> assertTrue(err().contains("claims.mqtt.qos"), err()),
                () -> assertTrue(err().contains("claims.temperature.unit"), err()));
    }

    @Test
    void anUnknownFaultIsBadInputListingTheCatalogue() {
        assertBadInput(Iomt.run("certify", "--profile", Certifications.REFERENCE.toString(), "--out", dir.toString(),
                "--set", "target.faults=[melted-battery]"));
        assertTrue(err().contains("melted-battery") && err().contains("unit-degc"), err());
    }

    @Test
    void aValidProfileChecksClean() {
        assertEquals(0, Iomt.run("profile", "check", Certifications.REFERENCE.toString()));
        assertTrue(out().contains("valid profile"), out());
    }

    @Test
    void listShowsEachRequirementWithItsScenarios() {
        assertEquals(0, Iomt.run("list"));
        assertAll(() -> assertTrue(out().contains("MQTT-3.1.2-3"), out()),
                () -> assertTrue(out().contains("scenario: The device's CONNECT leaves the reserved flag clear"), out()));
    }

    @Test
    void theSimulatorRunsStandaloneAgainstABroker() throws Exception {
        EvidenceLog log = new EvidenceLog("standalone", Clock.systemUTC());
        int code = runBesideATesterBroker(log, "simulate", "temperature-patch", "--broker", BROKER, "--duration", "1",
                "--fault", "unit-degc");
        assertAll(() -> assertEquals(0, code, err()),
                () -> assertTrue(out().contains("with faults [unit-degc]"), out()),
                () -> assertTrue(log.snapshot().stream().anyMatch(e -> e.decoded().startsWith("CONNECT"))),
                () -> assertTrue(log.snapshot().stream().anyMatch(e -> e.decoded().startsWith("PUBLISH")
                        && new String(e.bytes(), StandardCharsets.UTF_8).contains("degC"))));
    }

    @Test
    void theFaultCatalogueIsListed() {
        assertEquals(0, Iomt.run("simulate", "temperature-patch", "--list-faults"));
        assertTrue(out().lines().count() >= 8);
    }

    @Test
    void theBrokerProxyFaultCatalogueIsListed() {
        assertEquals(0, Iomt.run("simulate", "mqtt-broker-proxy", "--list-faults"));
        assertAll(() -> assertTrue(out().lines().count() >= 20, out()),
                () -> assertTrue(out().lines().anyMatch(l -> l.startsWith("retained-not-stored ")), out()));
    }

    @Test
    void aBadUpstreamNamesTheOptionAndWhatWasGiven() {
        assertBadInput(Iomt.run("simulate", "mqtt-broker-proxy", "--upstream", "broker.example:mqtt"));
        assertTrue(err().contains("--upstream must be HOST:PORT, not 'broker.example:mqtt'"), err());
    }

    @Test
    void theBrokerProxyRunsStandaloneInFrontOfABroker() throws Exception {
        int code = runBesideATesterBroker(new EvidenceLog("standalone", Clock.systemUTC()), "simulate", "mqtt-broker-proxy",
                "--upstream", BROKER, "--listen", "127.0.0.1:0", "--duration", "1", "--fault", "will-lost");
        assertEquals(0, code, err());
        assertTrue(out().matches("(?s)MQTT broker proxy on 127\\.0\\.0\\.1:\\d+ for 127\\.0\\.0\\.1:\\d+ with faults \\[will-lost\\].*"), out());
    }

    /** Runs the command line with {@link #BROKER} in its arguments standing for a running tester broker's address. */
    private static int runBesideATesterBroker(EvidenceLog log, String... args) throws Exception {
        try (TesterBroker broker = TesterBroker.start(BrokerSettings.loopback(), log)) {
            String address = "127.0.0.1:" + broker.address().getPort();
            return Iomt.run(Arrays.stream(args).map(a -> a.equals(BROKER) ? address : a).toArray(String[]::new));
        }
    }

    private void assertBadInput(int code) {
        assertAll(() -> assertEquals(2, code, err()),
                () -> assertTrue(err().startsWith("iomt: "), err()),
                () -> assertFalse(err().contains("\tat ") || err().contains("Exception"), "no stack trace: " + err()));
    }

    private String out() {
        return console.out();
    }

    private String err() {
        return console.err();
    }
}
