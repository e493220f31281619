package org.iomt.tags;

import org.iomt.core.catalogue.CatalogueScope;
import org.iomt.core.profile.Profile;
import org.iomt.core.profile.ProfileException;
import org.iomt.core.profile.ProfileKey;
import org.iomt.core.profile.ProfileKeys;
import org.iomt.core.profile.ProfileProblem;
import org.iomt.core.spi.DeviceClassProvider;
import org.iomt.core.spi.DeviceTarget;
import org.iomt.core.spi.SelfTests;
import org.iomt.core.spi.TargetContext;
import org.iomt.core.spi.UnknownFaultException;
import org.iomt.simulators.Unjudged;
import org.iomt.simulators.tags.TagFault;
import org.iomt.tags.profile.TagKeys;
import org.iomt.tags.target.TagPopulationTarget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The UHF RFID tags of a tagged product, judged from a reader's export ({@code export}) or from the built-in population
 * ({@code simulated}) against the GS1 EPC Tag Data Standard and the Gen2 memory layout.
 */
public final class TagPopulationClass implements DeviceClassProvider {

    private static final String REFERENCE = "profiles/reference/tag-population.yaml";

    @Override
    public String name() {
        return "tag-population";
    }

    @Override
    public List<String> targetKinds() {
        return List.of("simulated", "export");
    }

    @Override
    public Set<String> simulatedKinds() {
        return Set.of("simulated");
    }

    @Override
    public String profileSchema() {
        return "/org/iomt/tags/profile.schema.json";
    }

    @Override
    public List<ProfileKey<?>> profileKeys() {
        return TagKeys.all();
    }

    /** The GTIN check digit of the tags' labels is a {@code device} row of the GS1 General Specifications. */
    @Override
    public CatalogueScope scope() {
        return new CatalogueScope(Map.of(
                "tag", Set.of("gs1-tds-2", "gs1-uhf-gen2", "iomt-tag-population"),
                "device", Set.of("gs1-genspecs")));
    }

    @Override
    public List<String> gluePackages() {
        return List.of("org.iomt.tags.glue");
    }

    @Override
    public List<TagFault> faults() {
        return List.of(TagFault.values());
    }

    @Override
    public void preflight(Profile profile) throws ProfileException, UnknownFaultException {
        if (profile.find(TagKeys.EPC_SCHEMES).map(List::isEmpty).orElse(true)) {
            throw new ProfileException(profile.file(), List.of(new ProfileProblem("claims.epc.schemes",
                    "required: the EPC schemes the tags use")));
        }
        boolean export = "export".equals(profile.get(ProfileKeys.TARGET_KIND));
        if (!export && profile.find(TagKeys.EXPORT_FILE).isPresent()) {
            throw new ProfileException(profile.file(), List.of(new ProfileProblem("target.file", "only an export target reads a file")));
        }
        if (export && profile.states("target.population")) {
            throw new ProfileException(profile.file(), List.of(new ProfileProblem("target.population",
                    "only the built-in population of a simulated target has a size and seed")));
        }
        if (export) {
            Path file = profile.relative(TagKeys.EXPORT_FILE);
            if (!Files.isReadable(file)) {
                throw new ProfileException(profile.file(), List.of(new ProfileProblem("target.file",
                        "no readable file at " + file + " (the path is relative to the profile's folder)")));
            }
            return;
        }
        TagPopulationTarget.settings(profile, TagPopulationTarget.faults(profile.get(ProfileKeys.FAULTS)));
    }

    @Override
    public DeviceTarget target(Profile profile, TargetContext context) {
        return new TagPopulationTarget(profile, context.progress(), context.clock());
    }

    @Override
    public SelfTests selfTests() {
        List<SelfTests.FaultCase> cases = Arrays.stream(TagFault.values()).map(f -> new SelfTests.FaultCase(
                f.label() + " on tag-population", REFERENCE, List.of(), f.label(), Set.copyOf(f.violates()), Unjudged.none())).toList();
        return new SelfTests(List.of(new SelfTests.Reference(REFERENCE, List.of(), 11),
                new SelfTests.Reference("profiles/examples/tag-population-export.yaml", List.of(), 9)), cases, List.of());
    }
}
