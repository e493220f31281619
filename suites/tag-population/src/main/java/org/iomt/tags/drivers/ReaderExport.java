package org.iomt.tags.drivers;

import org.iomt.core.model.Csv;
import org.iomt.core.model.Direction;
import org.iomt.core.model.EvidenceLog;
import org.iomt.tags.model.TagReport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * A reader's export of a tag population: CSV with a header naming the column {@code epc_bank} (the EPC memory
 * bank from word 0 as hex: StoredCRC, PC, EPC) and optionally {@code tid} and {@code label}; other columns, such as
 * an asset description, are kept in the file for people and ignored here. Each row becomes one
 * evidence entry; a row that is not hex is recorded as it is, for the checks to judge. A {@code label} column gives
 * the GS1 barcode printed next to the tag, to be held against the EPC.
 */
public final class ReaderExport {

    private ReaderExport() {
    }

    /**
     * Records every row of the export.
     *
     * @return the number of tags recorded
     * @throws ExportException when the file cannot be read or has no epc_bank column
     */
    public static int record(Path file, EvidenceLog log) throws ExportException {
        List<List<String>> rows;
        try {
            rows = Csv.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ExportException("the reader export " + file + " cannot be read: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new ExportException("the reader export " + file + " is empty; expected a header naming epc_bank");
        }
        List<String> header = rows.get(0).stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
        int bank = header.indexOf("epc_bank");
        if (bank < 0) {
            throw new ExportException("the reader export " + file + " has no epc_bank column; its header is " + header);
        }
        int tid = header.indexOf("tid");
        int label = header.indexOf("label");
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            String hex = cell(row, bank).replace(" ", "");
            String source = file.getFileName() + " row " + (i + 1);
            TagReport report = new TagReport(source, hex.toUpperCase(Locale.ROOT), tid < 0 ? "" : cell(row, tid),
                    label < 0 ? "" : cell(row, label));
            log.append(Direction.DEVICE_TO_SUITE, source, bytes(hex), report.describe(), report);
        }
        return rows.size() - 1;
    }

    private static String cell(List<String> row, int index) {
        return index < row.size() ? row.get(index).trim() : "";
    }

    private static byte[] bytes(String hex) {
        try {
            return hex.length() % 2 == 0 ? HexFormat.of().parseHex(hex) : new byte[0];
        } catch (IllegalArgumentException notHex) {
            return new byte[0];
        }
    }

    /** The export cannot be used at all. */
    public static final class ExportException extends Exception {
        public ExportException(String message) {
            super(message);
        }
    }
}
