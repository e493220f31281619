package org.iomt.core.testclass;

import org.iomt.core.catalogue.CatalogueScope;
import org.iomt.core.model.EvidenceLog;
import org.iomt.core.profile.Profile;
import org.iomt.core.profile.ProfileKey;
import org.iomt.core.profile.ProfileKeys;
import org.iomt.core.spi.DeviceClassProvider;
import org.iomt.core.spi.DeviceTarget;
import org.iomt.core.spi.FaultNames;
import org.iomt.core.spi.SelfTests;
import org.iomt.core.spi.TargetContext;
import org.iomt.core.spi.UnknownFaultException;
import org.iomt.simulators.Unjudged;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** A clinical thermometer held in memory: the device class the core's tests add from their own class path. */
public final class ThermometerClass implements DeviceClassProvider {

    static final String REFERENCE = "profiles/reference/thermometer.yaml";

    @Override
    public String name() {
        return "thermometer";
    }

    @Override
    public List<String> targetKinds() {
        return List.of("simulated");
    }

    @Override
    public Set<String> simulatedKinds() {
        return Set.of("simulated");
    }

    @Override
    public String profileSchema() {
        return "/org/iomt/core/testclass/profile.schema.json";
    }

    @Override
    public List<ProfileKey<?>> profileKeys() {
        return ProfileKeys.all();
    }

    @Override
    public CatalogueScope scope() {
        return new CatalogueScope(Map.of("device", Set.of("test-thermometer")));
    }

    @Override
    public List<String> gluePackages() {
        return List.of("org.iomt.core.testclass.glue");
    }

    @Override
    public List<ThermometerFault> faults() {
        return List.of(ThermometerFault.values());
    }

    @Override
    public void preflight(Profile profile) throws UnknownFaultException {
        faults(profile);
    }

    @Override
    public DeviceTarget target(Profile profile, TargetContext context) throws UnknownFaultException {
        return new ThermometerTarget(new Thermometer(new EvidenceLog("thermometer", context.clock()), faults(profile)));
    }

    @Override
    public SelfTests selfTests() {
        ThermometerFault fault = ThermometerFault.READING_IN_FAHRENHEIT;
        return new SelfTests(List.of(new SelfTests.Reference(REFERENCE, List.of(), 1)), List.of(new SelfTests.FaultCase(
                fault.label(), REFERENCE, List.of(), fault.label(), Set.copyOf(fault.violates()), Unjudged.none())), List.of());
    }

    private static Set<ThermometerFault> faults(Profile profile) throws UnknownFaultException {
        return FaultNames.parse(ThermometerFault.class, profile.get(ProfileKeys.FAULTS), "test thermometer");
    }
}
