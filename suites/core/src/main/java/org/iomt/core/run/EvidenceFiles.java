package org.iomt.core.run;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.iomt.core.model.Evidence;
import org.iomt.core.model.EvidenceLog;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes an evidence log as JSON lines: line N is the entry with sequence number N (docs/run-record.md). */
final class EvidenceFiles {

    private EvidenceFiles() {
    }

    static void write(EvidenceLog log, Path folder) throws IOException {
        Files.createDirectories(folder);
        JsonFactory json = new JsonFactory();
        try (Writer out = Files.newBufferedWriter(folder.resolve(log.name() + ".jsonl"), StandardCharsets.UTF_8)) {
            for (Evidence e : log.snapshot()) {
                try (JsonGenerator g = json.createGenerator(out)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    g.writeStartObject();
                    g.writeNumberField("seq", e.seq());
                    g.writeStringField("time", e.time().toString());
                    g.writeStringField("direction", e.direction().label());
                    g.writeStringField("connection", e.connection());
                    g.writeStringField("bytes", e.hex());
                    g.writeStringField("decoded", e.decoded());
                    g.writeEndObject();
                }
                out.write('\n');
            }
        }
    }
}
