package lede.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static lede.spark.SparkPipelineTest.cli;
import static lede.spark.SparkPipelineTest.sortedLines;
import static lede.spark.SparkPipelineTest.spark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Spark's dedupe (3 partitions, two task threads) writes the command line's documents byte for byte, sorted by
 * id: the same clusters, kept documents and dup fields, on the committed sample of 312 extracted documents and
 * on the seeds with copies of their own articles.
 */
class SparkDedupeTest {
    private static final Path SAMPLE = Path.of("src/test/resources/lede/export/html/sample.ndjson").toAbsolutePath();
    private static final Path SEEDS = Path.of("seeds").toAbsolutePath();

    /** Runs lede dedupe and lede spark dedupe with the same options; returns the CLI's lines (sorted). */
    static List<String> sameAsCli(Path input, String options, Path dir) throws IOException {
        List<String> words = options.isBlank() ? List.of() : Arrays.asList(options.split(" +"));
        List<String> cliArgs = new ArrayList<>(List.of("dedupe", "--no-progress"));
        cliArgs.addAll(words);
        cliArgs.addAll(List.of("-o", dir.resolve("cli.ndjson").toString(), input.toString()));
        String[] cli = cli(cliArgs.toArray(String[]::new));
        assertEquals("0", cli[0], cli[1]);
        List<String> sparkArgs = new ArrayList<>(List.of("dedupe"));
        sparkArgs.addAll(words);
        sparkArgs.addAll(List.of("--partitions", "3", "--input", input.toString(), "--output", dir.resolve("spark").toString()));
        String[] spark = spark(sparkArgs.toArray(String[]::new));
        assertEquals("0", spark[0], spark[1]);
        List<String> expected = sortedLines(dir.resolve("cli.ndjson"));
        assertEquals(expected, sortedLines(dir.resolve("spark")), options);
        return expected;
    }

