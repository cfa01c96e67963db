package lede.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV with Apache Commons CSV: RFC 4180 quoting (a field with the delimiter, a quote, a line break or
 * leading/trailing space is quoted, quotes doubled), UTF-8, a header row. Records end in {@code \n}, or
 * {@code \r\n} after a UTF-8 byte-order mark in Excel style.
 */
public final class CsvTable implements TableWriter {
    /** How the CSV looks. */
    public record Style(char delimiter, boolean excel, boolean formulaGuard) {
        public static Style csv() {
            return new Style(',', false, true);
        }
    }

    private final OutputStream out;
    private final CSVPrinter printer;
    private final boolean formulaGuard;

    public CsvTable(OutputStream out, Style style) throws IOException {
        if (style.delimiter() == '"' || style.delimiter() == '\n' || style.delimiter() == '\r') {
            throw new IllegalArgumentException("the delimiter cannot be a quote or a line break");
        }
        this.out = out;
        this.formulaGuard = style.formulaGuard();
        if (style.excel()) {
            out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(style.delimiter())
                .setRecordSeparator(style.excel() ? "\r\n" : "\n")
                .build();
        this.printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16),
                format);
    }

    @Override
    public void header(List<String> columns) throws IOException {
        if (columns.isEmpty()) {
            return; // no fields at all (empty input): an empty file, not an empty line
        }
        for (String column : columns) {
            printer.print(formulaGuard ? FormulaGuard.guard(column) : column);
        }
        printer.println();
    }

    @Override
    public void row(JsonNode[] cells, int width) throws IOException {
        if (width == 0) {
            return;
        }
        for (int i = 0; i < width; i++) {
            JsonNode cell = cells[i];
            if (cell == null || cell.isNull()) {
                printer.print("");
            } else if (cell.isTextual()) {
                printer.print(formulaGuard ? FormulaGuard.guard(cell.textValue()) : cell.textValue());
            } else {
                printer.print(cell.asText());
            }
        }
        printer.println();
    }

    @Override
    public void finish() throws IOException {
        printer.flush();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
