package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.DocumentSource;
import lede.io.Rejects;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reads the hand-made fixtures under src/test/resources/lede/stats/ and runs reports over them. */
final class Fixtures {
    private Fixtures() {
    }

    static List<ObjectNode> read(String name) {
        List<ObjectNode> documents = new ArrayList<>();
        try (DocumentSource source = new DocumentSource(List.of("src/test/resources/lede/stats/" + name),
                Rejects.failFast())) {
            source.forEachRemaining(documents::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return documents;
    }

    static List<ObjectNode> rows(String fixture, Report<?> report) {
        return rows(fixture, report, document -> true, 1);
    }

    static List<ObjectNode> rows(String fixture, Report<?> report, Predicate<ObjectNode> where, int threads) {
        List<ObjectNode> rows = new ArrayList<>();
        ReportRunner.run(read(fixture).iterator(), where, report, threads, rows::add);
        return rows;
    }

    /** The rows as JSON lines, for reports whose rows hold no fractions. */
    static List<String> json(List<ObjectNode> rows) {
        List<String> lines = new ArrayList<>();
        rows.forEach(row -> lines.add(row.toString()));
        return lines;
    }

    /** Checks a row: every field but {@code doubleField} as JSON, that one to 1e-12. */
    static void assertRow(String expectedWithout, String doubleField, double expected, ObjectNode row) {
        ObjectNode copy = row.deepCopy();
        double actual = copy.remove(doubleField).asDouble();
        assertEquals(expectedWithout, copy.toString());
        assertEquals(expected, actual, 1e-12, doubleField + " of " + row);
    }
}