    private static long count(List<String> lines, String part) {
        return lines.stream().filter(line -> line.contains(part)).count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--keep longest", "--keep earliest --window 2", "--window 0 --threshold 0.5",
            "--field title+text --containment 2", "--paragraphs --min-docs 3 --keep longest"})
    void theSampleGivesTheCliDocuments(String options, @TempDir Path dir) throws IOException {
        List<String> expected = sameAsCli(SAMPLE, options, dir);
        assertEquals(312, expected.size());
        assertTrue(count(expected, "\"of\":") > 0, "some copies: " + options);
    }

    @Test
    void theSampleWithDropGivesTheCliDocuments(@TempDir Path dir) throws IOException {
        List<String> expected = sameAsCli(SAMPLE, "--drop --keep earliest", dir);
        assertEquals(0, count(expected, "\"of\":"));
        assertTrue(expected.size() < 312, "copies left out: " + expected.size());
    }

    /** The seeds, an exact copy, a copy with its first paragraph dropped and a copy of another with a new line. */
    @Test
    void theSeedsWithCopiesGiveTheCliDocuments(@TempDir Path dir) throws IOException {
        Path ingested = dir.resolve("ingested.ndjson");
        assertEquals("0", cli("ingest", "-q", "-o", ingested.toString(), SEEDS.toString())[0]);
        List<String> docs = new ArrayList<>(Files.readAllLines(ingested));
        assertEquals(5, docs.size());
        List<String> copies = new ArrayList<>();
        copies.add(docs.get(0).replaceFirst("\"id\":\"([^\"]+)\"", "\"id\":\"$1-exact\""));
        String second = docs.get(1).replaceFirst("\"id\":\"([^\"]+)\"", "\"id\":\"$1-cut\"");
        copies.add(second.replaceFirst("\"text\":\"(.*?)\\\\n\\\\n", "\"text\":\""));
        copies.add(docs.get(2).replaceFirst("\"id\":\"([^\"]+)\"", "\"id\":\"a-$1-more\"")
                .replaceFirst("\"text\":\"", "\"text\":\"Updated on Tuesday. "));
        docs.addAll(1, copies);
        Path input = Files.write(dir.resolve("input.ndjson"), docs);
        // with a window, undated documents are never merged: only the dated exact copy is one
        String[] options = {"", "--keep longest", "--keep earliest --window 1"};
        int[] copiesFound = {3, 3, 1};
        for (int i = 0; i < options.length; i++) {
            Path run = Files.createDirectory(dir.resolve("run" + i));
            List<String> expected = sameAsCli(input, options[i], run);
            assertEquals(8, expected.size());
            assertEquals(copiesFound[i], count(expected, "\"of\":"), options[i]);
        }
    }

    @Test
    void aRepeatedIdIsABadRecordAsInTheCli(@TempDir Path dir) throws IOException {
        List<String> docs = Files.readAllLines(SAMPLE).subList(0, 20);
        List<String> withRepeat = new ArrayList<>(docs);
        withRepeat.add(docs.get(3));
        Path input = Files.write(dir.resolve("input.ndjson"), withRepeat);
        String[] cli = cli("dedupe", "-o", dir.resolve("cli.ndjson").toString(), input.toString());
        assertEquals("1", cli[0]);
        String[] spark = spark("dedupe", "--input", input.toString(), "--output", dir.resolve("spark").toString());
        assertEquals("1", spark[0]);
        assertEquals(cli[1].replace("lede dedupe:", "lede spark dedupe:"), spark[1]);
    }

    /** The seeds and a copy of one under another file name, through ingest, extract and dedupe in one job. */
    @Test
    void thePipelineGivesTheCliDocuments(@TempDir Path dir) throws IOException {
        Path articles = Files.createDirectory(dir.resolve("articles"));
        try (var seeds = Files.list(SEEDS)) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, articles.resolve(seed.getFileName()));
            }
        }
        Files.writeString(articles.resolve("100_copy.txt"),
                "Reprinted.\n\n" + Files.readString(articles.resolve("004_05a6c317fb3580cc.txt")));
        Path ingested = dir.resolve("ingested.ndjson");
        Path extracted = dir.resolve("extracted.ndjson");
        assertEquals("0", cli("ingest", "-q", "-o", ingested.toString(), articles.toString())[0]);
        String[] cli = cli("extract", "--quiet", "--only", "quantities", "-o", extracted.toString(), ingested.toString());
        assertEquals("0", cli[0], cli[1]);
        cli = cli("dedupe", "--no-progress", "--keep", "longest", "-o", dir.resolve("cli.ndjson").toString(),
                extracted.toString());
        assertEquals("0", cli[0], cli[1]);
        String[] spark = spark("pipeline", "--input", articles.toString(), "--output", dir.resolve("spark").toString(),
                "--stages", "ingest,extract,dedupe", "--only", "quantities", "--keep", "longest");
        assertEquals("0", spark[0], spark[1]);
        List<String> expected = sortedLines(dir.resolve("cli.ndjson"));
        assertEquals(6, expected.size());
        assertEquals(1, count(expected, "\"of\":"));
        assertEquals(expected, sortedLines(dir.resolve("spark")));
    }

    /**
     * The hand-built near-duplicate development set (3,425 Reuters-based documents: 700 originals with 1-4
     * reprints each, hard negatives and fillers), the gold fields left in (both sides see them).
     */
    @lede.testing.CorpusTest
    @ParameterizedTest
    @ValueSource(strings = {"", "--keep earliest --window 1", "--keep longest --field title+text --paragraphs"})
    void theNearDuplicateDevSetGivesTheCliDocuments(String options, @TempDir Path dir) throws IOException {
        Path input = lede.testing.CorpusCondition.testdata().resolve("neardup-dev/synthetic-dev.ndjson");
        List<String> expected = sameAsCli(input, options, dir);
        assertEquals(3425, expected.size());
        assertTrue(count(expected, "\"of\":") > 1000, "copies: " + count(expected, "\"of\":"));
    }
}
