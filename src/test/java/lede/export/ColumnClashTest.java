package lede.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two fields never share a column: a dotted key against a nested object, or (SQLite) names differing in case. */
class ColumnClashTest {
    @TempDir
    Path dir;
    final List<String> warnings = new ArrayList<>();

    static ObjectNode json(String text) throws IOException {
        return (ObjectNode) Json.MAPPER.readTree(text);
    }

    String csv(List<ObjectNode> records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvTable table = new CsvTable(out, CsvTable.Style.csv())) {
            SheetExport.write(records.iterator(), CsvExportTest.ALL, table, warnings::add);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aDottedKeyAndANestedObjectAreTwoColumns() throws IOException {
        String csv = csv(List.of(json("{\"a.b\":1,\"a\":{\"b\":2}}"), json("{\"a\":{\"b\":4},\"a.b\":3}")));
        assertEquals("a.b,a.b_2\n1,2\n3,4\n", csv);
        assertEquals(List.of("the field [\"a\"][\"b\"] is the column a.b_2: a.b already names another field's column"),
                warnings);
    }

    @Test
    void aBackslashInAKeyIsNotAnEscape() throws IOException {
        // a\ then b, and a\.b as one key: without escaping the backslash these would be one path
        String csv = csv(List.of(json("{\"a\\\\\":{\"b\":1},\"a\\\\.b\":2,\"a\\\\\\\\\":{\"b\":3}}")));
        assertEquals("a\\.b,a\\.b_2,a\\\\.b\n1,2,3\n", csv);
        assertEquals(1, warnings.size());
    }

    @Test
    void theNameOfARenamedColumnIsFreeOfRealKeys() throws IOException {
        String csv = csv(List.of(json("{\"a.b_2\":0,\"a.b\":1,\"a\":{\"b\":2}}")));
        assertEquals("a.b_2,a.b,a.b_3\n0,1,2\n", csv);
    }

    /** The class: records built from keys with dots and backslashes keep every leaf value, each in its own column. */
    @Test
    void everyLeafOfGeneratedRecordsKeepsItsValue() throws IOException {
        Random random = new Random(13);
        String[] parts = {"a", "b", ".", "\\", "a.b", "b."};
        for (int round = 0; round < 300; round++) {
            ObjectNode record = Json.object();
            List<String> leaves = new ArrayList<>();
            fill(record, random, parts, 0, leaves);
            warnings.clear();
            List<CSVRecord> rows = CsvExportTest.parse(csv(List.of(record)), ',');
            List<String> cells = new ArrayList<>();
            rows.get(0).forEach(cells::add);
            assertEquals(leaves, cells, record.toString());
            assertEquals(leaves.size(), rows.get(0).getParser().getHeaderNames().size(), record.toString());
        }
    }

    private static void fill(ObjectNode node, Random random, String[] parts, int depth, List<String> leaves) {
        int fields = 1 + random.nextInt(3);
        for (int i = 0; i < fields; i++) {
            StringBuilder key = new StringBuilder();
            for (int k = 0, n = 1 + random.nextInt(3); k < n; k++) {
                key.append(parts[random.nextInt(parts.length)]);
            }
            if (node.has(key.toString())) {
                continue;
            }
            if (depth < 3 && random.nextBoolean()) {
                fill(node.putObject(key.toString()), random, parts, depth + 1, leaves);
            } else {
                String value = "v" + leaves.size();
                node.put(key.toString(), value);
                leaves.add(value);
            }
        }
    }

    @Test
    void sqliteKeepsKeysThatDifferOnlyInCase() throws IOException, SQLException {
        Path file = dir.resolve("t.db");
        List<ObjectNode> records = List.of(
                json("{\"id\":\"1\",\"text\":\"t\",\"source\":\"s\",\"Source\":\"S\",\"meta\":{\"X\":1,\"x\":2}}"),
                json("{\"id\":\"2\",\"text\":\"t\",\"source\":\"s2\",\"SOURCE\":\"S2\","
                        + "\"entities\":[{\"text\":\"a\",\"TEXT\":\"A\"}]}"));
        Map<String, Long> counts = SqliteExport.write(records.iterator(), file,
                new SqliteExport.Options(SqliteExport.Kind.AUTO, "rows", false, CsvExportTest.ALL),
                (record, reason) -> { throw new AssertionError(reason); }, warnings::add);
        assertEquals(2L, counts.get("documents"));
        assertEquals(List.of(Arrays.asList("1", "s", "S", 1, 2, null), Arrays.asList("2", "s2", null, null, null, "S2")),
                SqliteExportTest.query(file, "SELECT id, source, Source_2, meta_X, meta_x_2, SOURCE_3 "
                        + "FROM documents ORDER BY id"));
        assertEquals(List.of(List.of("a", "A")),
                SqliteExportTest.query(file, "SELECT text, TEXT_2 FROM entities"));
        assertEquals(4, warnings.size(), warnings.toString());
        assertEquals("documents: the field [\"Source\"] is the column Source_2: source already names another "
                + "field's column (SQLite ignores case)", warnings.get(0));
    }

    @Test
    void sqliteRowsKeepKeysThatDifferOnlyInCase() throws IOException, SQLException {
        Path file = dir.resolve("rows.db");
        SqliteExport.write(List.of(json("{\"k\":1,\"K\":2,\"x.y\":3,\"X\":{\"y\":4}}")).iterator(), file,
                new SqliteExport.Options(SqliteExport.Kind.ROWS, "rows", false, CsvExportTest.ALL),
                (record, reason) -> { throw new AssertionError(reason); }, warnings::add);
        Set<String> columns = new HashSet<>();
        for (List<Object> row : SqliteExportTest.query(file, "SELECT name FROM pragma_table_info('rows')")) {
            columns.add((String) row.get(0));
        }
        assertEquals(Set.of("k", "K_2", "x_y", "X_y_2"), columns);
        assertEquals(List.of(List.of(1, 2, 3, 4)), SqliteExportTest.query(file, "SELECT k, K_2, x_y, X_y_2 FROM rows"));
    }

}
