package org.iomt.suites.runner;

import org.iomt.suites.Certifications;
import org.iomt.suites.catalogue.CatalogueException;
import org.iomt.suites.catalogue.CatalogueScope;
import org.iomt.suites.catalogue.FeatureIndex;
import org.iomt.suites.catalogue.RequirementCatalogue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
        for (DeviceClass c : DeviceClass.values()) {
            for (FeatureIndex.IndexedScenario s : scenarios) {
                if (!s.tagged("@device:").contains(deviceName(c))) {
                    continue;
                }
                for (String key : s.tagged("@req:")) {
                    catalogue.find(key).filter(row -> !c.scope().covers(row))
                            .ifPresent(row -> outside.add(deviceName(c) + " cites " + key + " (role " + row.role() + ")"));
                }
            }
        }
        assertEquals(List.of(), outside);
    }

    @Test
    void everySetAndRoleOfAScopeHasRows() {
        List<String> empty = new ArrayList<>();
        for (DeviceClass c : DeviceClass.values()) {
            c.scope().setsByRole().forEach((role, sets) -> sets.forEach(set -> {
                CatalogueScope only = new CatalogueScope(Map.of(role, Set.of(set)));
                if (catalogue.all().stream().noneMatch(only::covers)) {
                    empty.add(deviceName(c) + ": no " + role + " row in " + set);
                }
            }));
        }
        assertEquals(List.of(), empty);
    }

    /** The device-class name profiles use: the constant's name in lower case, words joined by hyphens. */
    private static String deviceName(DeviceClass c) {
        return c.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
