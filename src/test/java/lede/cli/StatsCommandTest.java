package lede.cli;

import lede.Lede;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatsCommandTest {
    private static final String WORDS = "src/test/resources/lede/stats/words.ndjson";
    private static final String ENTITIES = "src/test/resources/lede/stats/entities.ndjson";

    private static int run(StringWriter err, String... args) {
        return Lede.commandLine().setErr(new PrintWriter(err, true)).execute(args);
    }

    @Test
    void countByMonthAsNdjson(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("rows.ndjson");
        assertEquals(0, run(new StringWriter(), "stats", "count", "--by", "month", "--where", "source = kyiv",
                "-o", out.toString(), WORDS));
        assertEquals(List.of("{\"month\":\"2022-09\",\"documents\":2,\"tokens\":20,\"sentences\":4,\"characters\":63}"),
                Files.readAllLines(out));
    }

    /* q1 (2022-09-05, week 36): 18 people; q2 (2022-09-07, week 36): 40 people and a bare 12; q3 (week 37): 55. */
    @Test
    void quantitiesOfOneUnitByWeek(@TempDir Path dir) throws IOException {
        String quantities = "src/test/resources/lede/stats/quantities.ndjson";
        Path out = dir.resolve("rows.ndjson");
        assertEquals(0, run(new StringWriter(), "stats", "quantities", "--unit", "people", "--by", "week",
                "-o", out.toString(), quantities));
        assertEquals(List.of(
                "{\"week\":\"2022-W36\",\"kind\":\"COUNT\",\"unit\":\"people\",\"count\":2,\"sum\":58,\"max\":40}",
                "{\"week\":\"2022-W37\",\"kind\":\"COUNT\",\"unit\":\"people\",\"count\":1,\"sum\":55,\"max\":55}"),
                Files.readAllLines(out));
        assertEquals(0, run(new StringWriter(), "stats", "quantities", "--where", "date < 2022-09-07",
                "-o", out.toString(), quantities));
        assertEquals(List.of("{\"kind\":\"COUNT\",\"unit\":\"people\",\"count\":1,\"documents\":1}"),
                Files.readAllLines(out));
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "stats", "quantities", "--by", "fortnight", quantities));
        assertTrue(err.toString().contains("--by takes day, week, month or year"), err.toString());
    }

    @Test
    void entitiesTableAndKwicPositionals(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("table.txt");
        assertEquals(0, run(new StringWriter(), "stats", "entities", "--type", "place", "--format", "table",
                "-o", out.toString(), ENTITIES));
        assertEquals(List.of(
                "entity   type      mentions  documents  first_date  last_date   variants",
                "Kherson  LOCATION         4          3  2022-09-01  2022-10-02  Kherson; KHERSON",
                "Kyiv     LOCATION         1          1  2022-10-02  2022-10-02  Kyiv"), Files.readAllLines(out));
        Path kwic = dir.resolve("kwic.ndjson");
        assertEquals(0, run(new StringWriter(), "stats", "kwic", "dog", "--width", "3", "-o", kwic.toString(), WORDS));
        assertEquals(2, Files.readAllLines(kwic).size());
        Path collocations = dir.resolve("collocations.ndjson");
        assertEquals(0, run(new StringWriter(), "stats", "collocations", "cat", "--window", "2", "--min", "2",
                "--measure", "LL", "-o", collocations.toString(), WORDS));
        assertTrue(Files.readString(collocations).startsWith("{\"term\":\"cat\",\"collocate\":\"The\",\"joint\":2,"
                + "\"count\":4,\"ll\":0.2799916692247"), Files.readString(collocations));
    }

    @Test
    void gexfOnlyForCooccur(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("net.gexf");
        assertEquals(0, run(new StringWriter(), "stats", "cooccur", "--min", "2", "--format", "gexf",
                "-o", out.toString(), ENTITIES));
        String gexf = Files.readString(out);
        assertTrue(gexf.contains("<edge id=\"e0\" source=\"n0\" target=\"n1\" weight=\"2\">"), gexf);
        StringWriter err = new StringWriter();
        assertEquals(1, run(err, "stats", "count", "--format", "gexf", WORDS));
        assertEquals("lede stats count: --format gexf is only for stats cooccur", err.toString().strip());
    }

    @Test
    void userErrorsAreOneLine() {
        StringWriter err = new StringWriter();
        assertEquals(1, run(err, "stats", "ngrams", "--where", "date >= 2022 and", WORDS));
        assertEquals("lede stats ngrams: --where column 17: expected a field name, not, has or (, found the end "
                + "in: date >= 2022 and", err.toString().strip());
        StringWriter keyness = new StringWriter();
        assertEquals(1, run(keyness, "stats", "keyness", "--where", "source = nowhere", WORDS));
        assertEquals("lede stats keyness: the target part (--where) has no words", keyness.toString().strip());
    }

    /* e1 printed again by another site: dedupe marks the reprint with dup.of, and every report counts e1 once. */
    @Test
    void copiesCountOnceUnlessIncluded(@TempDir Path dir) throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(Path.of(ENTITIES)));
        String e1 = lines.get(0);
        lines.set(0, e1.replaceFirst("\\{", "{\"dup\": {\"cluster\": \"e1\", \"size\": 2}, "));
        lines.add(e1.replace("\"id\": \"e1\"", "\"id\": \"e1-reprint\"")
                .replaceFirst("\\{", "{\"dup\": {\"cluster\": \"e1\", \"of\": \"e1\", \"similarity\": 0.9}, "));
        Path input = dir.resolve("marked.ndjson");
        Files.write(input, lines);
        Path out = dir.resolve("table.txt");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "stats", "entities", "--type", "place", "--format", "table", "-o", out.toString(),
                input.toString()));
        assertEquals(List.of(
                "entity   type      mentions  documents  first_date  last_date   variants",
                "Kherson  LOCATION         4          3  2022-09-01  2022-10-02  Kherson; KHERSON",
                "Kyiv     LOCATION         1          1  2022-10-02  2022-10-02  Kyiv"), Files.readAllLines(out));
        assertEquals("lede stats entities: left out 1 copy (documents with dup.of, marked by lede dedupe); "
                + "--include-copies counts them", err.toString().strip());
        StringWriter included = new StringWriter();
        assertEquals(0, run(included, "stats", "entities", "--type", "place", "--format", "table", "--include-copies",
                "-o", out.toString(), input.toString()));
        assertEquals("Kherson  LOCATION         6          4  2022-09-01  2022-10-02  Kherson; KHERSON",
                Files.readAllLines(out).get(1));
        assertEquals("", included.toString());
        assertEquals(0, run(new StringWriter(), "stats", "count", "-o", out.toString(), input.toString()));
        assertTrue(Files.readString(out).startsWith("{\"documents\":" + (lines.size() - 1) + ","), Files.readString(out));
    }
}
