package org.iomt.identification.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.iomt.core.cli.ConsoleCapture;
import org.iomt.core.cli.Iomt;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code iomt inspect} through {@link Iomt#run}: output, exit codes 0/1/2, standard input, JSON Lines. */
@Tag("medium")
@Isolated("captures the standard output and error of the whole JVM")
class InspectCommandTest {
    private static final String SGTIN_96 = "3074257BF7194E4000001A85";
    private static final String SGTIN_96_TAG = "urn:epc:tag:sgtin-96:3.0614141.812345.6789";
    private static final String LEADING_ZERO = "urn:epc:tag:sgtin-96:3.0614141.812345.06789";

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @Test
    void aValidCodeExitsZeroAndPrintsItsBlock() {
        assertEquals(0, Iomt.run("inspect", SGTIN_96), err());
        assertAll(() -> assertTrue(out().startsWith("input: " + SGTIN_96 + "\nform: epc-hex\nstatus: valid\n"), out()),
                () -> assertTrue(out().contains("  tagUri: " + SGTIN_96_TAG + "\n"), out()),
                () -> assertTrue(out().contains("  elementString: (01)80614141123458(21)6789\n"), out()),
                () -> assertEquals("", err()));
    }

    @Test
    void aFindingExitsOneAndNamesRuleAndField() {
        assertEquals(1, Iomt.run("inspect", SGTIN_96, LEADING_ZERO));
        assertTrue(out().contains("  FINDING TDS-SERIAL-LEADING-ZERO serial: "), out());
        assertTrue(out().contains("\n\ninput: " + LEADING_ZERO + "\n"), "a blank line between blocks: " + out());
    }

    @Test
    void anUnrecognisedCodeExitsTwoWithOneMessageAndWinsOverFindings() {
        assertEquals(2, Iomt.run("inspect", LEADING_ZERO, "hello", SGTIN_96, "world"));
        assertAll(() -> assertTrue(out().contains("input: hello\nform: unrecognised\nstatus: unusable\n  UNUSABLE: "), out()),
                () -> assertTrue(out().contains("input: " + SGTIN_96), "the codes after it are still inspected"),
                () -> assertEquals(1, err().lines().count(), err()),
                () -> assertTrue(err().startsWith("iomt: 2 inputs are of no known form, the first: \"hello\""), err()));
        assertNoStackTrace();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--gcp-length 5", "--gcp-length 13", "--gcp-length seven", "--filter 8", "--filter -1", "--frobnicate"})
    void aBadOptionExitsTwoWithOneMessage(String option) {
        String[] args = (option + " " + SGTIN_96).split(" ");
        String[] all = new String[args.length + 1];
        all[0] = "inspect";
        System.arraycopy(args, 0, all, 1, args.length);
        assertEquals(2, Iomt.run(all), err());
        assertTrue(err().startsWith("iomt: "), err());
        assertEquals("", out());
        assertNoStackTrace();
    }

    @Test
    void codesAreReadFromStandardInputSkippingBlankAndCommentLines() {
        stdinOf("# SGTIN-96 of the TDS appendix\n" + SGTIN_96 + "\n\n   \n  (01)80614141123458(21)6789  \r\n# done\n");
        assertEquals(0, Iomt.run("inspect", "--gcp-length", "7", "--filter", "3"), err());
        assertEquals(List.of("input: " + SGTIN_96, "input: (01)80614141123458(21)6789"),
                out().lines().filter(l -> l.startsWith("input: ")).toList());
        assertEquals(2, out().lines().filter(l -> l.equals("  tagUri: " + SGTIN_96_TAG)).count(), out());
    }

    @Test
    void aDashReadsStandardInputBetweenOtherCodes() {
        stdinOf("80614141123458\n");
        assertEquals(0, Iomt.run("inspect", SGTIN_96, "-", "+A999123457"), err());
        assertEquals(List.of("input: " + SGTIN_96, "input: 80614141123458", "input: +A999123457"),
                out().lines().filter(l -> l.startsWith("input: ")).toList());
    }

    @Test
    void jsonWritesOneParsableObjectPerLine() throws Exception {
        stdinOf(SGTIN_96 + "\n" + LEADING_ZERO + "\nhello\n[)>\u001e06\u001d9N111234567842\u001d1T1A84545A\u001e\u0004\n");
        assertEquals(2, Iomt.run("inspect", "--json"));
        List<String> lines = out().lines().toList();
        assertEquals(4, lines.size(), out());
        ObjectMapper json = new ObjectMapper();
        JsonNode valid = json.readTree(lines.get(0));
        JsonNode finding = json.readTree(lines.get(1));
        JsonNode unusable = json.readTree(lines.get(2));
        JsonNode ifa = json.readTree(lines.get(3));
        assertAll(() -> assertEquals("epc-hex", valid.get("form").asText()),
                () -> assertEquals("valid", valid.get("status").asText()),
                () -> assertEquals(SGTIN_96_TAG, valid.get("representations").get("tagUri").asText()),
                () -> assertTrue(valid.get("unusable").isNull()),
                () -> assertEquals("findings", finding.get("status").asText()),
                () -> assertEquals("TDS-SERIAL-LEADING-ZERO", finding.get("findings").get(0).get("rule").asText()),
                () -> assertEquals("serial", finding.get("findings").get(0).get("field").asText()),
                () -> assertEquals("unusable", unusable.get("status").asText()),
                () -> assertEquals("unrecognised", unusable.get("form").asText()),
                () -> assertFalse(unusable.get("unusable").asText().isEmpty()),
                () -> assertEquals("[)>\u001e06\u001d9N111234567842\u001d1T1A84545A\u001e\u0004", ifa.get("input").asText()),
                () -> assertEquals("111234567842", ifa.get("representations").get("di").asText()));
    }

    @Test
    void textOutputShowsControlCharactersByName() {
        assertEquals(0, Iomt.run("inspect", "[)>\u001e06\u001d9N111234567842\u001d1T1A84545A\u001e\u0004"), err());
        assertTrue(out().startsWith("input: [)><RS>06<GS>9N111234567842<GS>1T1A84545A<RS><EOT>\n"), out());
    }

    @Test
    void aBadCrcInABankIsAFinding() {
        assertEquals(1, Iomt.run("inspect", "AAF83000" + SGTIN_96));
        assertTrue(out().contains("form: epc-bank") && out().contains("  FINDING GEN2-CRC-MISMATCH storedCrc: "), out());
    }

    @Test
    void theBankOptionReadsHexAsABank() {
        assertEquals(0, Iomt.run("inspect", "--bank", "AAF93000" + SGTIN_96), err());
        assertEquals(1, Iomt.run("inspect", "--bank", SGTIN_96));
    }

    @Test
    void manyLinesStreamThroughWithoutBeingKept() {
        int n = 50_000;
        System.setIn(new SgtinLines(n));
        CountingStream counted = new CountingStream();
        System.setOut(new PrintStream(counted, false, StandardCharsets.UTF_8));
        assertEquals(0, Iomt.run("inspect", "--json"), err());
        assertEquals(n, counted.lines);
    }

    private void stdinOf(String text) {
        System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private void assertNoStackTrace() {
        assertFalse(err().contains("\tat ") || err().contains("Exception"), "no stack trace: " + err());
    }

    private String out() {
        return console.out();
    }

    private String err() {
        return console.err();
    }

    /** The TDS SGTIN-96 vector with serials counted up from 6789, made as they are read: nothing is held. */
    private static final class SgtinLines extends InputStream {
        private final int count;
        private int index;
        private byte[] line = new byte[0];
        private int pos;

        SgtinLines(int count) {
            this.count = count;
        }

        @Override
        public int read() {
            if (pos == line.length) {
                if (index == count) {
                    return -1;
                }
                line = String.format("3074257BF7194E40000%05X%n", 6789 + index++).getBytes(StandardCharsets.US_ASCII);
                pos = 0;
            }
            return line[pos++];
        }
    }

    /** Counts output lines and drops the bytes. */
    private static final class CountingStream extends OutputStream {
        long lines;

        @Override
        public void write(int b) {
            if (b == '\n') {
                lines++;
            }
        }
    }
}
