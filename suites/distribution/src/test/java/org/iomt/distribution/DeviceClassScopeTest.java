package org.iomt.distribution;

import org.iomt.core.catalogue.CatalogueException;
import org.iomt.core.catalogue.CatalogueScope;
import org.iomt.core.catalogue.FeatureIndex;
import org.iomt.core.catalogue.RequirementCatalogue;
import org.iomt.core.spi.DeviceClassProvider;
import org.iomt.core.spi.DeviceClasses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Each device class's scope holds every row its scenarios cite, and names only sets and roles the catalogue has. */
@Tag("small")
class DeviceClassScopeTest {

    private static RequirementCatalogue catalogue;
    private static List<FeatureIndex.IndexedScenario> scenarios;

    @BeforeAll
    static void load() throws CatalogueException {
        catalogue = RequirementCatalogue.load(Certifications.HOME.resolve("features/requirements"));
        scenarios = FeatureIndex.scan(Certifications.HOME.resolve("features"));
    }

    @Test
    void everyRowAClassCitesIsInItsScope() {
        List<String> outside = new ArrayList<>();
        for (DeviceClassProvider c : DeviceClasses.all()) {
            for (FeatureIndex.IndexedScenario s : scenarios) {
                if (!s.tagged("@device:").contains(c.name())) {
                    continue;
                }
                for (String key : s.tagged("@req:")) {
                    catalogue.find(key).filter(row -> !c.scope().covers(row))
                            .ifPresent(row -> outside.add(c.name() + " cites " + key + " (role " + row.role() + ")"));
                }
            }
        }
        assertEquals(List.of(), outside);
    }

    @Test
    void everySetAndRoleOfAScopeHasRows() {
        List<String> empty = new ArrayList<>();
        for (DeviceClassProvider c : DeviceClasses.all()) {
            c.scope().setsByRole().forEach((role, sets) -> sets.forEach(set -> {
                CatalogueScope only = new CatalogueScope(Map.of(role, Set.of(set)));
                if (catalogue.all().stream().noneMatch(only::covers)) {
                    empty.add(c.name() + ": no " + role + " row in " + set);
                }
            }));
        }
        assertEquals(List.of(), empty);
    }
}
