package org.iomt.core.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.iomt.core.model.EvidenceLog;
import org.iomt.distribution.Certifications;
import org.iomt.mqtt.drivers.BrokerSettings;
import org.iomt.mqtt.drivers.TesterBroker;
import org.iomt.reports.ExitCodes;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input ends with one readable message and exit code 2, never a stack trace. */
@Tag("medium")
@Isolated("captures the standard output and error of the whole JVM")
class IomtTest {

    /** Stands for the tester broker's HOST:PORT in the arguments of {@link #runBesideATesterBroker}. */
    private static final String BROKER = "<tester broker>";
    private static final Path LIVE_PATCH = Certifications.HOME.resolve("profiles/examples/temperature-patch-live.yaml");
    private static final Path MOSQUITTO = Certifications.HOME.resolve("profiles/examples/mosquitto.yaml");

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
        assertTrue(err().startsWith("iomt: unknown fault 'melted-battery' for the temperature patch; its faults are: "
                + "wrong-protocol-level, wrong-protocol-name, "), err());
        assertTrue(err().contains(", unit-degc, "), err());
        assertEquals(1, err().lines().count(), err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nope", "Not_A-Fault"})
    void aFaultNameOfAnyShapeIsCheckedAgainstTheCatalogueNotAPattern(String name) {
        assertBadInput(Iomt.run("profile", "check", MOSQUITTO.toString(), "--set", "target.faults=[" + name + "]"));
        assertTrue(err().startsWith("iomt: unknown fault '" + name + "' for the MQTT broker proxy; its faults are: "), err());
        assertTrue(err().contains("retained-not-stored"), err());
        assertFalse(err().contains("regex"), err());
    }

    @Test
    void aMistypedSetKeyBlamesTheOptionAndSuggestsTheKey() {
        assertBadInput(Iomt.run("certify", "--profile", Certifications.REFERENCE.toString(), "--out", dir.resolve("run").toString(),
                "--set", "timers.respnse=2s"));
        assertEquals("iomt: --set timers.respnse=2s: no such key (did you mean timers.response?)\n", err());
        assertFalse(Files.exists(dir.resolve("run")));
    }

    @Test
    void aSetKeyFarFromEveryKeySaysSo() {
        assertBadInput(Iomt.run("profile", "check", Certifications.REFERENCE.toString(), "--set", "colour=red"));
        assertEquals("iomt: --set colour=red: no such key in the profile schema\n", err());
    }

    @Test
    void aMistypedKeyNearASecretDoesNotEchoItsValue() {
        assertBadInput(Iomt.run("profile", "check", LIVE_PATCH.toString(), "--set", "target.credentials.pasword=hunter2"));
        assertEquals("iomt: --set target.credentials.pasword: no such key (did you mean target.credentials.password?)\n", err());
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
    void listAsJsonGivesEachRowWithItsScenariosClaimsAndBoundClasses() throws Exception {
        assertEquals(0, Iomt.run("list", "--json"));
        JsonNode rows = new ObjectMapper().readTree(out());
        JsonNode row = null;
        for (JsonNode r : rows) {
            if (r.path("key").asText().equals("mqtt-3.1.1:MQTT-3.1.2-3")) {
                row = r;
            }
        }
        JsonNode found = row;
        assertAll(() -> assertTrue(rows.size() > 100, "every row: " + rows.size()),
                () -> assertEquals("MUST", found.path("level").asText()),
                () -> assertEquals("[\"mqtt-broker\"]", found.path("boundClasses").toString(), "a server row binds the broker only"),
                () -> assertTrue(found.path("scenarios").findValuesAsText("name")
                        .contains("The broker closes a connection whose CONNECT sets the reserved flag (MQTT 3.1.1)"), found.toString()),
                () -> assertEquals("[\"mqtt.version=3.1.1\"]", found.path("scenarios").get(0).path("claims").toString()),
                () -> assertEquals("protocol/mqtt/server/malformed-input.feature", found.path("scenarios").get(0).path("feature").asText()));
    }

    @Test
    void listForADeviceClassShowsOnlyItsScenarios() throws Exception {
        assertEquals(0, Iomt.run("list", "--json", "--device", "tag-population"));
        JsonNode rows = new ObjectMapper().readTree(out());
        assertTrue(rows.size() > 0);
        for (JsonNode row : rows) {
            assertFalse(row.path("scenarios").isEmpty(), row.toString());
            for (JsonNode scenario : row.path("scenarios")) {
                assertEquals("[\"tag-population\"]", scenario.path("devices").toString(), row.toString());
            }
        }
    }

    @Test
    void listOfAnUnknownSetNamesTheKnownOnes() {
        assertBadInput(Iomt.run("list", "--set-name=foo"));
        assertEquals("iomt: unknown catalogue set 'foo'; the catalogue sets are: gs1-genspecs, gs1-tds-2, gs1-uhf-gen2, "
                + "iomt-mqtt-client, iomt-mqtt-security, iomt-tag-population, iomt-temperature-patch, mqtt-3.1.1, mqtt-5.0, rfc8428-senml\n", err());
        assertEquals("", out());
    }

    @Test
    void listOfAnUnknownDeviceClassNamesTheNearestAndTheKnownOnes() {
        assertBadInput(Iomt.run("list", "--device", "temperature-pach"));
        assertEquals("iomt: unknown device class 'temperature-pach' (did you mean 'temperature-patch'?); the device classes are: "
                + "mqtt-broker, tag-population, temperature-patch\n", err());
    }

    @Test
    void listFiltersThatMatchNothingTogetherSaySo() {
        assertBadInput(Iomt.run("list", "--device", "mqtt-broker", "--set-name", "gs1-tds-2"));
        assertEquals("iomt: no requirement of set gs1-tds-2 is tested by a scenario of the mqtt-broker device class\n", err());
        assertEquals("", out());
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

    @ParameterizedTest
    @ValueSource(strings = {"certfy --help", "certfy --profile x.yaml", "--help certfy", "help certfy"})
    void anUnknownCommandIsNamedWithTheNearestOne(String args) {
        assertBadInput(Iomt.run(args.split(" ")));
        assertEquals("iomt: unknown command 'certfy' (did you mean 'certify'?)\n", err());
        assertEquals("", out());
    }

    @Test
    void anUnknownSubcommandIsNamedWithItsParent() {
        assertBadInput(Iomt.run("profile", "chek", "x.yaml"));
        assertEquals("iomt: unknown command 'profile chek' (did you mean 'profile check'?)\n", err());
    }

    @Test
    void anUnknownCommandFarFromEveryOneListsThemAll() {
        assertBadInput(Iomt.run("frobnicate"));
        assertEquals("iomt: unknown command 'frobnicate'; the commands are certify, list, simulate, profile, inspect, help\n", err());
    }

    @Test
    void anOutDirectoryHoldingARunIsRefused() throws Exception {
        Files.writeString(dir.resolve("run.json"), "{}");
        assertBadInput(Iomt.run("certify", "--profile", Certifications.REFERENCE.toString(), "--out", dir.toString()));
        assertEquals("iomt: --out " + dir + " already holds a run (run.json); name a new or empty directory, or leave --out off"
                + " for a fresh runs/<run-id>/ (two runs' evidence must not mix)\n", err());
        assertEquals(List.of(dir.resolve("run.json")), list(dir));
    }

    @Test
    void anOutDirectoryHoldingAnythingIsRefused() throws Exception {
        Files.createDirectories(dir.resolve("evidence"));
        assertBadInput(Iomt.run("certify", "--profile", Certifications.REFERENCE.toString(), "--out", dir.toString()));
        assertTrue(err().startsWith("iomt: --out " + dir + " already holds a run (evidence);"), err());

        Path other = Files.createDirectories(dir.resolve("notes"));
        Files.writeString(other.resolve("todo.txt"), "");
        assertBadInput(Iomt.run("certify", "--profile", Certifications.REFERENCE.toString(), "--out", other.toString()));
        assertTrue(err().contains("iomt: --out " + other + " is not empty (todo.txt);"), err());
    }

    @Test
    void aListenPortInUseIsAnEnvironmentProblemBeforeAnyScenario() throws Exception {
        Path runDir = dir.resolve("live-run");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            int code = Iomt.run("certify", "--profile", LIVE_PATCH.toString(), "--out", runDir.toString(),
                    "--set", "target.listen.host=127.0.0.1", "--set", "target.listen.port=" + port, "--set", "target.credentials=null");
            assertAll(() -> assertEquals(ExitCodes.ENVIRONMENT, code, err()),
                    () -> assertEquals("iomt: environment problem, no scenario run: port " + port + " is already in use, so the suite"
                            + " cannot listen for the device on 127.0.0.1:" + port + "; stop what holds it, or choose another with"
                            + " --set target.listen.port=PORT\n", err()),
                    () -> assertFalse(out().contains("INCONCLUSIVE"), out()),
                    () -> assertFalse(Files.exists(runDir), "no run directory is left behind"));
        }
    }

    @Test
    void anUnreachableLiveBrokerIsAnEnvironmentProblemBeforeAnyScenario() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        Path runDir = dir.resolve("runs").resolve("broker-run");
        int code = Iomt.run("certify", "--profile", MOSQUITTO.toString(), "--out", runDir.toString(),
                "--set", "target.kind=live", "--set", "target.broker.host=127.0.0.1", "--set", "target.broker.port=" + closed,
                "--set", "claims.mqtt.tls=false", "--set", "claims.mqtt.authentication=false",
                "--set", "claims.mqtt.clientCertificates=false");
        assertAll(() -> assertEquals(ExitCodes.ENVIRONMENT, code, err()),
                () -> assertTrue(err().matches("iomt: environment problem, no scenario run: the broker under test cannot be reached"
                        + " at 127\\.0\\.0\\.1:" + closed + " \\([^)]+\\); start it, or correct target\\.broker\\.host and"
                        + " target\\.broker\\.port\n"), err()),
                () -> assertFalse(out().contains("INCONCLUSIVE"), out()),
                () -> assertFalse(Files.exists(dir.resolve("runs")), "no run directory is left behind"));
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

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.toList();
        }
    }

    private String out() {
        return console.out();
    }

    private String err() {
        return console.err();
    }
}
