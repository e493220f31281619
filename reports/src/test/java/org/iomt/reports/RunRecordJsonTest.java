package org.iomt.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.iomt.reports.record.RunRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("small")
class RunRecordJsonTest {

    private final RunRecord record = RunRecords.everyVerdict();

    @Test
    void aRecordSurvivesWriteAndReadUnchanged(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("run-1/run.json");
        RunRecordJson.write(record, file);
        assertEquals(record, RunRecordJson.read(file));
    }

    @Test
    void theSameRecordAlwaysGivesTheSameText() {
        assertEquals(RunRecordJson.toJson(record), RunRecordJson.toJson(RunRecords.everyVerdict()));
    }

    @Test
    void fieldsFollowTheRecordOrderWithDerivedFiguresAfterTheVerdict() throws IOException {
        JsonNode tree = new ObjectMapper().readTree(RunRecordJson.toJson(record));
        List<String> names = new ArrayList<>();
        tree.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("schema", "runId", "suiteVersion", "catalogueVersion", "product", "profile",
                "startedAt", "finishedAt", "verdict", "certified", "scenarioTotals", "requirementTotals",
                "warnings", "scenarios", "requirements", "scope"), names);
    }

    @Test
    void theScopeCountsAndListsTheRowsNotJudged() throws IOException {
        JsonNode scope = new ObjectMapper().readTree(RunRecordJson.toJson(record)).get("scope");
        assertEquals(10, scope.get("applicable").asInt());
        assertEquals(4, scope.get("judged").asInt());
        assertEquals(6, scope.get("notJudged").asInt());
        List<String> fields = new ArrayList<>();
        scope.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("applicable", "judged", "notJudged", "notJudgedRows"), fields);
        JsonNode untested = scope.get("notJudgedRows").get(4);
        assertEquals("mqtt-3.1.1:MQTT-4.7.1-1", untested.get("id").asText());
        assertEquals("MUST", untested.get("level").asText());
        assertEquals("NOT_TESTED", untested.get("kind").asText());
        assertEquals("WebSocket transport is not claimed by <products> in scope", untested.get("reason").asText());
        assertTrue(untested.has("summary"));
    }

    @Test
    void aScopeWhoseCountsDisagreeIsRefused(@TempDir Path dir) throws IOException {
        String json = RunRecordJson.toJson(record).replace("\"applicable\" : 10", "\"applicable\" : 11");
        Path file = Files.writeString(dir.resolve("run.json"), json);
        IOException e = assertThrows(IOException.class, () -> RunRecordJson.read(file));
        assertTrue(e.getMessage().contains("scope counts disagree"), e.getMessage());
    }

    @Test
    void aRecordWithoutScopeIsRefused() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode tree = (ObjectNode) mapper.readTree(RunRecordJson.toJson(record));
        tree.remove("scope");
        String cut = mapper.writeValueAsString(tree);
        IOException e = assertThrows(IOException.class, () -> RunRecordJson.fromJson(cut, "old/run.json"));
        assertTrue(e.getMessage().contains("old/run.json"), e.getMessage());
    }

    @Test
    void instantsAreIsoTextAndEnumsAreNames() throws IOException {
        JsonNode tree = new ObjectMapper().readTree(RunRecordJson.toJson(record));
        assertEquals("2025-03-01T09:15:02.123456789Z", tree.get("startedAt").asText());
        assertEquals("ERROR", tree.get("verdict").asText());
        assertEquals("MUST", tree.get("requirements").get(0).get("level").asText());
        List<String> claims = new ArrayList<>();
        tree.get("profile").get("claims").fieldNames().forEachRemaining(claims::add);
        assertEquals(List.of("coap.observe", "mqtt.qos", "mqtt.version"), claims, "maps sorted by key");
    }

    @Test
    void derivedFiguresMatchTheRecord() throws IOException {
        JsonNode tree = new ObjectMapper().readTree(RunRecordJson.toJson(record));
        assertFalse(tree.get("certified").asBoolean());
        assertEquals(2, tree.get("scenarioTotals").get("FAIL").asInt());
        assertEquals(1, tree.get("scenarioTotals").get("PASS").asInt());
        assertEquals(3, tree.get("requirementTotals").get("FAIL").asInt());
        assertEquals(1, tree.get("requirementTotals").get("NOT_APPLICABLE").asInt());
        assertEquals(List.of("mqtt-3.1.1:MQTT-3.12.4-1", "mqtt-3.1.1:MQTT-3.3.1-10"),
                List.of(tree.get("warnings").get(0).asText(), tree.get("warnings").get(1).asText()));
    }

    @Test
    void readingIgnoresDerivedFiguresEvenWhenTheyDisagree(@TempDir Path dir) throws IOException {
        String json = RunRecordJson.toJson(record).replace("\"certified\" : false", "\"certified\" : true");
        assertTrue(json.contains("\"certified\" : true"));
        Path file = Files.writeString(dir.resolve("run.json"), json);
        assertEquals(record, RunRecordJson.read(file));
    }

    @Test
    void anUnknownFieldIsAnErrorNamingTheFile(@TempDir Path dir) throws IOException {
        String json = RunRecordJson.toJson(record).replaceFirst("\\{", "{ \"surprise\" : 1,");
        Path file = Files.writeString(dir.resolve("run.json"), json);
        IOException e = assertThrows(IOException.class, () -> RunRecordJson.read(file));
        assertTrue(e.getMessage().contains("run.json"), e.getMessage());
        assertTrue(e.getMessage().contains("surprise"), e.getMessage());
    }

    @Test
    void anotherSchemaIsRefused() {
        String json = RunRecordJson.toJson(record).replace(RunRecord.SCHEMA, "iomt-run/99");
        IOException e = assertThrows(IOException.class, () -> RunRecordJson.fromJson(json, "x/run.json"));
        assertTrue(e.getMessage().contains("iomt-run/99"), e.getMessage());
    }
}
