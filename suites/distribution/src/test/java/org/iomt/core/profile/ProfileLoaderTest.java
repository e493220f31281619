package org.iomt.core.profile;

import org.iomt.core.spi.DeviceClasses;
import org.iomt.distribution.Certifications;
import org.iomt.mqtt.drivers.MqttKeys;
import org.iomt.patch.profile.PatchKeys;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("small")
class ProfileLoaderTest {

    @TempDir
    Path dir;

    private final ProfileLoader loader = loader();

    private static ProfileLoader loader() {
        try {
            return new ProfileLoader(Certifications.HOME.resolve("profiles/schema/profile.schema.json"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyShippedProfileIsValid() throws Exception {
        List<Path> profiles;
        try (var files = Files.walk(Certifications.HOME.resolve("profiles"))) {
            profiles = files.filter(p -> p.toString().endsWith(".yaml")).toList();
        }
        Map<String, String> env = Map.of("IOMT_PATCH_USER", "device1", "IOMT_PATCH_PASSWORD", "s3cret");
        for (Path p : profiles) {
            Profile profile = loader.load(p, List.of(), env::get);
            assertTrue(DeviceClasses.named(profile.get(ProfileKeys.DEVICE)).isPresent(), p.toString());
        }
        assertTrue(profiles.size() >= 10, profiles.toString());
    }

    @Test
    void typedKeysReadValuesAndDefaults() throws Exception {
        Profile p = loader.load(Certifications.REFERENCE, List.of(), name -> null);
        assertEquals("3.1.1", p.get(PatchKeys.MQTT_VERSION));
        assertEquals(Duration.ofSeconds(2), p.get(PatchKeys.REPORTING_INTERVAL));
        assertEquals(43.0, p.get(PatchKeys.BODY_MAX));
        assertEquals("127.0.0.1", p.get(PatchKeys.LISTEN_HOST), "default");
        assertEquals("1", p.claims().get("mqtt.qos"));
    }

    @Test
    void setOverridesAnyValueAndIsRecorded() throws Exception {
        Profile p = loader.load(Certifications.REFERENCE, List.of("claims.mqtt.qos=0", "target.faults=[unit-degc, bad-name]"), n -> null);
        assertEquals(0, p.get(PatchKeys.MQTT_QOS));
        assertEquals(List.of("unit-degc", "bad-name"), p.get(ProfileKeys.FAULTS));
        assertEquals(Map.of("claims.mqtt.qos", "0", "target.faults", "[unit-degc, bad-name]"), p.overrides());
    }

    @Test
    void everySchemaProblemIsReportedWithItsPath() throws Exception {
        Path file = write("""
                profile: 1
                device: temperature-patch
                identity: { vendor: V, model: M, firmware: "1", serial: S, colour: red }
                claims:
                  mqtt: { version: "3.1", qos: 3, topic: "a/+/b", keepAlive: 1 }
                target: { kind: simulated }
                """);
        ProfileException e = assertThrows(ProfileException.class, () -> loader.load(file, List.of(), n -> null));
        List<String> paths = e.problems().stream().map(ProfileProblem::path).toList();
        assertTrue(paths.containsAll(List.of("identity", "claims.mqtt.version", "claims.mqtt.qos", "claims.mqtt.topic")),
                e.getMessage());
    }

    @Test
    void anUnknownDeviceIsOneProblemNamingTheClasses() throws Exception {
        ProfileException e = assertThrows(ProfileException.class,
                () -> loader.load(Certifications.REFERENCE, List.of("device=coap-sensor"), n -> null));
        assertEquals(List.of(new ProfileProblem("device",
                "no device class coap-sensor; the suite knows mqtt-broker, tag-population, temperature-patch")), e.problems());
    }

    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource(delimiter = '|', textBlock = """
            reference/temperature-patch.yaml     | target.broker.host=h       | target  | property 'broker' is not defined in the schema and the schema does not allow additional properties
            reference/temperature-patch.yaml     | claims.epc.schemes=[]      | claims  | property 'epc' is not defined in the schema and the schema does not allow additional properties
            reference/temperature-patch.yaml     | target.kind=export         | target.kind | does not have a value in the enumeration ["simulated", "live"]
            reference/tag-population.yaml        | timers.connect=5s          | timers  | property 'connect' is not defined in the schema and the schema does not allow additional properties
            reference/tag-population.yaml        | target.listen.port=1883    | target  | property 'listen' is not defined in the schema and the schema does not allow additional properties
            examples/mosquitto.yaml              | claims.mqtt.keepAlive=30   | claims.mqtt | property 'keepAlive' is not defined in the schema and the schema does not allow additional properties
            examples/mosquitto.yaml              | tolerances.interval=0.5    | tolerances | property 'interval' is not defined in the schema and the schema does not allow additional properties
            """)
    void aKeyOrKindOfAnotherDeviceClassIsRefused(String profile, String set, String path, String message) {
        ProfileException e = assertThrows(ProfileException.class,
                () -> loader.load(Certifications.HOME.resolve("profiles").resolve(profile), List.of(set), n -> null));
        assertEquals(List.of(new ProfileProblem(path, message)), e.problems());
    }

    /** What the one schema of every class refused, each class's own schema refuses at the same path with the same words. */
    @ParameterizedTest(name = "{1} on {0}")
    @CsvSource(delimiter = '|', textBlock = """
            reference/temperature-patch.yaml     | claims.mqtt.qos=3          | claims.mqtt.qos | does not have a value in the enumeration [0, 1, 2]
            reference/temperature-patch.yaml     | timers.readings=1          | timers.readings | must have a minimum value of 2
            examples/temperature-patch-live.yaml | target.listen=null         | target | required property 'listen' not found
            examples/mosquitto.yaml              | claims.mqtt=null           | claims | required property 'mqtt' not found
            examples/mosquitto.yaml              | target.kind=live           | target | required property 'broker' not found
            examples/mosquitto.yaml              | timers.keepAlive=0         | timers.keepAlive | must have a minimum value of 1
            examples/tag-population-export.yaml  | target.file=null           | target | required property 'file' not found
            reference/tag-population.yaml        | claims.epc.filters={sgtin-96: [9]} | claims.epc.filters.sgtin-96[0] | must have a maximum value of 7
            """)
    void aShippedProfileMadeWrongIsRefusedAsBefore(String profile, String set, String path, String message) {
        Map<String, String> env = Map.of("IOMT_PATCH_USER", "device1", "IOMT_PATCH_PASSWORD", "s3cret");
        ProfileException e = assertThrows(ProfileException.class,
                () -> loader.load(Certifications.HOME.resolve("profiles").resolve(profile), List.of(set), env::get));
        assertEquals(List.of(new ProfileProblem(path, message)), e.problems());
    }

    @Test
    void yamlSyntaxErrorsGiveLineAndColumn() throws Exception {
        Path file = write("profile: 1\ndevice: [unclosed\n");
        ProfileException e = assertThrows(ProfileException.class, () -> loader.load(file, List.of(), n -> null));
        assertTrue(e.problems().get(0).path().startsWith("(line "), e.getMessage());
    }

    @Test
    void duplicateKeysAreRefused() throws Exception {
        Path file = write("profile: 1\nprofile: 1\n");
        ProfileException e = assertThrows(ProfileException.class, () -> loader.load(file, List.of(), n -> null));
        assertTrue(e.getMessage().contains("Duplicate"), e.getMessage());
    }

    @Test
    void aMissingFileIsOneProblem() {
        ProfileException e = assertThrows(ProfileException.class, () -> loader.load(dir.resolve("nope.yaml"), List.of(), n -> null));
        assertEquals(List.of(new ProfileProblem("(file)", "no such file")), e.problems());
    }

    @Test
    void secretsAreEnvironmentReferencesOnly() throws Exception {
        Path live = Certifications.HOME.resolve("profiles/examples/temperature-patch-live.yaml");
        ProfileException unset = assertThrows(ProfileException.class, () -> loader.load(live, List.of(), n -> null));
        assertEquals("target.credentials.username", unset.problems().get(0).path());

        ProfileException onCommandLine = assertThrows(ProfileException.class,
                () -> loader.load(live, List.of("target.credentials.password=plain"), n -> "x"));
        assertTrue(onCommandLine.getMessage().contains("cannot be set on the command line"));

        Path literal = write(Files.readString(live).replace("${IOMT_PATCH_PASSWORD}", "s3cret"));
        ProfileException plain = assertThrows(ProfileException.class, () -> loader.load(literal, List.of(), n -> "x"));
        assertEquals("target.credentials.password", plain.problems().get(0).path());
    }

    @Test
    void claimsNeverCarrySecrets() throws Exception {
        Profile p = loader.load(Certifications.HOME.resolve("profiles/examples/temperature-patch-live.yaml"), List.of(),
                n -> "secret-" + n);
        assertTrue(p.claims().values().stream().noneMatch(v -> v.startsWith("secret-")));
        assertEquals("secret-IOMT_PATCH_PASSWORD", p.get(MqttKeys.PASSWORD));
    }

    private Path write(String yaml) throws Exception {
        Path file = Files.createTempFile(dir, "profile", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
