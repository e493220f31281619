package org.iomt.standards.senml;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Writes a pack as compact UTF-8 JSON, every field exactly as it is in the record (including wrong
 * types, unknown labels and numbers spelled via {@link SenmlNumberNode}), so that faults built by a
 * simulator reach the wire unchanged. Plain doubles are written with a lower-case exponent, as SenML
 * JSON requires; a different spelling goes through {@link SenmlNumberNode}.
 */
public final class SenmlJsonEncoder {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SenmlJsonEncoder() {
    }

    public static byte[] encode(SenmlPack pack) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(bytes)) {
            g.writeStartArray();
            for (SenmlRecord record : pack.records()) {
                g.writeStartObject();
                for (Map.Entry<String, JsonNode> field : record.fields().entrySet()) {
                    g.writeFieldName(field.getKey());
                    if (field.getValue() instanceof SenmlNumberNode number) {
                        g.writeNumber(number.text());
                    } else if (field.getValue().isFloatingPointNumber()) {
                        // Java spells exponents with 'E'; SenML JSON wants 'e' (RFC 8428 section 5)
                        g.writeNumber(Double.toString(field.getValue().doubleValue()).replace('E', 'e'));
                    } else {
                        MAPPER.writeTree(g, field.getValue());
                    }
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
