package org.iomt.distribution;

import org.iomt.core.catalogue.CatalogueException;
import org.iomt.core.catalogue.FeatureIndex;
import org.iomt.core.catalogue.Requirement;
import org.iomt.core.catalogue.RequirementCatalogue;
import org.iomt.simulators.broker.BrokerFault;
import org.iomt.simulators.patch.PatchFault;
import org.iomt.simulators.tags.TagFault;
import org.iomt.standards.mqtt.MqttVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The catalogue and the features agree in both directions, and every fault names rows that exist. */
@Tag("small")
class RequirementCoverageTest {

    private static RequirementCatalogue catalogue;
    private static List<FeatureIndex.IndexedScenario> scenarios;

    @BeforeAll
    static void load() throws CatalogueException {
        catalogue = RequirementCatalogue.load(Certifications.HOME.resolve("features/requirements"));
        scenarios = FeatureIndex.scan(Certifications.HOME.resolve("features"));
    }

    @Test
    void everyScenarioCitesExactlyOneRequirementThatTheCatalogueHas() {
        assertFalse(scenarios.isEmpty());
        List<String> problems = new ArrayList<>();
        for (FeatureIndex.IndexedScenario s : scenarios) {
            List<String> reqs = s.tagged("@req:");
            if (reqs.size() != 1) {
                problems.add(s.uri() + " \"" + s.name() + "\" cites " + reqs.size() + " requirements: " + reqs);
            } else if (catalogue.find(reqs.get(0)).isEmpty()) {
                problems.add(s.uri() + " \"" + s.name() + "\" cites " + reqs.get(0) + ", which no catalogue row defines");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyRowHasAScenarioOrSaysWhyItIsNotTested() {
        Set<String> cited = scenarios.stream().flatMap(s -> s.tagged("@req:").stream()).collect(Collectors.toSet());
        List<String> orphans = catalogue.all().stream()
                .filter(r -> !cited.contains(r.key()) && r.notTested().isEmpty())
                .map(Requirement::key).toList();
        assertEquals(List.of(), orphans, "rows with neither a scenario nor a not_tested_reason");
    }

    @Test
    void everyRowWithAScenarioHasNoNotTestedReason() {
        Set<String> cited = scenarios.stream().flatMap(s -> s.tagged("@req:").stream()).collect(Collectors.toSet());
        List<String> contradictions = catalogue.all().stream()
                .filter(r -> cited.contains(r.key()) && r.notTested().isPresent())
                .map(Requirement::key).toList();
        assertEquals(List.of(), contradictions);
    }

    @Test
    void everyFaultNamesRequirementsTheCatalogueHasAndAScenarioJudges() {
        Set<String> cited = scenarios.stream().flatMap(s -> s.tagged("@req:").stream()).collect(Collectors.toSet());
        List<String> problems = new ArrayList<>();
        for (PatchFault fault : PatchFault.values()) {
            for (MqttVersion version : MqttVersion.values()) {
                fault.violates(version).stream().filter(req -> !cited.contains(req))
                        .forEach(req -> problems.add(fault.label() + " (MQTT " + version.label() + ") names " + req));
            }
        }
        for (BrokerFault fault : BrokerFault.values()) {
            for (MqttVersion version : MqttVersion.values()) {
                fault.violates(version).stream().filter(req -> !cited.contains(req))
                        .forEach(req -> problems.add(fault.label() + " (MQTT " + version.label() + ") names " + req));
            }
        }
        for (TagFault fault : TagFault.values()) {
            fault.violates().stream().filter(req -> !cited.contains(req))
                    .forEach(req -> problems.add(fault.label() + " names " + req));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyMustRowHasAFaultThatMakesItFail() {
        Set<String> failable = new java.util.HashSet<>();
        for (PatchFault fault : PatchFault.values()) {
            for (MqttVersion version : MqttVersion.values()) {
                failable.addAll(fault.violates(version));
            }
        }
        for (BrokerFault fault : BrokerFault.values()) {
            for (MqttVersion version : MqttVersion.values()) {
                failable.addAll(fault.violates(version));
            }
        }
        for (TagFault fault : TagFault.values()) {
            failable.addAll(fault.violates());
        }
        List<String> unfailable = catalogue.all().stream()
                .filter(r -> r.level() == org.iomt.reports.record.Level.MUST && r.notTested().isEmpty())
                .map(Requirement::key).filter(k -> !failable.contains(k)).toList();
        assertEquals(List.of(), unfailable, "MUST rows no catalogued fault makes fail");
    }

    @Test
    void everyRowStatesTheClaimsItsScenariosNeed() {
        List<String> mismatches = new ArrayList<>();
        for (Requirement r : catalogue.all()) {
            Set<String> needed = scenarios.stream().filter(s -> s.tagged("@req:").contains(r.key()))
                    .flatMap(s -> s.tagged("@pics:").stream()).collect(Collectors.toCollection(java.util.TreeSet::new));
            Set<String> stated = r.pics().isBlank() ? Set.of()
                    : new java.util.TreeSet<>(List.of(r.pics().trim().split("\\s+")));
            if (!needed.equals(stated)) {
                mismatches.add(r.key() + ": pics column " + stated + ", scenarios need " + needed);
            }
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void everyScenarioBelongsToADeviceClass() {
        List<String> unclassed = scenarios.stream().filter(s -> s.tagged("@device:").isEmpty())
                .map(s -> s.uri() + " \"" + s.name() + "\"").toList();
        assertEquals(List.of(), unclassed);
    }
}
