package lede.spark;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SparkSession;
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
import java.util.stream.Stream;

import static lede.spark.SparkPipelineTest.cli;
import static lede.spark.SparkPipelineTest.spark;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Spark's export writes the CLI's CSV byte for byte (the part files, in order, are the CLI's file), with 3
 * partitions flattened apart and their columns merged; Parquet holds the same rows under the same columns.
 */
class SparkExportTest {
    private static final Path SEEDS = Path.of("seeds").toAbsolutePath();
    private static final Path SAMPLE = Path.of("src/test/resources/lede/export/html/sample.ndjson").toAbsolutePath();

    /** The part files of a folder, in order, as one file. */
    static byte[] concatenated(Path folder) throws IOException {
        List<Path> parts;
        try (Stream<Path> files = Files.list(folder)) {
            parts = files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (Path part : parts) {
            all.write(Files.readAllBytes(part));
        }
        return all.toByteArray();
    }

    /** Runs lede export and lede spark export (3 partitions) with the same options; asserts equal files and stderr. */
    private static byte[] sameCsv(Path input, List<String> options, Path dir) throws IOException {
        List<String> cliArgs = new ArrayList<>(List.of("export"));
        cliArgs.addAll(options);
        cliArgs.addAll(List.of("-o", dir.resolve("cli.csv").toString(), input.toString()));
        String[] cli = cli(cliArgs.toArray(String[]::new));
        assertEquals("0", cli[0], cli[1]);
        byte[] expected = Files.readAllBytes(dir.resolve("cli.csv"));

        List<String> sparkArgs = new ArrayList<>(List.of("export", "--partitions", "3"));
        sparkArgs.addAll(options);
        sparkArgs.addAll(List.of("--input", input.toString(), "--output", dir.resolve("spark").toString()));
        String[] spark = spark(sparkArgs.toArray(String[]::new));
        assertEquals("0", spark[0], spark[1]);
        assertEquals(cli[1].replace("lede export:", "lede spark export:"), spark[1], "the CLI's warnings");
        assertTrue(Files.exists(dir.resolve("spark/part-00002")), "3 part files");
        assertEquals(new String(expected, java.nio.charset.StandardCharsets.UTF_8),
                new String(concatenated(dir.resolve("spark")), java.nio.charset.StandardCharsets.UTF_8), options.toString());

        sparkArgs.set(sparkArgs.size() - 1, dir.resolve("single").toString());
        sparkArgs.add("--single-file");
        assertEquals("0", spark(sparkArgs.toArray(String[]::new))[0]);
        assertArrayEquals(expected, Files.readAllBytes(dir.resolve("single/part-00000")), "--single-file");
        assertTrue(Files.notExists(dir.resolve("single/part-00001")));
        return expected;
    }

    @Test
    void csvOfTheIngestedSeedsIsTheClis(@TempDir Path dir) throws IOException {
        Path ingested = dir.resolve("ingested.ndjson");
        assertEquals("0", cli("ingest", "-q", "-o", ingested.toString(), SEEDS.toString())[0]);
        byte[] csv = sameCsv(ingested, List.of(), dir);
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("id,source,title,date,author,url,lang,text,"), text.substring(0, 80));
        assertEquals(6, records(csv).size(), "a header and 5 documents");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "--tsv --no-merge",
            "--fields id,date,entities.canonical,quotes.speaker,nosuch --join |",
            "--explode entities --fields id,entities.text,entities.type,entities.canonical,entities.start",
            "--explode quotes",
            "--delimiter ; --no-formula-guard",
    })
    void csvOfTheExtractedSampleIsTheClis(String options, @TempDir Path dir) throws IOException {
        List<String> words = options.isEmpty() ? List.of() : Arrays.asList(options.split(" "));
        byte[] csv = sameCsv(SAMPLE, words, dir);
        assertTrue(records(csv).size() >= 313, options);
    }

    @Test
    void csvOfStatsRowsIsTheClis(@TempDir Path dir) throws IOException {
        Path rows = dir.resolve("rows.ndjson");
        String[] stats = cli("stats", "entities", "--by", "month", "--top", "30", "-o", rows.toString(), SAMPLE.toString());
        assertEquals("0", stats[0], stats[1]);
        byte[] csv = sameCsv(rows, List.of(), dir);
        assertTrue(new String(csv, java.nio.charset.StandardCharsets.UTF_8).startsWith("month,entity,type,"),
                new String(csv, 0, 60, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void parquetHoldsTheCsvRowsTyped(@TempDir Path dir) throws IOException {
        String fields = "id,date,title,entities.canonical,quotes.speaker,dup.size,dup.cluster";
        String[] cli = cli("export", "--no-formula-guard", "--fields", fields, "-o", dir.resolve("cli.csv").toString(),
                SAMPLE.toString());
        assertEquals("0", cli[0], cli[1]);
        List<CSVRecord> expected = records(Files.readAllBytes(dir.resolve("cli.csv")));

        String[] spark = spark("export", "--parquet", "--partitions", "3", "--fields", fields,
                "--input", SAMPLE.toString(), "--output", dir.resolve("pq").toString());
        assertEquals("0", spark[0], spark[1]);
        Dataset<org.apache.spark.sql.Row> read = SparkSession.builder().getOrCreate().read().parquet(dir.resolve("pq").toString());
        assertEquals(expected.get(0).toList(), Arrays.asList(read.columns()));
        List<org.apache.spark.sql.Row> rows = read.orderBy("id").collectAsList();
        List<CSVRecord> byId = new ArrayList<>(expected.subList(1, expected.size()));
        byId.sort(java.util.Comparator.comparing(r -> r.get(0)));
        assertEquals(byId.size(), rows.size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < read.columns().length; c++) {
                Object value = rows.get(r).get(c);
                assertEquals(byId.get(r).get(c), value == null ? "" : value.toString(), "row " + r + " column " + c);
            }
        }
    }

    @Test
    void cliOnlyFormatsSaySo(@TempDir Path dir) {
        for (String option : List.of("--xlsx", "--sqlite", "--html")) {
            String[] spark = spark("export", option, "out.file", "--input", SAMPLE.toString(),
                    "--output", dir.resolve("x").toString());
            assertEquals("2", spark[0]);
            assertEquals("lede spark export: " + option + " is for the command line only (lede export " + option
                    + "); lede spark export writes --csv, --tsv or --parquet\n", spark[1]);
        }
        assertTrue(Files.notExists(dir.resolve("x")));
    }

    private static List<CSVRecord> records(byte[] csv) throws IOException {
        try (CSVParser parser = CSVParser.parse(new String(csv, java.nio.charset.StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }
}
