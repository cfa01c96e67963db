package lede.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Records flattened in parts, with the parts' columns merged in input order, have the columns of all the records
 * flattened in one go (lede spark export relies on it): the same order, names, renames and reserved places.
 */
class ColumnsMergeTest {
    private static final Path SAMPLE = Path.of("src/test/resources/lede/export/html/sample.ndjson");

    private static Columns flattened(List<ObjectNode> records, String explode) throws IOException {
        Columns columns = Columns.open();
        Flattener flattener = new Flattener(columns, "; ", explode, Set.of());
        for (ObjectNode record : records) {
            flattener.rows(record, row -> { });
        }
        return columns;
    }

    private static void assertMergedEqualsWhole(List<ObjectNode> records, String explode, int... cuts) throws IOException {
        Columns whole = flattened(records, explode);
        Columns merged = Columns.open();
        int from = 0;
        for (int cut : cuts) {
            merged.merge(flattened(records.subList(from, cut), explode));
            from = cut;
        }
        merged.merge(flattened(records.subList(from, records.size()), explode));
        assertEquals(whole.names(), merged.names());
        assertArrayEquals(whole.order(), merged.order());
        assertEquals(whole.renames(), merged.renames());
    }

    private static List<ObjectNode> lines(String... json) throws IOException {
        List<ObjectNode> records = new ArrayList<>();
        for (String line : json) {
            records.add((ObjectNode) Json.MAPPER.readTree(line));
        }
        return records;
    }

    @Test
    void theSampleInThreePartsHasTheColumnsOfTheWhole() throws IOException {
        List<ObjectNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(SAMPLE)) {
            records.add((ObjectNode) Json.MAPPER.readTree(line));
        }
        assertEquals(312, records.size());
        assertMergedEqualsWhole(records, null, 100, 200);
        assertMergedEqualsWhole(records, "entities", 1, 311);
        assertEquals(List.of("id", "source", "title", "text", "entities.text", "entities.type", "entities.canonical"),
                flattened(records, null).names().subList(0, 7));
    }

    @Test
    void anEmptyArrayInOnePartGivesWayToItsFieldsFromAnother() throws IOException {
        List<ObjectNode> records = lines(
                "{\"id\":\"a\",\"quotes\":[],\"a.b\":1}",
                "{\"id\":\"b\",\"quotes\":[{\"speaker\":\"Kuleba\",\"text\":\"No.\"}],\"a\":{\"b\":2}}",
                "{\"id\":\"c\",\"empty\":[],\"quotes\":null}");
        assertMergedEqualsWhole(records, null, 1, 2);
        Columns merged = Columns.open();
        merged.merge(flattened(records.subList(0, 1), null));
        merged.merge(flattened(records.subList(1, 3), null));
        List<String> header = new ArrayList<>();
        for (int i : merged.order()) {
            header.add(merged.name(i));
        }
        // quotes' place goes to its fields; a.b (a key with a dot) and a.b (nested) are two columns; empty stays
        assertEquals(List.of("id", "quotes.speaker", "quotes.text", "a.b", "a.b_2", "empty"), header);
        assertEquals(List.of("the field [\"a\"][\"b\"] is the column a.b_2: a.b already names another field's column"),
                merged.renames());
    }
}
