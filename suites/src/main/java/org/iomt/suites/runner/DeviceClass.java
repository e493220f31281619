package org.iomt.suites.runner;

import org.iomt.suites.catalogue.CatalogueScope;
import org.iomt.suites.profile.Profile;
import org.iomt.suites.profile.ProfileException;
import org.iomt.suites.profile.ProfileKeys;
import org.iomt.suites.profile.ProfileProblem;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The device classes the suite certifies: what each checks of a profile first, and the target it runs. */
enum DeviceClass {

    TEMPERATURE_PATCH("temperature-patch", List.of("simulated", "live"), new CatalogueScope(Map.of(
            "client", Set.of("mqtt-3.1.1", "mqtt-5.0", "iomt-mqtt-security"),
            "device", Set.of("iomt-temperature-patch", "rfc8428-senml", "gs1-genspecs")))) {
        @Override
        void preflightClass(Profile profile) throws ProfileException, UnknownFaultException {
            EmbeddedPatch.faults(profile.get(ProfileKeys.FAULTS));
            if (simulated(profile)) {
                CertificationRun.requireSimulatorClaims(profile);
            }
            List<ProfileProblem> problems = new java.util.ArrayList<>();
            boolean live = "live".equals(profile.get(ProfileKeys.TARGET_KIND));
            if (live && profile.get(ProfileKeys.MQTT_TLS)) {
                for (var key : List.of(ProfileKeys.DEVICE_TLS_CA, ProfileKeys.DEVICE_TLS_CA_KEY, ProfileKeys.DEVICE_TLS_SERVER_NAME)) {
                    if (profile.find(key).isEmpty()) {
                        problems.add(new ProfileProblem(key.path(), "required: the profile claims mqtt.tls; " + key.meaning()));
                    } else if (key != ProfileKeys.DEVICE_TLS_SERVER_NAME && !java.nio.file.Files.isReadable(relative(profile, key))) {
                        problems.add(new ProfileProblem(key.path(), "no readable file at " + relative(profile, key)
                                + " (the path is relative to the profile's folder)"));
                    }
                }
            }
            if (!live && profile.states("target.tls")) {
                problems.add(new ProfileProblem("target.tls", "a simulated patch trusts a CA made for the run; only a live "
                        + "target names the lab's CA"));
            }
            if (live && profile.get(ProfileKeys.MQTT_AUTHENTICATION) && profile.find(ProfileKeys.USERNAME).isEmpty()) {
                problems.add(new ProfileProblem("target.credentials", "required: the profile claims mqtt.authentication"));
            }
            if (!problems.isEmpty()) {
                throw new ProfileException(profile.file(), problems);
            }
        }

        @Override
        DeviceTarget target(Profile profile, PrintStream progress, Clock clock, java.nio.file.Path evidenceDir)
                throws UnknownFaultException {
            return new PatchTarget(profile, EmbeddedPatch.faults(profile.get(ProfileKeys.FAULTS)), progress, clock);
        }
    },

    /** The GTIN check digit of the tags' labels is a {@code device} row of the GS1 General Specifications. */
    TAG_POPULATION("tag-population", List.of("simulated", "export"), new CatalogueScope(Map.of(
            "tag", Set.of("gs1-tds-2", "gs1-uhf-gen2", "iomt-tag-population"),
            "device", Set.of("gs1-genspecs")))) {
        @Override
        void preflightClass(Profile profile) throws ProfileException, UnknownFaultException {
            if (profile.find(ProfileKeys.EPC_SCHEMES).map(List::isEmpty).orElse(true)) {
                throw new ProfileException(profile.file(), List.of(new ProfileProblem("claims.epc.schemes",
                        "required: the EPC schemes the tags use")));
            }
            var faults = TagPopulationTarget.faults(profile.get(ProfileKeys.FAULTS));
            if (simulated(profile)) {
                TagPopulationTarget.settings(profile, faults);
            }
        }

        @Override
        DeviceTarget target(Profile profile, PrintStream progress, Clock clock, java.nio.file.Path evidenceDir) {
            return new TagPopulationTarget(profile, progress, clock);
        }
    },

    MQTT_BROKER("mqtt-broker", List.of("mosquitto", "live"), new CatalogueScope(Map.of(
            "server", Set.of("mqtt-3.1.1", "mqtt-5.0", "iomt-mqtt-security")))) {
        @Override
        void preflightClass(Profile profile) throws ProfileException, UnknownFaultException {
            brokerFaults(profile);
            List<ProfileProblem> problems = new java.util.ArrayList<>();
            boolean live = "live".equals(profile.get(ProfileKeys.TARGET_KIND));
            if (live && profile.find(ProfileKeys.BROKER_TLS_PORT).isEmpty() && Boolean.parseBoolean(profile.claims().get("mqtt.tls"))) {
                problems.add(new ProfileProblem("target.broker.tls", "required: the profile claims mqtt.tls"));
            }
            if (live && profile.find(ProfileKeys.USERNAME).isEmpty()
                    && Boolean.parseBoolean(profile.claims().get("mqtt.authentication"))) {
                problems.add(new ProfileProblem("target.credentials", "required: the profile claims mqtt.authentication"));
            }
            if (!live && profile.states("target.broker")) {
                problems.add(new ProfileProblem("target.broker", "a mosquitto target is started by the suite; only a live "
                        + "target names a broker"));
            }
            if (!problems.isEmpty()) {
                throw new ProfileException(profile.file(), problems);
            }
        }

        @Override
        DeviceTarget target(Profile profile, PrintStream progress, Clock clock, java.nio.file.Path evidenceDir)
                throws UnknownFaultException {
            return new BrokerTarget(profile, brokerFaults(profile), progress, clock, evidenceDir);
        }

        @Override
        boolean scenariosRunInParallel() {
            return true;
        }
    };

