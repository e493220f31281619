package org.iomt.core.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import org.iomt.core.spi.DeviceClassProvider;
import org.iomt.core.spi.DeviceClasses;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema a profile must meet: the core schema, which every device class shares, and the fragment of the class
 * its {@code device} names, which each provider ships as a resource of its own module.
 */
final class ProfileSchema {

    private final Schema core;
    private final Map<String, Schema> fragments;
    private final SchemaPaths paths;

    private ProfileSchema(Schema core, Map<String, Schema> fragments, SchemaPaths paths) {
        this.core = core;
        this.fragments = fragments;
        this.paths = paths;
    }

    /** The core schema from {@code coreFile} and the fragment of every device class on the class path. */
    static ProfileSchema read(Path coreFile) throws IOException {
        ObjectMapper json = new ObjectMapper();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        JsonNode coreNode = json.readTree(coreFile.toFile());
        List<JsonNode> nodes = new ArrayList<>(List.of(coreNode));
        Map<String, Schema> fragments = new LinkedHashMap<>();
        for (DeviceClassProvider provider : DeviceClasses.all()) {
            JsonNode fragment = fragment(json, provider);
            nodes.add(fragment);
            fragments.put(provider.name(), registry.getSchema(fragment));
        }
        return new ProfileSchema(registry.getSchema(coreNode), fragments, new SchemaPaths(nodes));
    }

    private static JsonNode fragment(ObjectMapper json, DeviceClassProvider provider) throws IOException {
        try (InputStream in = provider.getClass().getResourceAsStream(provider.profileSchema())) {
            if (in == null) {
                throw new IOException("the " + provider.name() + " device class ships no profile schema at " + provider.profileSchema());
            }
            return json.readTree(in);
        }
    }

    /** Every problem the core schema and the named class's fragment find, core first, each once. */
    List<ProfileProblem> validate(JsonNode root) {
        List<ProfileProblem> problems = new ArrayList<>();
        collect(core, root, problems);
        JsonNode device = root.get("device");
        if (device != null && device.isTextual() && !device.asText().isEmpty()) {
            Schema fragment = fragments.get(device.asText());
            if (fragment == null) {
                problems.add(new ProfileProblem("device", "no device class " + device.asText() + "; the suite knows "
                        + String.join(", ", DeviceClasses.names())));
            } else {
                collect(fragment, root, problems);
            }
        }
        return problems.stream().distinct().toList();
    }

    /** Every dotted path the core schema or any class's fragment names. */
    SchemaPaths paths() {
        return paths;
    }

    private static void collect(Schema schema, JsonNode root, List<ProfileProblem> problems) {
        for (Error error : schema.validate(root)) {
            problems.add(new ProfileProblem(dotted(error.getInstanceLocation()), describe(error)));
        }
    }

    private static String describe(Error error) {
        String message = error.getMessage();
        int colon = message.indexOf(": ");
        // the validator prefixes the message with the instance location, which we print separately
        return message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message;
    }

    private static String dotted(NodePath path) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                b.append('[').append(index).append(']');
            } else {
                b.append(b.length() == 0 ? "" : ".").append(element);
            }
        }
        return b.length() == 0 ? "(top level)" : b.toString();
    }
}
