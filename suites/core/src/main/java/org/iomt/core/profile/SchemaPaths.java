package org.iomt.core.profile;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every dotted path the profile schemas name (the core's and every device class's fragment), so that a mistyped {@code --set} key is told
 * apart from a real one and the nearest real one can be suggested.
 */
final class SchemaPaths {

    /** Deep enough for the schema's nesting and its references; a reference cycle stops here. */
    private static final int MAX_DEPTH = 32;

    private final Set<String> paths = new TreeSet<>();
    /** Mappings whose keys are free (additionalProperties is a schema): any path below them is admitted. */
    private final Set<String> free = new TreeSet<>();

    /** @param schemas whole schemas of the profile document, each resolving its own {@code $ref}s */
    SchemaPaths(List<JsonNode> schemas) {
        for (JsonNode schema : schemas) {
            walk(schema, schema, "", 0);
        }
    }

    /** Whether the schema names {@code path}, or a mapping above it takes any key. */
    boolean admits(String path) {
        return paths.contains(path) || free.stream().anyMatch(f -> path.startsWith(f + "."));
    }

    /** The named path nearest a mistyped one, if one is close. */
    Optional<String> nearest(String path) {
        return NearestName.to(path, paths);
    }

    private void walk(JsonNode root, JsonNode node, String prefix, int depth) {
        if (node == null || !node.isObject() || depth > MAX_DEPTH) {
            return;
        }
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.asText().startsWith("#/")) {
            walk(root, root.at(ref.asText().substring(1)), prefix, depth + 1);
        }
        for (String combinator : new String[] {"allOf", "anyOf", "oneOf"}) {
            for (JsonNode branch : node.path(combinator)) {
                walk(root, branch, prefix, depth + 1);
            }
        }
        walk(root, node.get("then"), prefix, depth + 1);
        walk(root, node.get("else"), prefix, depth + 1);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String path = prefix.isEmpty() ? property.getKey() : prefix + "." + property.getKey();
            paths.add(path);
            walk(root, property.getValue(), path, depth + 1);
        }
        JsonNode additional = node.get("additionalProperties");
        if (!prefix.isEmpty() && (node.has("patternProperties") || additional != null && (additional.isObject()
                || additional.isBoolean() && additional.asBoolean()))) {
            free.add(prefix);
        }
    }
}
