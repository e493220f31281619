package org.iomt.distribution;

import org.iomt.core.profile.ProfileLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every whole profile the docs show (a YAML block that starts with {@code profile: 1}) passes {@code iomt profile
 * check}, with any {@code ${NAME}} secret it references set: a reader copies these.
 */
@Tag("small")
class DocumentedProfilesTest {

    private static final Pattern YAML_BLOCK = Pattern.compile("(?m)^( *)```yaml\\n(.*?)^\\1```", Pattern.DOTALL);

    @TempDir
    Path dir;

    /** A documented profile: its page and its text, unindented. */
    record Example(String page, int index, String yaml) {

        @Override
        public String toString() {
            return page + " #" + index;
        }
    }

    static Stream<Example> examples() throws Exception {
        List<Example> examples = new ArrayList<>();
        try (Stream<Path> pages = Files.list(Certifications.HOME.resolve("docs"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = YAML_BLOCK.matcher(Files.readString(page));
                int index = 0;
                while (m.find()) {
                    String indent = m.group(1);
                    String yaml = m.group(2).lines().map(l -> l.startsWith(indent) ? l.substring(indent.length()) : l)
                            .reduce("", (a, b) -> a + b + "\n");
                    if (yaml.startsWith("profile: 1")) {
                        examples.add(new Example(page.getFileName().toString(), ++index, yaml));
                    }
                }
            }
        }
        assertFalse(examples.isEmpty(), "the docs show at least one profile");
        return examples.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void passesProfileCheck(Example example) throws Exception {
        Path file = dir.resolve("example.yaml");
        Files.writeString(file, example.yaml());
        ProfileLoader loader = new ProfileLoader(Certifications.HOME.resolve("profiles/schema/profile.schema.json"));
        assertDoesNotThrow(() -> loader.load(file, List.of(), name -> "secret-of-" + name), example.yaml());
    }
}