    /** The faults of the proxy in front of a mosquitto target. */
    static java.util.Set<org.iomt.simulators.broker.BrokerFault> brokerFaults(Profile profile) throws UnknownFaultException {
        return FaultNames.parse(org.iomt.simulators.broker.BrokerFault.class, profile.get(ProfileKeys.FAULTS), "MQTT broker proxy");
    }

    private final String name;
    private final List<String> targetKinds;
    private final CatalogueScope scope;

    DeviceClass(String name, List<String> targetKinds, CatalogueScope scope) {
        this.name = name;
        this.targetKinds = targetKinds;
        this.scope = scope;
    }

    static DeviceClass of(Profile profile) {
        String device = profile.get(ProfileKeys.DEVICE);
        for (DeviceClass c : values()) {
            if (c.name.equals(device)) {
                return c;
            }
        }
        throw new IllegalStateException("the profile schema admits device class " + device + ", which the runner does not know");
    }

    /** The rows of the requirement catalogue that bind this class: what a run's scope is counted against. */
    CatalogueScope scope() {
        return scope;
    }

    /** Everything checked of a profile before a run starts anything, beyond the schema. */
    void preflight(Profile profile) throws ProfileException, UnknownFaultException {
        String kind = profile.get(ProfileKeys.TARGET_KIND);
        if (!targetKinds.contains(kind)) {
            throw new ProfileException(profile.file(), List.of(new ProfileProblem("target.kind",
                    "a " + name + " is certified with a target of kind " + String.join(" or ", targetKinds) + ", not " + kind)));
        }
        boolean simulated = simulated(profile) || "mosquitto".equals(kind);
        if (!simulated && !profile.get(ProfileKeys.FAULTS).isEmpty()) {
            throw new ProfileException(profile.file(), List.of(new ProfileProblem("target.faults",
                    "faults are switched on in the built-in simulator (or the proxy in front of a mosquitto target); " + ("export".equals(kind) ? "an " : "a ") + kind
                            + " target has none")));
        }
        if (!"live".equals(kind) && profile.find(ProfileKeys.LISTEN_PORT).isPresent()) {
            throw new ProfileException(profile.file(), List.of(new ProfileProblem("target.listen",
                    "only a live target listens for a device")));
        }
        if (!"export".equals(kind) && profile.find(ProfileKeys.EXPORT_FILE).isPresent()) {
            throw new ProfileException(profile.file(), List.of(new ProfileProblem("target.file", "only an export target reads a file")));
        }
        if (!simulated && profile.states("target.population")) {
            throw new ProfileException(profile.file(), List.of(new ProfileProblem("target.population",
                    "only the built-in population of a simulated target has a size and seed")));
        }
        if ("export".equals(kind)) {
            java.nio.file.Path file = exportFile(profile);
            if (!java.nio.file.Files.isReadable(file)) {
                throw new ProfileException(profile.file(), List.of(new ProfileProblem("target.file",
                        "no readable file at " + file + " (the path is relative to the profile's folder)")));
            }
        }
        preflightClass(profile);
    }

    /** A file a profile names, resolved against the profile's folder. */
    static java.nio.file.Path relative(Profile profile, org.iomt.suites.profile.ProfileKey<String> key) {
        return java.nio.file.Path.of(profile.file()).toAbsolutePath().getParent().resolve(profile.get(key));
    }

    /** The export a profile names, resolved against the profile's folder. */
    static java.nio.file.Path exportFile(Profile profile) {
        return java.nio.file.Path.of(profile.file()).toAbsolutePath().getParent().resolve(profile.get(ProfileKeys.EXPORT_FILE));
    }

    abstract void preflightClass(Profile profile) throws ProfileException, UnknownFaultException;

    /** Makes the target of a run; {@code evidenceDir} takes files a target keeps as evidence, such as a broker's log. */
    abstract DeviceTarget target(Profile profile, PrintStream progress, Clock clock, java.nio.file.Path evidenceDir)
            throws UnknownFaultException;

    /** Whether the class's scenarios are independent enough to run at the same time. */
    boolean scenariosRunInParallel() {
        return false;
    }

    private static boolean simulated(Profile profile) {
        return "simulated".equals(profile.get(ProfileKeys.TARGET_KIND));
    }
}
