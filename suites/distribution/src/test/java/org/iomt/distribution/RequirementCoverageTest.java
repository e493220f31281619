package org.iomt.distribution;

import org.iomt.core.catalogue.CatalogueException;
import org.iomt.core.catalogue.CatalogueScope;
import org.iomt.core.catalogue.FeatureIndex;
import org.iomt.core.catalogue.Requirement;
import org.iomt.core.catalogue.RequirementCatalogue;
import org.iomt.core.spi.DeviceClassProvider;
import org.iomt.core.spi.DeviceClasses;
import org.iomt.core.spi.SelfTests;
import org.iomt.reports.record.Level;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The catalogue and the features agree in both directions, counted by role and device class: a row is covered by a
 * scenario of a class whose scope holds it, not by any scenario citing its id; and every fault case names rows that
 * exist and that its class judges.
 */
@Tag("small")
class RequirementCoverageTest {

    /** The heading of docs/catalogue.md that lists the rows some of the classes they bind leave to the others. */
    static final String ONE_CLASS_ONLY = "### Rows judged for one role only";

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
    void everyRowHasAScenarioOfAClassItBindsOrSaysWhyItIsNotTested() {
        RoleCoverage coverage = coverage();
        coverage.judgedForSomeClassesOnly(catalogue.all()).forEach((row, classes) ->
                System.out.println("judged for some classes only: " + row + " has no scenario of " + classes));
        assertEquals(List.of(), coverage.uncovered(catalogue.all()),
                "rows with neither a scenario of a device class they bind nor a not_tested_reason");
    }

    @Test
    void theRowsJudgedForSomeClassesOnlyAreTheOnesTheDocsList() throws Exception {
        Set<String> documented = new TreeSet<>();
        boolean inSection = false;
        for (String line : Files.readAllLines(Certifications.HOME.resolve("docs/catalogue.md"))) {
            if (line.startsWith("#")) {
                inSection = line.equals(ONE_CLASS_ONLY);
            } else if (inSection && line.startsWith("- `")) {
                documented.add(line.substring(3, line.indexOf('`', 3)));
            }
        }
        assertEquals(new TreeSet<>(coverage().judgedForSomeClassesOnly(catalogue.all()).keySet()), documented,
                "docs/catalogue.md, section \"" + ONE_CLASS_ONLY + "\"");
    }

    @Test
    void everyScenarioCitesOnlyRowsOfTheRoleItsClassPlays() {
        assertEquals(List.of(), coverage().citedOutsideTheirRole(catalogue),
                "a server row is cited only by broker-role scenarios, a client row only by device-role ones, a both row by either");
    }

    @Test
    void aScenarioCitingARowOfAnotherRoleIsCaught() {
        RoleCoverage coverage = new RoleCoverage(Map.of("broker", new CatalogueScope(Map.of("server", Set.of("mqtt-3.1.1")))),
                List.of(new FeatureIndex.IndexedScenario("a.feature", "broker judges a client's duty",
                        List.of("@device:broker", "@req:mqtt-3.1.1:MQTT-3.1.0-1")),
                        new FeatureIndex.IndexedScenario("b.feature", "broker judges its own duty",
                                List.of("@device:broker", "@req:mqtt-3.1.1:MQTT-4.8.0-1"))));
        assertEquals(List.of("broker: mqtt-3.1.1:MQTT-3.1.0-1 (role client) in a.feature \"broker judges a client's duty\""),
                coverage.citedOutsideTheirRole(catalogue));
    }

    @Test
    void aScenarioOfAnotherRoleDoesNotCoverARow() {
        Requirement client = row("client", "C-1", "");
        Requirement both = row("both", "B-1", "");
        Requirement reasoned = row("server", "S-1", "no broker can be made to break it");
        RoleCoverage coverage = new RoleCoverage(Map.of(
                "patch", new CatalogueScope(Map.of("client", Set.of("mini"))),
                "broker", new CatalogueScope(Map.of("server", Set.of("mini")))), List.of(
                new FeatureIndex.IndexedScenario("a.feature", "broker cites the client row", List.of("@device:broker", "@req:mini:C-1")),
                new FeatureIndex.IndexedScenario("b.feature", "broker judges the shared row", List.of("@device:broker", "@req:mini:B-1"))));
        assertAll(
                () -> assertEquals(List.of("mini:C-1 (role client, bound classes [patch])"),
                        coverage.uncovered(List.of(client, both, reasoned))),
                () -> assertEquals(Map.of("mini:B-1", Set.of("patch")), coverage.judgedForSomeClassesOnly(List.of(client, both, reasoned))));
    }

    private static Requirement row(String role, String id, String notTested) {
        return new Requirement("mini", id, "1", "a statement", Level.MUST, role, "", notTested);
    }

    private static RoleCoverage coverage() {
        Map<String, CatalogueScope> scopes = new TreeMap<>();
        DeviceClasses.all().forEach(c -> scopes.put(c.name(), c.scope()));
        return new RoleCoverage(scopes, scenarios);
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
    void everyFaultCaseNamesRowsThatAScenarioOfItsClassJudges() {
        List<String> problems = new ArrayList<>();
        for (DeviceClassProvider c : DeviceClasses.all()) {
            Set<String> judged = scenarios.stream().filter(s -> s.tagged("@device:").contains(c.name()))
                    .flatMap(s -> s.tagged("@req:").stream()).collect(Collectors.toSet());
            for (SelfTests.FaultCase fault : c.selfTests().faults()) {
                fault.violates().stream().filter(req -> !judged.contains(req) || catalogue.find(req).isEmpty())
                        .forEach(req -> problems.add(c.name() + ": " + fault.name() + " names " + req));
            }
        }
        assertEquals(List.of(), problems, "rows a fault case names that the catalogue lacks or no scenario of its class judges");
    }

    @Test
    void everyMustRowHasAFaultCaseThatMakesItFail() {
        Set<String> failable = DeviceClasses.all().stream().flatMap(c -> c.selfTests().faults().stream())
                .flatMap(f -> f.violates().stream()).collect(Collectors.toSet());
        List<String> unfailable = catalogue.all().stream()
                .filter(r -> r.level() == Level.MUST && r.notTested().isEmpty())
                .map(Requirement::key).filter(k -> !failable.contains(k)).toList();
        assertEquals(List.of(), unfailable, "MUST rows no fault case makes fail");
    }

    @Test
    void everyRowStatesTheClaimsItsScenariosNeed() {
        List<String> mismatches = new ArrayList<>();
        for (Requirement r : catalogue.all()) {
            Set<String> needed = scenarios.stream().filter(s -> s.tagged("@req:").contains(r.key()))
                    .flatMap(s -> s.tagged("@pics:").stream()).collect(Collectors.toCollection(TreeSet::new));
            Set<String> stated = r.pics().isBlank() ? Set.of()
                    : new TreeSet<>(List.of(r.pics().trim().split("\\s+")));
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
