package org.iomt.distribution;

import org.iomt.core.profile.ProfileException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A reader export the tag population cannot be judged from is bad input, refused before any scenario. */
@Tag("medium")
class TagExportTest {

    private static final Path EXPORT = Certifications.HOME.resolve("profiles/examples/tag-population-export.yaml");

    @TempDir
    Path runs;

    @Test
    void anExportWithoutAnEpcBankColumnIsBadInput() throws Exception {
        Path dir = Files.createDirectories(runs.resolve("bad-export"));
        Files.writeString(dir.resolve("export.csv"), "epc,tid\n3074257BF7194E4000001A85,\n");
        Path profile = dir.resolve("profile.yaml");
        Files.writeString(profile, Files.readString(EXPORT).replace("ward-7-portal-export.csv", "export.csv"));
        ProfileException problem = assertThrows(ProfileException.class, () -> Certifications.certify(profile, dir.resolve("run")));
        assertTrue(problem.getMessage().contains("no epc_bank column"), problem.getMessage());
    }
}
