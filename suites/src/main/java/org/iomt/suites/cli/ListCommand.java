package org.iomt.suites.cli;

import org.iomt.reports.ExitCodes;
import org.iomt.suites.catalogue.CatalogueException;
import org.iomt.suites.catalogue.FeatureIndex;
import org.iomt.suites.catalogue.Requirement;
import org.iomt.suites.catalogue.RequirementCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code iomt list}: the requirement catalogue with the scenarios that cover each row and the claims they need. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the requirement catalogue: each requirement, the scenarios that test it and the claims they need.")
final class ListCommand implements Callable<Integer> {

    @Option(names = "--set-name", paramLabel = "SET", description = "Only this catalogue set, e.g. mqtt-3.1.1.")
    String onlySet;

    @Override
    public Integer call() {
        Path features = Iomt.home().resolve("features");
        try {
            RequirementCatalogue catalogue = RequirementCatalogue.load(features.resolve("requirements"));
            List<FeatureIndex.IndexedScenario> scenarios = FeatureIndex.scan(features);
            String set = null;
            for (Requirement r : catalogue.all()) {
                if (onlySet != null && !onlySet.equals(r.set())) {
                    continue;
                }
                if (!r.set().equals(set)) {
                    set = r.set();
                    System.out.printf("%n%s%n", set);
                }
                System.out.printf("  %-18s %-6s %s%n", r.id(), r.level(), r.summary());
                List<FeatureIndex.IndexedScenario> covering = scenarios.stream()
                        .filter(s -> s.tagged("@req:").contains(r.key())).toList();
                for (FeatureIndex.IndexedScenario s : covering) {
                    List<String> claims = s.tagged("@pics:");
                    System.out.printf("  %18s scenario: %s  [%s]%s%n", "", s.name(), s.uri(),
                            claims.isEmpty() ? "" : "  claims: " + String.join(", ", claims));
                }
                r.notTested().ifPresent(why -> System.out.printf("  %18s not tested: %s%n", "", why));
            }
            return ExitCodes.CERTIFIED;
        } catch (CatalogueException e) {
            System.err.println("iomt: " + e.getMessage());
            return ExitCodes.ERROR;
        }
    }
}
