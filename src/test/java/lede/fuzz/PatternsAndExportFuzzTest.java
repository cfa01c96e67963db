package lede.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.export.CsvTable;
import lede.export.SheetExport;
import lede.io.Json;
import lede.io.LedeException;
import lede.stats.KwicReport;
import lede.stats.Where;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Beyond the readers: export flattening on generated records, and user patterns ({@code --where},
 * {@code kwic --regex}) on generated texts. Each either works or fails with a one-line LedeException; never
 * another exception or a hang (the regex budget is short here). Not yet in .ci/run.
 */
class PatternsAndExportFuzzTest {

    /** Any JSON object exports to CSV whose every row has the header's width, and keeps every scalar leaf. */
    @FuzzTest(maxDuration = "60s")
    void exportFlattensAnyRecord(FuzzedDataProvider data) throws IOException {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(data.consumeRemainingAsString());
        } catch (IOException | RuntimeException notJson) {
            return;
        }
        if (!(node instanceof ObjectNode record)) {
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvTable table = new CsvTable(out, new CsvTable.Style(',', false, false))) {
            SheetExport.write(List.of(record).iterator(), new SheetExport.Shape(null, null, "; "), table, w -> { });
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        try (CSVParser parser = format.parse(new StringReader(out.toString(StandardCharsets.UTF_8)))) {
            List<CSVRecord> rows = parser.getRecords();
            int width = parser.getHeaderNames().size();
            for (CSVRecord row : rows) {
                if (row.size() != width) {
                    throw new AssertionError("row of " + row.size() + " cells under " + width + " columns: " + record);
                }
            }
            if (width != new java.util.HashSet<>(parser.getHeaderNames()).size()) {
                throw new AssertionError("two columns share a name: " + parser.getHeaderNames());
            }
            long leaves = scalarLeavesOutsideArrays(record);
            if (rows.size() == 1 && width < leaves) {
                throw new AssertionError(leaves + " values in " + width + " columns: " + record);
            }
        }
    }

    private static long scalarLeavesOutsideArrays(JsonNode node) {
        if (node.isObject()) {
            long n = 0;
            for (JsonNode child : node) {
                n += scalarLeavesOutsideArrays(child);
            }
            return n;
        }
        return node.isValueNode() && !node.isNull() ? 1 : 0;
    }

    /** Any --where expression parses or fails clearly, and any that parses tests any document. */
    @FuzzTest(maxDuration = "60s")
    void whereParsesOrRejects(FuzzedDataProvider data) {
        String text = data.consumeString(200);
        String expression = data.consumeRemainingAsString();
        Where where;
        try {
            where = Where.parse(expression, 50);
        } catch (LedeException expected) {
            oneLine(expected);
            return;
        }
        ObjectNode document = Json.object();
        document.put("id", "f");
        document.put("text", text);
        document.put("date", "2022-09-01");
        document.putObject("meta").put("n", text.length());
        try {
            where.test(document);
        } catch (LedeException expected) {
            oneLine(expected);
        }
    }

    /** Any kwic regex compiles or fails clearly, and runs on any text within its budget. */
    @FuzzTest(maxDuration = "60s")
    void kwicRegexMatchesOrRejects(FuzzedDataProvider data) {
        boolean caseSensitive = data.consumeBoolean();
        int width = data.consumeInt(0, 100);
        String text = data.consumeString(500);
        String pattern = data.consumeRemainingAsString();
        KwicReport report;
        try {
            report = new KwicReport(KwicReport.Mode.REGEX, pattern, width, caseSensitive, 0, 50);
        } catch (LedeException expected) {
            oneLine(expected);
            return;
        }
        ObjectNode document = Json.object();
        document.put("id", "f");
        document.put("text", text);
        try {
            List<ObjectNode> rows = new ArrayList<>();
            report.add(document, report.prepare(document), rows::add);
        } catch (LedeException expected) {
            oneLine(expected);
        }
    }

    private static void oneLine(LedeException e) {
        if (e.getMessage() == null || lede.io.OneLine.of(e.getMessage()).lines().count() != 1) {
            throw new AssertionError("not a one-line message: " + e.getMessage());
        }
    }
}
