package org.iomt.core.profile;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a profile: YAML, then {@code --set} overrides, then the JSON Schema (the core's and the device class's), then
 * {@code ${ENV}} secrets. Every problem is collected and reported with its path; nothing is half-loaded.
 */
public final class ProfileLoader {

    private static final Pattern SECRET = Pattern.compile("\\$\\{([A-Z_][A-Z0-9_]*)}");
    private static final List<String> SECRET_PATHS = List.of("target.credentials.username", "target.credentials.password");
    /** Where the secrets live: a mistyped key near them is echoed without its value. */
    private static final String SECRETS = "target.credentials";

    private final ObjectMapper yaml;
    private final ProfileSchema schema;

    /** @param schemaFile the core schema; each device class's fragment is read from its provider's module */
    public ProfileLoader(Path schemaFile) throws IOException {
        this.yaml = new ObjectMapper(new YAMLFactory());
        this.yaml.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.schema = ProfileSchema.read(schemaFile);
    }

    /**
     * @param file      the profile
     * @param sets      {@code key=value} overrides; the key is a dotted path, the value is read as YAML, and
     *                  {@code key=null} removes the key
     * @param env       looks up environment variables for {@code ${NAME}} secrets
     */
    public Profile load(Path file, List<String> sets, UnaryOperator<String> env) throws ProfileException {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw problem(name, "(file)", "no such file");
        } catch (IOException e) {
            throw problem(name, "(file)", "cannot be read: " + e.getMessage());
        }
        JsonNode root;
        try {
            root = yaml.readTree(bytes);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "(file)"
                    : "(line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw problem(name, where, "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw problem(name, "(file)", "cannot be read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw problem(name, "(file)", "a profile is a YAML mapping; this file holds " + (root == null ? "nothing" : root.getNodeType()));
        }
        List<ProfileProblem> optionProblems = new ArrayList<>();
        Map<String, String> overrides = applySets((ObjectNode) root, sets, optionProblems);
        if (!optionProblems.isEmpty()) {
            throw ProfileException.inOptions(optionProblems);
        }
        List<ProfileProblem> problems = new ArrayList<>(schema.validate(root));
        if (problems.isEmpty()) {
            resolveSecrets((ObjectNode) root, env, problems);
        }
        if (!problems.isEmpty()) {
            throw new ProfileException(name, problems);
        }
        return new Profile(name, sha256(bytes), root, overrides);
    }

    /** Applies each {@code key=value}; what cannot be applied is a problem of the option, located by the option. */
    private Map<String, String> applySets(ObjectNode root, List<String> sets, List<ProfileProblem> problems) {
        Map<String, String> applied = new LinkedHashMap<>();
        for (String set : sets) {
            int eq = set.indexOf('=');
            if (eq <= 0) {
                problems.add(new ProfileProblem("--set " + set, "expected key=value, such as claims.mqtt.qos=0"));
                continue;
            }
            String key = set.substring(0, eq).trim();
            String text = set.substring(eq + 1);
            if (SECRET_PATHS.contains(key)) {
                problems.add(new ProfileProblem("--set " + key, "secrets cannot be set on the command line; use a ${ENV} reference in the profile"));
                continue;
            }
            if (!schema.paths().admits(key)) {
                Optional<String> near = schema.paths().nearest(key);
                boolean secret = key.startsWith(SECRETS) || near.filter(n -> n.startsWith(SECRETS)).isPresent();
                problems.add(new ProfileProblem("--set " + (secret ? key : set), "no such key"
                        + near.map(n -> " (did you mean " + n + "?)").orElse(" in the profile schema")));
                continue;
            }
            JsonNode value;
            try {
                value = text.isEmpty() ? root.textNode("") : yaml.readTree(text);
            } catch (JsonProcessingException e) {
                problems.add(new ProfileProblem("--set " + set, "the value is not valid YAML: " + e.getOriginalMessage()));
                continue;
            }
            String[] parts = key.split("\\.");
            ObjectNode parent = root;
            boolean ok = true;
            for (int i = 0; i < parts.length - 1 && ok; i++) {
                JsonNode child = parent.get(parts[i]);
                if (child == null) {
                    parent = parent.putObject(parts[i]);
                } else if (child.isObject()) {
                    parent = (ObjectNode) child;
                } else {
                    problems.add(new ProfileProblem("--set " + set, "cannot set below " + String.join(".", List.of(parts).subList(0, i + 1))
                            + ", which is not a mapping"));
                    ok = false;
                }
            }
            if (ok) {
                if (value == null || value.isNull()) {
                    parent.remove(parts[parts.length - 1]); // key=null unsets the key
                } else {
                    parent.set(parts[parts.length - 1], value);
                }
                applied.put(key, text);
            }
        }
        return applied;
    }

    private static void resolveSecrets(ObjectNode root, UnaryOperator<String> env, List<ProfileProblem> problems) {
        for (String path : SECRET_PATHS) {
            String[] parts = path.split("\\.");
            JsonNode parent = root;
            for (int i = 0; i < parts.length - 1 && parent != null; i++) {
                parent = parent.get(parts[i]);
            }
            if (parent == null || parent.get(parts[parts.length - 1]) == null) {
                continue;
            }
            Matcher m = SECRET.matcher(parent.get(parts[parts.length - 1]).asText());
            if (m.matches()) {
                String value = env.apply(m.group(1));
                if (value == null) {
                    problems.add(new ProfileProblem(path, "environment variable " + m.group(1) + " is not set"));
                } else {
                    ((ObjectNode) parent).put(parts[parts.length - 1], value);
                }
            }
        }
    }

    private static ProfileException problem(String file, String path, String message) {
        return new ProfileException(file, List.of(new ProfileProblem(path, message)));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
