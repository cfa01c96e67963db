package lede.spark;

import lede.Lede;
import lede.io.Inputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark route gives the command line's documents, byte for byte, sorted by id: ingest and extract on the
 * seeds, in Spark's local mode (two task threads), against the CLI run in the same JVM.
 */
class SparkPipelineTest {
    private static final Path SEEDS = Path.of("seeds").toAbsolutePath();

    /** Runs a command ({@code lede} or {@code lede spark}); returns the status and stderr. */
    static String[] run(CommandLine cli, String... args) {
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(args);
        return new String[]{Integer.toString(status), err.toString()};
    }

    static String[] cli(String... args) {
        return run(Lede.commandLineFor(args), args);
    }

    /** Runs {@code lede spark} in local mode with two task threads. */
    static String[] spark(String... args) {
        String[] withMaster = java.util.Arrays.copyOf(args, args.length + 2);
        withMaster[args.length] = "--master";
        withMaster[args.length + 1] = "local[2]";
        return run(LedeSpark.commandLine(), withMaster);
    }

    /** The lines of an NDJSON file or of a folder's part files (gzipped or not), sorted by the JSON text. */
    static List<String> sortedLines(Path fileOrFolder) throws IOException {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(fileOrFolder)) {
            try (Stream<Path> parts = Files.list(fileOrFolder)) {
                parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().forEach(files::add);
            }
        } else {
            files.add(fileOrFolder);
        }
        List<String> lines = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Inputs.open(file)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                text.lines().forEach(lines::add);
            }
        }
        // every document starts {"id":"...": sorting the lines sorts by id
        lines.sort(Comparator.naturalOrder());
        return lines;
    }

    @Test
    void ingestGivesTheCliDocuments(@TempDir Path dir) throws IOException {
        String[] cli = cli("ingest", "-q", "-o", dir.resolve("cli.ndjson").toString(), SEEDS.toString());
        assertEquals("0", cli[0], cli[1]);
        String[] spark = spark("ingest", "--input", SEEDS.toString(), "--output", dir.resolve("spark").toString());
        assertEquals("0", spark[0], spark[1]);
        assertEquals("lede spark ingest: 5 documents to " + dir.resolve("spark") + "\n", spark[1]);
        List<String> expected = sortedLines(dir.resolve("cli.ndjson"));
        assertEquals(5, expected.size());
        assertEquals(expected, sortedLines(dir.resolve("spark")));
    }

    @Test
    void ingestAndExtractGiveTheCliDocuments(@TempDir Path dir) throws IOException {
        Path ingested = dir.resolve("ingested.ndjson");
        assertEquals("0", cli("ingest", "-q", "-o", ingested.toString(), SEEDS.toString())[0]);
        String[] cli = cli("extract", "--quiet", "--threads", "2", "--only", "entities,quantities", "-o",
                dir.resolve("cli.ndjson").toString(), ingested.toString());
        assertEquals("0", cli[0], cli[1]);
        String[] spark = spark("pipeline", "--input", SEEDS.toString(), "--output", dir.resolve("spark").toString(),
                "--stages", "ingest,extract", "--only", "entities,quantities", "--gzip");
        assertEquals("0", spark[0], spark[1]);
        assertTrue(Files.exists(dir.resolve("spark/part-00000.gz")), "gzipped part files");
        List<String> expected = sortedLines(dir.resolve("cli.ndjson"));
        assertEquals(5, expected.size());
        assertTrue(expected.get(0).contains("\"entities\":[{"), expected.get(0));
        assertEquals(expected, sortedLines(dir.resolve("spark")));

        // and extract alone, on the CLI's ingested file
        spark = spark("extract", "--input", ingested.toString(), "--output", dir.resolve("spark2").toString(),
                "--only", "entities,quantities", "--partitions", "3");
        assertEquals("0", spark[0], spark[1]);
        assertEquals(expected, sortedLines(dir.resolve("spark2")));
    }

    @Test
    void aDocumentInAnotherLanguageIsSkippedAsInTheCli(@TempDir Path dir) throws IOException {
        Path ingested = dir.resolve("ingested.ndjson");
        assertEquals("0", cli("ingest", "-q", "-o", ingested.toString(), SEEDS.toString())[0]);
        List<String> docs = Files.readAllLines(ingested);
        assertTrue(docs.get(1).contains("\"lang\":\"en\""), docs.get(1));
        docs.set(1, docs.get(1).replace("\"lang\":\"en\"", "\"lang\":\"ru\""));
        Files.write(ingested, docs);
        String[] cli = cli("extract", "--quiet", "--only", "quantities", "-o", dir.resolve("cli.ndjson").toString(),
                ingested.toString());
        assertEquals("0", cli[0], cli[1]);
        String[] spark = spark("extract", "--input", ingested.toString(), "--output", dir.resolve("spark").toString(),
                "--only", "quantities");
        assertEquals("0", spark[0], spark[1]);
        List<String> expected = sortedLines(dir.resolve("cli.ndjson"));
        assertEquals(1, expected.stream().filter(line -> line.contains("\"skipped\":\"lang ru\"")).count());
        assertEquals(expected, sortedLines(dir.resolve("spark")));
    }

    @Test
    void aBadRecordStopsTheRunAsInTheCli(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("in.ndjson"),
                "{\"id\":\"a\",\"text\":\"Kyiv said on Monday.\"}\n{\"id\":\"b\",\"text\":\n{\"id\":\"c\",\"text\":\"Paris.\"}\n");
        String[] cli = cli("ingest", "-q", "-o", dir.resolve("cli.ndjson").toString(), input.toString());
        assertEquals("1", cli[0]);
        String[] spark = spark("ingest", "--input", input.toString(), "--output", dir.resolve("spark").toString());
        assertEquals("1", spark[0]);
        assertTrue(cli[1].startsWith("lede ingest: " + input + ":2: not valid JSON"), cli[1]);
        assertEquals(cli[1].replace("lede ingest:", "lede spark ingest:"), spark[1]);
        assertTrue(Files.notExists(dir.resolve("spark")), "nothing written");

        spark = spark("ingest", "--input", input.toString(), "--output", dir.resolve("spark").toString(),
                "--skip-bad", dir.resolve("bad").toString());
        assertEquals("0", spark[0], spark[1]);
        assertEquals(List.of("a", "c"), sortedLines(dir.resolve("spark")).stream()
                .map(line -> line.substring(7, 8)).toList());
        List<String> bad = sortedLines(dir.resolve("bad"));
        assertEquals(1, bad.size());
        assertTrue(bad.get(0).startsWith("{\"file\":\"" + input + "\",\"line\":2,\"reason\":\"not valid JSON"), bad.get(0));
    }

    @Test
    void repeatedIdsStopTheRunOrAreRenumberedAsInTheCli(@TempDir Path dir) throws IOException {
        Path input = Files.writeString(dir.resolve("in.ndjson"), "{\"id\":\"a\",\"text\":\"One.\"}\n"
                + "{\"id\":\"a\",\"text\":\"Two.\"}\n{\"id\":\"a-2\",\"text\":\"Three.\"}\n{\"id\":\"a\",\"text\":\"Four.\"}\n");
        String[] cli = cli("ingest", "-q", "-o", dir.resolve("cli.ndjson").toString(), input.toString());
        assertEquals("1", cli[0]);
        String[] spark = spark("ingest", "--input", input.toString(), "--output", dir.resolve("spark").toString());
        assertEquals("1", spark[0]);
        assertEquals(cli[1].replace("lede ingest:", "lede spark ingest:"), spark[1]);

        cli = cli("ingest", "-q", "--renumber", "-o", dir.resolve("cli.ndjson").toString(), input.toString());
        assertEquals("0", cli[0], cli[1]);
        spark = spark("ingest", "--renumber", "--input", input.toString(), "--output", dir.resolve("spark").toString());
        assertEquals("0", spark[0], spark[1]);
        List<String> expected = sortedLines(dir.resolve("cli.ndjson"));
        assertEquals(List.of("a", "a-2", "a-2-2", "a-3"), expected.stream()
                .map(line -> line.substring(7, line.indexOf('"', 7))).toList());
        assertEquals(expected, sortedLines(dir.resolve("spark")));
    }
}
