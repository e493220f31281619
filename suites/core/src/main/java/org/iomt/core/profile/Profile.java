package org.iomt.core.profile;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded, valid profile: read it through {@link ProfileKeys}. Secrets are resolved from the environment here
 * and never leave through {@link #claims()} or {@link #overrides()}.
 */
public final class Profile {

    private final String file;
    private final String sha256;
    private final JsonNode root;
    private final Map<String, String> overrides;

    Profile(String file, String sha256, JsonNode root, Map<String, String> overrides) {
        this.file = file;
        this.sha256 = sha256;
        this.root = root;
        this.overrides = Map.copyOf(overrides);
    }

    public String file() {
        return file;
    }

    public String sha256() {
        return sha256;
    }

    /** The key's value, its default when the profile gives none, or empty for an unstated claim. */
    public <T> Optional<T> find(ProfileKey<T> key) {
        JsonNode node = at(key.path());
        return node == null ? key.fallback() : Optional.of(key.reader().apply(node));
    }

    /** The key's value or default; for a claim the profile must state. */
    public <T> T get(ProfileKey<T> key) {
        return find(key).orElseThrow(() -> new IllegalStateException(
                "profile " + file + " does not state " + key.path() + " (" + key.meaning() + ")"));
    }

    /** A file the profile names, resolved against the profile's folder. */
    public java.nio.file.Path relative(ProfileKey<String> key) {
        return java.nio.file.Path.of(file).toAbsolutePath().getParent().resolve(get(key));
    }

    /** Whether the profile itself (not a default) gives a value at this dotted path. */
    public boolean states(String dottedPath) {
        return at(dottedPath) != null;
    }

    /** Every claim flattened to dotted keys without the {@code claims.} prefix: what {@code @pics:} tags test. */
    public Map<String, String> claims() {
        Map<String, String> flat = new LinkedHashMap<>();
        JsonNode claims = root.get("claims");
        if (claims != null) {
            flatten("", claims, flat);
        }
        return flat;
    }

    /** The {@code --set} overrides as given, for the run record (secrets are never set this way). */
    public Map<String, String> overrides() {
        return overrides;
    }

    private JsonNode at(String dottedPath) {
        JsonNode node = root;
        for (String part : dottedPath.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node == null || node.isNull() ? null : node;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out));
        } else if (node.isArray()) {
            StringBuilder joined = new StringBuilder();
            node.forEach(v -> joined.append(joined.length() == 0 ? "" : ",").append(v.asText()));
            out.put(prefix, joined.toString());
        } else {
            out.put(prefix, node.asText());
        }
    }
}
