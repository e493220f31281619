package org.iomt.identification.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import org.iomt.identification.inspect.CodeInspector;
import org.iomt.identification.inspect.InspectFinding;
import org.iomt.identification.inspect.InspectOptions;
import org.iomt.identification.inspect.Inspection;
import org.iomt.reports.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;

/**
 * {@code iomt inspect}: detects the form of each code, prints its equivalent representations and findings. Streams:
 * each input is inspected, printed and forgotten, so a file of any length runs in constant memory.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true,
        description = {"Inspect identification codes: detect the form of each (EPC hex, bank, bits or URI; GS1 element string,"
                + " scanner data, Digital Link or GTIN; HIBCC, ICCBBA or IFA UDI), print every equivalent representation and"
                + " every finding.",
                "With no CODE, or CODE '-', codes are read from standard input, one a line; blank lines and lines starting"
                        + " with '#' are skipped."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every code is valid", "1:some code has a finding",
                "2:bad input: some code is of no known form (this wins over 1), or a bad option"})
final class InspectCommand implements Callable<Integer> {

    @Parameters(paramLabel = "CODE", arity = "0..*", description = "Codes to inspect; '-' reads standard input.")
    List<String> codes;

    @Option(names = "--json", description = "One JSON object per code and line (JSON Lines).")
    boolean json;

    @Option(names = "--gcp-length", paramLabel = "N",
            description = "Digits of the GS1 Company Prefix (6..12): needed to turn a GS1 key into an EPC.")
    Integer gcpLength;

    @Option(names = "--filter", paramLabel = "F", defaultValue = "0",
            description = "EPC filter value (0..7) for EPCs built from a GS1 key or a pure identity URI (default: ${DEFAULT-VALUE}).")
    int filter;

    @Option(names = "--bank", description = "Read every hex code as a whole EPC memory bank (StoredCRC, PC, EPC).")
    boolean bank;

    @Override
    public Integer call() {
        return inspect(System.in, System.out, System.err);
    }

    int inspect(InputStream stdin, PrintStream stdout, PrintStream stderr) {
        InspectOptions options;
        try {
            options = new InspectOptions(gcpLength == null ? OptionalInt.empty() : OptionalInt.of(gcpLength), filter, bank);
        } catch (IllegalArgumentException e) {
            stderr.println("iomt: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16);
        Tally tally = new Tally();
        try {
            Sink sink = json ? new JsonLinesSink(out) : new TextSink(out);
            for (String code : codes == null || codes.isEmpty() ? List.of("-") : codes) {
                if (code.equals("-")) {
                    boolean typed = System.console() != null; // a person typing sees each answer at once
                    readLines(stdin, line -> {
                        tally.add(sink.write(CodeInspector.inspect(line, options)));
                        if (typed) {
                            out.flush();
                        }
                    });
                } else {
                    tally.add(sink.write(CodeInspector.inspect(code, options)));
                }
            }
            sink.finish();
            out.flush();
        } catch (IOException | UncheckedIOException e) {
            flushQuietly(out);
            stderr.println("iomt: cannot read standard input or write the output: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (tally.unusable > 0) {
            stderr.println("iomt: " + tally.unusable + (tally.unusable == 1 ? " input is" : " inputs are")
                    + " of no known form, the first: \"" + TextSink.visible(tally.firstUnusable) + "\"");
        }
        return tally.exitCode();
    }

    /** Feeds each line to the consumer as it is read; skips blank lines and comments ('#'). */
    private static void readLines(InputStream stdin, LineConsumer each) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8), 1 << 16);
        String line;
        while ((line = in.readLine()) != null) {
            String t = line.strip();
            if (!t.isEmpty() && t.charAt(0) != '#') {
                each.accept(line);
            }
        }
    }

    private static void flushQuietly(Writer out) {
        try {
            out.flush();
        } catch (IOException ignored) {
            // the error that brought us here is reported instead
        }
    }

    @FunctionalInterface
    private interface LineConsumer {
        void accept(String line) throws IOException;
    }

    /** Counts outcomes; keeps only the first unusable input, so memory stays constant. */
    private static final class Tally {
        long findings;
        long unusable;
        String firstUnusable;

        void add(Inspection i) {
            switch (i.status()) {
                case FINDINGS -> findings++;
                case UNUSABLE -> {
                    if (unusable++ == 0) {
                        firstUnusable = i.input();
                    }
                }
                case VALID -> { }
            }
        }

        /** 2 when any input is unusable (it wins), else 1 when any has a finding, else 0. */
        int exitCode() {
            if (unusable > 0) {
                return ExitCodes.BAD_INPUT;
            }
            return findings > 0 ? ExitCodes.FAIL : ExitCodes.CERTIFIED;
        }
    }

    /** Where inspections are printed as they come. */
    private interface Sink {
        /** Prints one inspection and returns it. */
        Inspection write(Inspection i) throws IOException;

        /** Writes whatever is still buffered in the sink (not in the writer). */
        void finish() throws IOException;
    }

    /** A block per code: input, form, status, each representation, finding and note; a blank line between blocks. */
    private static final class TextSink implements Sink {
        private final Writer out;
        private boolean first = true;

        TextSink(Writer out) {
            this.out = out;
        }

        @Override
        public Inspection write(Inspection i) throws IOException {
            if (!first) {
                out.write('\n');
            }
            first = false;
            line("input: ", i.input());
            line("form: ", i.form().label());
            line("status: ", i.status().label());
            for (Map.Entry<String, String> r : i.representations().entrySet()) {
                line("  " + r.getKey() + ": ", r.getValue());
            }
            for (InspectFinding f : i.findings()) {
                line("  FINDING " + f.rule() + " " + (f.field().isEmpty() ? "-" : f.field()) + ": ", f.message());
            }
            for (String n : i.notes()) {
                line("  note: ", n);
            }
            if (i.unusable().isPresent()) {
                line("  UNUSABLE: ", i.unusable().get());
            }
            return i;
        }

        @Override
        public void finish() {
        }

        private void line(String head, String value) throws IOException {
            out.write(head);
            out.write(visible(value));
            out.write('\n');
        }

        /** Control characters as text: GS, RS and EOT as {@code <GS>}, {@code <RS>}, {@code <EOT>}, others as \\uXXXX. */
        static String visible(String s) {
            StringBuilder sb = null;
            for (int k = 0; k < s.length(); k++) {
                char c = s.charAt(k);
                if (c >= 0x20 && c != 0x7F) {
                    if (sb != null) {
                        sb.append(c);
                    }
                    continue;
                }
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 8).append(s, 0, k);
                }
                switch (c) {
                    case '\u001d' -> sb.append("<GS>");
                    case '\u001e' -> sb.append("<RS>");
                    case '\u0004' -> sb.append("<EOT>");
                    default -> sb.append(String.format("\\u%04X", (int) c));
                }
            }
            return sb == null ? s : sb.toString();
        }
    }

    /**
     * One JSON object per line: {"input", "form", "status", "representations": {name: value}, "findings": [{"rule",
     * "field", "message"}], "notes": [...], "unusable": reason or null}. One generator writes every line.
     */
    private static final class JsonLinesSink implements Sink {
        private static final JsonFactory FACTORY = new JsonFactoryBuilder().rootValueSeparator((String) null)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).disable(StreamWriteFeature.FLUSH_PASSED_TO_STREAM).build();
        private final JsonGenerator g;

        JsonLinesSink(Writer out) throws IOException {
            this.g = FACTORY.createGenerator(out);
        }

        @Override
        public Inspection write(Inspection i) throws IOException {
            g.writeStartObject();
            g.writeStringField("input", i.input());
            g.writeStringField("form", i.form().label());
            g.writeStringField("status", i.status().label());
            g.writeObjectFieldStart("representations");
            for (Map.Entry<String, String> r : i.representations().entrySet()) {
                g.writeStringField(r.getKey(), r.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("findings");
            for (InspectFinding f : i.findings()) {
                g.writeStartObject();
                g.writeStringField("rule", f.rule());
                g.writeStringField("field", f.field());
                g.writeStringField("message", f.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("notes");
            for (String n : i.notes()) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeStringField("unusable", i.unusable().orElse(null));
            g.writeEndObject();
            g.writeRaw('\n');
            return i;
        }

        @Override
        public void finish() throws IOException {
            g.flush();
        }
    }
}
