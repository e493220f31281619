package org.iomt.broker;

import org.iomt.broker.profile.BrokerKeys;
import org.iomt.broker.target.BrokerProxySimulation;
import org.iomt.broker.target.BrokerTarget;
import org.iomt.broker.target.BrokerVariations;
import org.iomt.core.catalogue.CatalogueScope;
import org.iomt.core.profile.Profile;
import org.iomt.core.profile.ProfileException;
import org.iomt.core.profile.ProfileKey;
import org.iomt.core.profile.ProfileKeys;
import org.iomt.core.profile.ProfileProblem;
import org.iomt.core.spi.DeviceClassProvider;
import org.iomt.core.spi.DeviceTarget;
import org.iomt.core.spi.FaultNames;
import org.iomt.core.spi.SelfTests;
import org.iomt.core.spi.TargetContext;
import org.iomt.core.spi.UnknownFaultException;
import org.iomt.mqtt.drivers.MqttKeys;
import org.iomt.simulators.broker.BrokerFault;
import org.iomt.simulators.broker.BrokerVariation;
import org.iomt.standards.mqtt.MqttVersion;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An MQTT broker or a gateway's MQTT server, the server role: the suite connects as many clients at once. The target is
 * a Mosquitto the suite starts ({@code mosquitto}, with the fault proxy in front when faults are on) or a broker the
 * profile names ({@code live}).
 */
public final class MqttBrokerClass implements DeviceClassProvider {

    private static final String MOSQUITTO_PROFILE = "profiles/examples/mosquitto.yaml";
    /** Mosquitto without QoS 2 and retained messages, where the rules binding only such a broker apply. */
    private static final String LIMITED_MOSQUITTO_PROFILE = "profiles/examples/mosquitto-limited.yaml";
    /**
     * The wait for an answer in the self-tests: loopback answers take milliseconds, and 5 s leaves room for the nine
     * certifications the self-tests run at once on 2 cores (3 s left a control message late now and then).
     */
    private static final List<String> SHORT_WAITS = List.of("timers.response=5s");

    @Override
    public String name() {
        return "mqtt-broker";
    }

    @Override
    public List<String> targetKinds() {
        return List.of("mosquitto", "live");
    }

    @Override
    public Set<String> simulatedKinds() {
        return Set.of("mosquitto");
    }

    @Override
    public String profileSchema() {
        return "/org/iomt/broker/profile.schema.json";
    }

    @Override
    public List<ProfileKey<?>> profileKeys() {
        List<ProfileKey<?>> keys = new ArrayList<>(BrokerKeys.all());
        keys.addAll(MqttKeys.all());
        return keys;
    }

    @Override
    public CatalogueScope scope() {
        return new CatalogueScope(Map.of("server", Set.of("mqtt-3.1.1", "mqtt-5.0", "iomt-mqtt-security")));
    }

    @Override
    public List<String> gluePackages() {
        return List.of("org.iomt.broker.glue");
    }

    @Override
    public List<BrokerFault> faults() {
        return List.of(BrokerFault.values());
    }

    @Override
    public void preflight(Profile profile) throws ProfileException, UnknownFaultException {
        faults(profile);
        List<ProfileProblem> problems = new ArrayList<>();
        boolean live = "live".equals(profile.get(ProfileKeys.TARGET_KIND));
        if (live && profile.find(BrokerKeys.BROKER_TLS_PORT).isEmpty() && Boolean.parseBoolean(profile.claims().get("mqtt.tls"))) {
            problems.add(new ProfileProblem("target.broker.tls", "required: the profile claims mqtt.tls"));
        }
        if (live && profile.find(MqttKeys.USERNAME).isEmpty() && Boolean.parseBoolean(profile.claims().get("mqtt.authentication"))) {
            problems.add(new ProfileProblem("target.credentials", "required: the profile claims mqtt.authentication"));
        }
        if (live && profile.states(BrokerKeys.VARIATIONS.path())) {
            problems.add(new ProfileProblem(BrokerKeys.VARIATIONS.path(), "only a mosquitto target takes variations: a live "
                    + "broker behaves as it does"));
        }
        try {
            BrokerVariations.parse(profile.get(BrokerKeys.VARIATIONS));
        } catch (BrokerVariations.UnknownVariationException e) {
            problems.add(new ProfileProblem(BrokerKeys.VARIATIONS.path(), e.getMessage()));
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
    public DeviceTarget target(Profile profile, TargetContext context) throws UnknownFaultException {
        return new BrokerTarget(profile, faults(profile), variations(profile), context.progress(), context.clock(),
                context.evidenceDir());
    }

    @Override
    public boolean scenariosRunInParallel() {
        return true;
    }

    @Override
    public Optional<Object> simulator() {
        return Optional.of(new BrokerProxySimulation());
    }

    /**
     * The local Mosquitto as it is and with each variation the standards allow (each must be certified), the local
     * Mosquitto without QoS 2 and retained messages, and every fault behind the proxy in front of one of them (the
     * faults that break rules binding only a broker lacking those, in front of that one); a run covers the versions
     * the profile claims.
     */
    @Override
    public SelfTests selfTests() {
        List<SelfTests.FaultCase> cases = new ArrayList<>();
        for (BrokerFault fault : BrokerFault.values()) {
            Set<String> violates = new TreeSet<>(fault.violates(MqttVersion.V3_1_1));
            violates.addAll(fault.violates(MqttVersion.V5_0));
            List<String> overrides = new ArrayList<>(SHORT_WAITS);
            if (!fault.observableUnder().isEmpty()) {
                overrides.add("target.variations=[" + String.join(",",
                        fault.observableUnder().stream().map(BrokerVariation::label).toList()) + "]");
            }
            String profile = fault.needsALimitedBroker() ? LIMITED_MOSQUITTO_PROFILE : MOSQUITTO_PROFILE;
            cases.add(new SelfTests.FaultCase(fault.label() + (fault.needsALimitedBroker() ? " on limited mosquitto" : " on mosquitto")
                    + (fault.observableUnder().isEmpty() ? ""
                    : " with " + fault.observableUnder().stream().map(BrokerVariation::label).toList()), profile,
                    overrides, fault.label(), violates, fault.leavesUnjudged()));
        }
        List<SelfTests.Reference> references = new ArrayList<>();
        references.add(new SelfTests.Reference(MOSQUITTO_PROFILE, SHORT_WAITS, 80));
        references.add(new SelfTests.Reference(LIMITED_MOSQUITTO_PROFILE, SHORT_WAITS, 80));
        for (BrokerVariation variation : BrokerVariation.values()) {
            List<String> overrides = new ArrayList<>(SHORT_WAITS);
            overrides.add("target.variations=[" + variation.label() + "]");
            references.add(new SelfTests.Reference(MOSQUITTO_PROFILE, overrides, 80));
        }
        return new SelfTests(references, cases,
                List.of("mosquitto", "mosquitto_passwd", "openssl"));
    }

    /** The variations of the proxy in front of a mosquitto target; their names were checked by the preflight. */
    private static Set<BrokerVariation> variations(Profile profile) {
        try {
            return BrokerVariations.parse(profile.get(BrokerKeys.VARIATIONS));
        } catch (BrokerVariations.UnknownVariationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The faults of the proxy in front of a mosquitto target. */
    private static Set<BrokerFault> faults(Profile profile) throws UnknownFaultException {
        return FaultNames.parse(BrokerFault.class, profile.get(ProfileKeys.FAULTS), "MQTT broker proxy");
    }
}
