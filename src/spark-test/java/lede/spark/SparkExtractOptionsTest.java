package lede.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static lede.spark.SparkPipelineTest.cli;
import static lede.spark.SparkPipelineTest.sortedLines;
import static lede.spark.SparkPipelineTest.spark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Spark's extract takes the CLI's --aliases (read on the driver, sent to the executors), --lang-any and
 * --max-chars, and says on stderr what the CLI says: a long text's chunks, an impossible date, the documents
 * skipped for their language.
 */
class SparkExtractOptionsTest {
    private static final Path SEEDS = Path.of("seeds").toAbsolutePath();

    /** The ingested seeds with the first document's date impossible and the second's lang ru. */
    private static Path seedsWithOddities(Path dir) throws IOException {
        Path ingested = dir.resolve("ingested.ndjson");
        assertEquals("0", cli("ingest", "-q", "-o", ingested.toString(), SEEDS.toString())[0]);
        List<String> docs = new java.util.ArrayList<>(Files.readAllLines(ingested));
        assertTrue(docs.get(0).contains("\"date\":\"2022-08-06\""), docs.get(0));
        docs.set(0, docs.get(0).replace("\"date\":\"2022-08-06\"", "\"date\":\"2022-02-30\""));
        assertTrue(docs.get(1).contains("\"lang\":\"en\""), docs.get(1));
        docs.set(1, docs.get(1).replace("\"lang\":\"en\"", "\"lang\":\"ru\""));
        return Files.write(ingested, docs);
    }

    @Test
    void warningsAndAliasesAreTheClis(@TempDir Path dir) throws IOException {
        Path ingested = seedsWithOddities(dir);
        Path aliases = Files.writeString(dir.resolve("aliases.tsv"), "Crimea\tCrimean Peninsula\n");
        String[] cli = cli("extract", "--threads", "2", "--only", "entities", "--max-chars", "5000",
                "--aliases", aliases.toString(), "-o", dir.resolve("cli.ndjson").toString(), ingested.toString());
        assertEquals("0", cli[0], cli[1]);
        String[] spark = spark("extract", "--partitions", "3", "--only", "entities", "--max-chars", "5000",
                "--aliases", aliases.toString(), "--input", ingested.toString(), "--output", dir.resolve("spark").toString());
        assertEquals("0", spark[0], spark[1]);

        List<String> expected = sortedLines(dir.resolve("cli.ndjson"));
        assertEquals(expected, sortedLines(dir.resolve("spark")));
        assertTrue(expected.stream().anyMatch(doc -> doc.contains("\"canonical\":\"Crimean Peninsula\"")), "the alias");
        assertEquals(List.of(
                "lede extract: " + ingested + ":1: id 000_908ccf2e5f0b18b0: date 2022-02-30 is not a real day; "
                        + "relative dates are not resolved",
                "lede extract: " + ingested + ":2: text of 5024 characters annotated in 2 chunks of at most 5000",
                "lede extract: " + ingested + ":4: text of 5537 characters annotated in 2 chunks of at most 5000",
                "lede extract: " + ingested + ":5: text of 17768 characters annotated in 4 chunks of at most 5000",
                "lede extract: skipped 1 document not in English {ru=1}; --lang-any annotates them with the English models"),
                cli[1].lines().toList());
        assertEquals(cli[1].replace("lede extract:", "lede spark extract:")
                + "lede spark extract: 5 documents to " + dir.resolve("spark") + "\n", spark[1]);
    }

    @Test
    void langAnyAnnotatesEveryLanguageAsTheCli(@TempDir Path dir) throws IOException {
        Path ingested = seedsWithOddities(dir);
        List<String> two = Files.readAllLines(ingested).subList(1, 3); // the ru document and an English one
        Files.write(ingested, two);
        String[] cli = cli("extract", "--quiet", "--lang-any", "--only", "quantities", "-o",
                dir.resolve("cli.ndjson").toString(), ingested.toString());
        assertEquals("0", cli[0], cli[1]);
        String[] spark = spark("extract", "--lang-any", "--only", "quantities", "--input", ingested.toString(),
                "--output", dir.resolve("spark").toString());
        assertEquals("0", spark[0], spark[1]);
        List<String> expected = sortedLines(dir.resolve("cli.ndjson"));
        assertTrue(expected.stream().allMatch(doc -> doc.contains("\"lang_any\":true") && !doc.contains("skipped")),
                expected.toString());
        assertEquals(expected, sortedLines(dir.resolve("spark")));
        assertEquals("lede spark extract: 2 documents to " + dir.resolve("spark") + "\n", spark[1]);
    }
}
