package org.iomt.standards.gs1;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The GS1 Application Identifier table, loaded from {@code ai-table.txt} next to this class (data taken
 * from the GS1 Barcode Syntax Dictionary; the file header describes the format).
 */
public final class AiTable {
    private static final Map<String, AiDefinition> TABLE = load();

    private AiTable() {
    }

    /** The definition of exactly this AI. */
    public static Optional<AiDefinition> find(String ai) {
        return Optional.ofNullable(ai == null ? null : TABLE.get(ai));
    }

    /**
     * The AI that starts the given raw data (AI digits followed by the value): the longest prefix of
     * 2 to 4 characters that is a known AI.
     */
    public static Optional<AiDefinition> prefixOf(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        for (int n = Math.min(4, raw.length()); n >= 2; n--) {
            AiDefinition d = TABLE.get(raw.substring(0, n));
            if (d != null) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** Every definition, in AI order. */
    public static Collection<AiDefinition> all() {
        return Collections.unmodifiableCollection(TABLE.values());
    }

    private static Map<String, AiDefinition> load() {
        Map<String, AiDefinition> table = new LinkedHashMap<>();
        try (InputStream in = AiTable.class.getResourceAsStream("ai-table.txt")) {
            if (in == null) {
                throw new IllegalStateException("ai-table.txt is missing next to " + AiTable.class.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                try {
                    parseLine(line, table);
                } catch (RuntimeException e) {
                    throw new IllegalStateException("ai-table.txt line " + lineNo + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }

    private static void parseLine(String line, Map<String, AiDefinition> table) {
        int hash = line.indexOf('#');
        String title = hash < 0 ? "" : line.substring(hash + 1).trim();
        String[] tokens = (hash < 0 ? line : line.substring(0, hash)).trim().split("\\s+");
        String range = tokens[0];
        String flags = tokens[1];
        List<AiComponent> components = new ArrayList<>();
        List<List<String>> requires = new ArrayList<>();
        List<String> excludes = new ArrayList<>();
        Optional<List<List<String>>> dl = Optional.empty();
        for (int i = 2; i < tokens.length; i++) {
            String t = tokens[i];
            if (t.startsWith("req=")) {
                requires.add(Arrays.asList(t.substring(4).split(",")));
            } else if (t.startsWith("ex=")) {
                excludes.addAll(Arrays.asList(t.substring(3).split(",")));
            } else if (t.equals("dlpkey")) {
                dl = Optional.of(List.of(List.of()));
            } else if (t.startsWith("dlpkey=")) {
                List<List<String>> paths = new ArrayList<>();
                for (String alt : t.substring(7).split("\\|")) {
                    paths.add(Arrays.asList(alt.split(",")));
                }
                dl = Optional.of(paths);
            } else {
                components.add(component(t));
            }
        }
        String first = range;
        String last = range;
        int dash = range.indexOf('-');
        if (dash > 0) {
            first = range.substring(0, dash);
            last = range.substring(dash + 1);
        }
        int width = first.length();
        for (int n = Integer.parseInt(first); n <= Integer.parseInt(last); n++) {
            String ai = String.format("%0" + width + "d", n);
            table.put(ai, new AiDefinition(ai, title, flags.contains("*"), flags.contains("!"), flags.contains("?"),
                    components, requires, excludes, dl));
        }
    }

    private static AiComponent component(String token) {
        String[] parts = token.split(",");
        String spec = parts[0];
        boolean optional = spec.startsWith("[");
        if (optional) {
            spec = spec.substring(1, spec.indexOf(']'));
        }
        char charset = spec.charAt(0);
        if ("NXYZ".indexOf(charset) < 0) {
            throw new IllegalArgumentException("unknown character set in " + token);
        }
        int min;
        int max;
        if (spec.startsWith("..", 1)) {
            min = 1;
            max = Integer.parseInt(spec.substring(3));
        } else {
            min = Integer.parseInt(spec.substring(1));
            max = min;
        }
        return new AiComponent(charset, min, max, optional, Arrays.asList(parts).subList(1, parts.length));
    }
}
