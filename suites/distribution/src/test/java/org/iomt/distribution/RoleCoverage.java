package org.iomt.distribution;

import org.iomt.core.catalogue.CatalogueScope;
import org.iomt.core.catalogue.FeatureIndex;
import org.iomt.core.catalogue.Requirement;
import org.iomt.core.catalogue.RequirementCatalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which device classes judge each catalogue row: a scenario counts for a row only when its {@code @device:} class's
 * scope holds the row, so a device-role row is never covered by a broker-role scenario citing the same id.
 *
 * @param scopes    each device class's scope, by name
 * @param scenarios every scenario of the features
 */
record RoleCoverage(Map<String, CatalogueScope> scopes, List<FeatureIndex.IndexedScenario> scenarios) {

    /** The classes whose scope holds the row. */
    Set<String> boundClasses(Requirement row) {
        Set<String> bound = new TreeSet<>();
        scopes.forEach((name, scope) -> {
            if (scope.covers(row)) {
                bound.add(name);
            }
        });
        return bound;
    }

    /** The classes whose scope holds the row and that have a scenario of their own citing it. */
    Set<String> judgingClasses(Requirement row) {
        Set<String> judging = new TreeSet<>();
        for (String name : boundClasses(row)) {
            if (scenarios.stream().anyMatch(s -> s.tagged("@device:").contains(name) && s.tagged("@req:").contains(row.key()))) {
                judging.add(name);
            }
        }
        return judging;
    }

    /**
     * Scenarios that cite a row their own class does not bind (a broker-role scenario citing a {@code client} row),
     * each as "{@code <class>: <row> (role <role>) in <feature> "<scenario>"}": a row is judged only for the role it binds.
     */
    List<String> citedOutsideTheirRole(RequirementCatalogue catalogue) {
        List<String> outside = new ArrayList<>();
        for (FeatureIndex.IndexedScenario s : scenarios) {
            for (String name : s.tagged("@device:")) {
                CatalogueScope scope = scopes.get(name);
                for (String key : s.tagged("@req:")) {
                    catalogue.find(key).filter(row -> scope != null && !scope.covers(row)).ifPresent(row -> outside.add(
                            name + ": " + key + " (role " + row.role() + ") in " + s.uri() + " \"" + s.name() + "\""));
                }
            }
        }
        return outside;
    }

    /** Rows with no not-tested reason that no class they bind judges with a scenario of its own. */
    List<String> uncovered(Collection<Requirement> rows) {
        List<String> uncovered = new ArrayList<>();
        for (Requirement row : rows) {
            if (row.notTested().isEmpty() && judgingClasses(row).isEmpty()) {
                uncovered.add(row.key() + " (role " + row.role() + ", bound classes " + boundClasses(row) + ")");
            }
        }
        return uncovered;
    }

    /**
     * Rows judged by some of the classes they bind but not by others (a {@code both} row of MQTT that only the broker's
     * scenarios judge): for each row, the classes that bind it and have no scenario for it.
     */
    Map<String, Set<String>> judgedForSomeClassesOnly(Collection<Requirement> rows) {
        Map<String, Set<String>> partial = new TreeMap<>();
        for (Requirement row : rows) {
            Set<String> judging = judgingClasses(row);
            Set<String> missing = new TreeSet<>(boundClasses(row));
            missing.removeAll(judging);
            if (!judging.isEmpty() && !missing.isEmpty()) {
                partial.put(row.key(), missing);
            }
        }
        return partial;
    }
}
