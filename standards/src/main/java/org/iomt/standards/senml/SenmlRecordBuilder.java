package org.iomt.standards.senml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a record label by label, in call order. The typed methods set the RFC 8428 labels; {@link #field}
 * sets any label to any value, so faulty records (wrong types, unknown or must-understand labels,
 * numbers spelled in a given way via {@link SenmlNumberNode#of}) can be built on purpose.
 * Setting a label twice replaces its value and keeps its first position.
 */
public final class SenmlRecordBuilder {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Map<String, JsonNode> fields = new LinkedHashMap<>();

    SenmlRecordBuilder() {
    }

    public SenmlRecordBuilder baseName(String v) { return field(SenmlLabels.BASE_NAME, v); }

    public SenmlRecordBuilder baseTime(double v) { return field(SenmlLabels.BASE_TIME, v); }

    public SenmlRecordBuilder baseUnit(String v) { return field(SenmlLabels.BASE_UNIT, v); }

    public SenmlRecordBuilder baseValue(double v) { return field(SenmlLabels.BASE_VALUE, v); }

    public SenmlRecordBuilder baseSum(double v) { return field(SenmlLabels.BASE_SUM, v); }

    public SenmlRecordBuilder baseVersion(int v) { return field(SenmlLabels.BASE_VERSION, v); }

    public SenmlRecordBuilder name(String v) { return field(SenmlLabels.NAME, v); }

    public SenmlRecordBuilder unit(String v) { return field(SenmlLabels.UNIT, v); }

    public SenmlRecordBuilder value(double v) { return field(SenmlLabels.VALUE, v); }

    public SenmlRecordBuilder stringValue(String v) { return field(SenmlLabels.STRING_VALUE, v); }

    public SenmlRecordBuilder booleanValue(boolean v) { return field(SenmlLabels.BOOLEAN_VALUE, v); }

    /** Sets vd to the given text as is (callers encode base64url themselves, or send a faulty one). */
    public SenmlRecordBuilder dataValue(String base64url) { return field(SenmlLabels.DATA_VALUE, base64url); }

    public SenmlRecordBuilder sum(double v) { return field(SenmlLabels.SUM, v); }

    public SenmlRecordBuilder time(double v) { return field(SenmlLabels.TIME, v); }

    public SenmlRecordBuilder updateTime(double v) { return field(SenmlLabels.UPDATE_TIME, v); }

    /**
     * Sets any label to any value: a {@link JsonNode} is taken as is, anything else is converted the
     * way Jackson converts it (null becomes JSON null).
     */
    public SenmlRecordBuilder field(String label, Object value) {
        JsonNode node = value instanceof JsonNode n ? n : MAPPER.valueToTree(value);
        fields.put(label, node == null ? MAPPER.nullNode() : node);
        return this;
    }

    /** Removes a label, e.g. to derive a faulty record from a good builder. */
    public SenmlRecordBuilder remove(String label) {
        fields.remove(label);
        return this;
    }

    public SenmlRecord build() {
        return new SenmlRecord(fields);
    }
}
