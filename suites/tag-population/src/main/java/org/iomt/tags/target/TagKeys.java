package org.iomt.tags.target;

import org.iomt.core.profile.ProfileKey;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The profile keys of a tag population: its EPC claims, and the export or built-in population it is read from. */
public final class TagKeys {

    public static final ProfileKey<List<String>> EPC_SCHEMES =
            ProfileKey.texts("claims.epc.schemes", "EPC schemes the tags use, by tag URI name", "GS1 TDS §14");
    public static final ProfileKey<Map<String, Set<Integer>>> EPC_FILTERS = new ProfileKey<>("claims.epc.filters",
            Optional.of(Map.of()), "filter values each scheme's tags use", "GS1 TDS §10", TagKeys::filters);
    public static final ProfileKey<List<String>> COMPANY_PREFIXES =
            ProfileKey.texts("claims.epc.companyPrefixes", "GS1 Company Prefixes the tags are encoded under", "GS1 General Specifications §1.4");
    public static final ProfileKey<String> EXPORT_FILE =
            ProfileKey.text("target.file", null, "the reader export to judge, relative to the profile's folder", "DESIGN §6");
    public static final ProfileKey<Integer> POPULATION_SIZE =
            ProfileKey.integer("target.population.size", 200, "tags the built-in population holds", "DESIGN §7");
    public static final ProfileKey<Integer> POPULATION_SEED =
            ProfileKey.integer("target.population.seed", 1, "seed of the built-in population's serial numbers", "DESIGN §7");

    private TagKeys() {
    }

    private static Map<String, Set<Integer>> filters(com.fasterxml.jackson.databind.JsonNode node) {
        Map<String, Set<Integer>> filters = new java.util.TreeMap<>();
        node.fields().forEachRemaining(e -> {
            Set<Integer> values = new java.util.TreeSet<>();
            e.getValue().forEach(v -> values.add(v.asInt()));
            filters.put(e.getKey(), Set.copyOf(values));
        });
        return Map.copyOf(filters);
    }

    /** Every key of the holder, for the device class's list of keys. */
    public static java.util.List<ProfileKey<?>> all() {
        return java.util.List.of(EPC_SCHEMES, EPC_FILTERS, COMPANY_PREFIXES, EXPORT_FILE, POPULATION_SIZE, POPULATION_SEED);
    }
}
