package org.iomt.standards.senml;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a SenML JSON pack (application/senml+json) leniently: every label is kept as sent, whatever its
 * type, so that {@link SenmlValidator} can judge it. Only payloads that are not a pack at all are refused.
 */
public final class SenmlJsonDecoder {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory FACTORY = MAPPER.getFactory();

    private SenmlJsonDecoder() {
    }

    /**
     * Decodes a pack.
     *
     * @throws SenmlSyntaxException for bytes that are not UTF-8, not JSON, not an array of objects, or a
     *                              record that repeats a label
     */
    public static SenmlPack decode(byte[] json) throws SenmlSyntaxException {
        String text = utf8(json);
        List<SenmlRecord> records = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(text)) {
            p.setCodec(MAPPER);
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new SenmlSyntaxException(SenmlRule.JSON_WELL_FORMED, "payload is empty, expected a JSON array");
            }
            if (first != JsonToken.START_ARRAY) {
                throw new SenmlSyntaxException(SenmlRule.PACK_IS_ARRAY_OF_RECORDS,
                        "top-level value is " + describe(first) + ", expected an array of records");
            }
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                int index = records.size();
                if (t != JsonToken.START_OBJECT) {
                    throw new SenmlSyntaxException(SenmlRule.PACK_IS_ARRAY_OF_RECORDS,
                            "element " + index + " is " + describe(t) + ", expected an object (a record)");
                }
                records.add(readRecord(p, index));
            }
            JsonToken after = p.nextToken();
            if (after != null) {
                throw new SenmlSyntaxException(SenmlRule.JSON_WELL_FORMED,
                        "content after the end of the pack array: " + describe(after));
            }
        } catch (JsonProcessingException e) {
            throw new SenmlSyntaxException(SenmlRule.JSON_WELL_FORMED, "not well-formed JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new SenmlSyntaxException(SenmlRule.JSON_WELL_FORMED, "cannot read JSON: " + e.getMessage());
        }
        return new SenmlPack(records);
    }

    private static SenmlRecord readRecord(JsonParser p, int index) throws IOException, SenmlSyntaxException {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String label = p.currentName();
            if (fields.containsKey(label)) {
                throw new SenmlSyntaxException(SenmlRule.LABEL_UNIQUE,
                        "record " + index + ": label \"" + label + "\" appears more than once");
            }
            JsonToken valueToken = p.nextToken();
            fields.put(label, readValue(p, valueToken));
        }
        if (t != JsonToken.END_OBJECT) {
            throw new SenmlSyntaxException(SenmlRule.JSON_WELL_FORMED, "record " + index + " is not closed");
        }
        return new SenmlRecord(fields);
    }

    private static JsonNode readValue(JsonParser p, JsonToken token) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            String text = p.getText();
            if (spellingMatters(text)) {
                return SenmlNumberNode.decoded(p.getDoubleValue(), text);
            }
            if (token == JsonToken.VALUE_NUMBER_INT) {
                return nodes.numberNode(p.getLongValue());
            }
            return nodes.numberNode(p.getDoubleValue());
        }
        JsonNode node = p.readValueAsTree();
        return node == null ? nodes.nullNode() : node;
    }

    /** True when a rule looks at how the number is written: an exponent, or a long mantissa. */
    private static boolean spellingMatters(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int e = lower.indexOf('e');
        String mantissa = e < 0 ? text : text.substring(0, e);
        return e >= 0 || mantissa.length() >= SenmlValidator.MANTISSA_LIMIT;
    }

    private static String utf8(byte[] json) throws SenmlSyntaxException {
        if (json == null) {
            throw new SenmlSyntaxException(SenmlRule.JSON_WELL_FORMED, "payload is null");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(json)).toString();
        } catch (CharacterCodingException e) {
            throw new SenmlSyntaxException(SenmlRule.JSON_UTF8, "payload is not valid UTF-8 (" + e.getMessage() + ")");
        }
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }
}
