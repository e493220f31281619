package org.iomt.reports.record;

import java.util.List;

/**
 * A scenario an interrupted run planned and never judged: it has no verdict, only its place and what it cites.
 *
 * @param id           stable identifier (feature file and line), as a {@link ScenarioResult}'s
 * @param name         the scenario title
 * @param feature      the feature title
 * @param uri          the feature file, relative to the features folder
 * @param line         line of the scenario in its feature file
 * @param tags         every Gherkin tag
 * @param requirements requirement ids ({@code <set>:<id>}) the scenario cites
 */
public record NotRunScenario(String id, String name, String feature, String uri, int line, List<String> tags,
                             List<String> requirements) {

    public NotRunScenario {
        tags = List.copyOf(tags);
        requirements = List.copyOf(requirements);
    }
}
