package org.iomt.standards.senml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One SenML record exactly as it was sent: every label in the order received, unknown labels included.
 * The typed accessors are empty when the label is absent or carries the wrong JSON type; the
 * validator reports the type problem.
 */
public record SenmlRecord(Map<String, JsonNode> fields) {

    public SenmlRecord {
        Objects.requireNonNull(fields, "fields");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static SenmlRecordBuilder builder() {
        return new SenmlRecordBuilder();
    }

    public boolean has(String label) { return fields.containsKey(label); }

    public Optional<JsonNode> field(String label) { return Optional.ofNullable(fields.get(label)); }

    public Optional<String> baseName() { return text(SenmlLabels.BASE_NAME); }

    public Optional<Double> baseTime() { return number(SenmlLabels.BASE_TIME); }

    public Optional<String> baseUnit() { return text(SenmlLabels.BASE_UNIT); }

    public Optional<Double> baseValue() { return number(SenmlLabels.BASE_VALUE); }

    public Optional<Double> baseSum() { return number(SenmlLabels.BASE_SUM); }

    /** The base version; empty unless it is a number with an integral value. */
    public Optional<Integer> baseVersion() {
        JsonNode node = fields.get(SenmlLabels.BASE_VERSION);
        if (node == null || !node.isNumber()) {
            return Optional.empty();
        }
        double d = node.doubleValue();
        if (d != Math.rint(d) || d > Integer.MAX_VALUE || d < Integer.MIN_VALUE) {
            return Optional.empty();
        }
        return Optional.of((int) d);
    }

    public Optional<String> name() { return text(SenmlLabels.NAME); }

    public Optional<String> unit() { return text(SenmlLabels.UNIT); }

    public Optional<Double> value() { return number(SenmlLabels.VALUE); }

    public Optional<String> stringValue() { return text(SenmlLabels.STRING_VALUE); }

    public Optional<Boolean> booleanValue() {
        JsonNode node = fields.get(SenmlLabels.BOOLEAN_VALUE);
        return node != null && node.isBoolean() ? Optional.of(node.booleanValue()) : Optional.empty();
    }

    /** The data value as sent (base64url text, not decoded). */
    public Optional<String> dataValue() { return text(SenmlLabels.DATA_VALUE); }

    public Optional<Double> sum() { return number(SenmlLabels.SUM); }

    public Optional<Double> time() { return number(SenmlLabels.TIME); }

    public Optional<Double> updateTime() { return number(SenmlLabels.UPDATE_TIME); }

    private Optional<String> text(String label) {
        JsonNode node = fields.get(label);
        return node != null && node.isTextual() ? Optional.of(node.textValue()) : Optional.empty();
    }

    private Optional<Double> number(String label) {
        JsonNode node = fields.get(label);
        return node != null && node.isNumber() ? Optional.of(node.doubleValue()) : Optional.empty();
    }
}
