package org.iomt.core.catalogue;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every scenario of {@code features/} as Cucumber compiles it (an outline gives one scenario per example row),
 * with the tags it inherits from its feature, rule and examples: what {@code iomt list} shows and what the
 * catalogue test checks against the requirement rows.
 */
public final class FeatureIndex {

    /**
     * One compiled scenario.
     *
     * @param uri  feature file relative to the features folder
     * @param name scenario name, example values filled in
     * @param tags every tag it carries
     */
    public record IndexedScenario(String uri, String name, List<String> tags) {

        public List<String> tagged(String prefix) {
            return tags.stream().filter(t -> t.startsWith(prefix)).map(t -> t.substring(prefix.length())).toList();
        }
    }

    private FeatureIndex() {
    }

    public static List<IndexedScenario> scan(Path featuresRoot) throws CatalogueException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(featuresRoot)) {
            files = walk.filter(p -> p.toString().endsWith(".feature")).sorted().toList();
        } catch (IOException e) {
            throw new CatalogueException("cannot read features from " + featuresRoot + ": " + e.getMessage());
        }
        GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(false).includePickles(true).build();
        List<IndexedScenario> scenarios = new ArrayList<>();
        for (Path file : files) {
            String uri = featuresRoot.relativize(file).toString().replace('\\', '/');
            List<Envelope> envelopes;
            try (Stream<Envelope> parsed = parser.parse(file)) {
                envelopes = parsed.toList();
            } catch (IOException e) {
                throw new CatalogueException("cannot read " + uri + ": " + e.getMessage());
            }
            for (Envelope envelope : envelopes) {
                if (envelope.getParseError().isPresent()) {
                    throw new CatalogueException(uri + ": " + envelope.getParseError().get().getMessage());
                }
                envelope.getPickle().ifPresent(p -> scenarios.add(indexed(uri, p)));
            }
        }
        return scenarios;
    }

    private static IndexedScenario indexed(String uri, Pickle pickle) {
        return new IndexedScenario(uri, pickle.getName(), pickle.getTags().stream().map(PickleTag::getName).toList());
    }
}
