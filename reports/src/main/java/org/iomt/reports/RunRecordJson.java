package org.iomt.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.iomt.reports.record.RequirementResult;
import org.iomt.reports.record.RunRecord;
import org.iomt.reports.record.Verdict;

/**
 * Writes and reads {@code run.json}: the run record as pretty-printed JSON with ISO-8601 instants, enums by
 * name, fields in the record's own order and maps sorted by key. The top-level object also carries figures
 * derived from the record ({@link #DERIVED}) for readers that do not want to recompute them; reading ignores
 * them, so a record survives a write and a read unchanged. The {@code interrupted} section is written only for a
 * run that was stopped before its end.
 */
public final class RunRecordJson {

    /** Top-level fields computed from the record on writing and ignored on reading. */
    public static final List<String> DERIVED = List.of("certified", "scenarioTotals", "requirementTotals", "warnings");

    /** The field present only in the record of an interrupted run. */
    private static final String INTERRUPTED = "interrupted";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private RunRecordJson() {
    }

    /** The record as {@code run.json} text, derived figures included, ending with a line break. */
    public static String toJson(RunRecord r) {
        try {
            return MAPPER.writeValueAsString(toTree(r)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write run record " + r.runId() + " as JSON", e);
        }
    }

    /** Writes the record to {@code file} (UTF-8), creating parent directories as needed. */
    public static void write(RunRecord r, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, toJson(r), StandardCharsets.UTF_8);
    }

    /**
     * Reads a record written by {@link #write}. Derived figures are ignored; any other unknown field, or a
     * schema other than {@link RunRecord#SCHEMA}, is an error naming the file.
     */
    public static RunRecord read(Path file) throws IOException {
        return fromJson(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses {@code run.json} text; {@code source} names it in error messages. */
    public static RunRecord fromJson(String json, String source) throws IOException {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IOException(source + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (!(tree instanceof ObjectNode object)) {
            throw new IOException(source + " must hold a JSON object (a run record)");
        }
        JsonNode schema = object.get("schema");
        if (schema == null || !RunRecord.SCHEMA.equals(schema.asText())) {
            throw new IOException(source + ": schema must be \"" + RunRecord.SCHEMA + "\", found "
                    + (schema == null ? "none" : schema.toString()));
        }
        ObjectNode record = object.deepCopy();
        record.remove(DERIVED);
        try {
            return MAPPER.treeToValue(record, RunRecord.class);
        } catch (JsonProcessingException e) {
            throw new IOException(source + " is not a valid run record: " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectNode toTree(RunRecord r) {
        ObjectNode plain = MAPPER.valueToTree(r);
        ObjectNode out = MAPPER.createObjectNode();
        for (Map.Entry<String, JsonNode> field : plain.properties()) {
            if (field.getKey().equals(INTERRUPTED) && field.getValue().isNull()) {
                continue;
            }
            out.set(field.getKey(), field.getValue());
            if (field.getKey().equals("verdict")) {
                putDerived(r, out);
            }
        }
        if (!out.has("certified")) {
            putDerived(r, out);
        }
        return out;
    }

    private static void putDerived(RunRecord r, ObjectNode out) {
        out.put("certified", r.certified());
        out.set("scenarioTotals", totals(r.scenarioTotals()));
        out.set("requirementTotals", totals(r.requirementTotals()));
        ArrayNode warnings = out.putArray("warnings");
        r.warnings().stream().map(RequirementResult::id).forEach(warnings::add);
    }

    private static ObjectNode totals(Map<Verdict, Integer> totals) {
        ObjectNode node = MAPPER.createObjectNode();
        for (Verdict v : Verdict.values()) {
            node.put(v.name(), totals.getOrDefault(v, 0));
        }
        return node;
    }
}
