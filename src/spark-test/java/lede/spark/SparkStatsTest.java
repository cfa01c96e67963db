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
import static lede.spark.SparkPipelineTest.spark;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every report on Spark (each partition counts its documents; the parts are merged) has the CLI's rows, in the
 * CLI's order, and the CLI's note on stderr, on the committed sample of 312 extracted documents (12 of them marked
 * as copies, 36 without a date).
 */
class SparkStatsTest {
    private static final Path SAMPLE = Path.of("src/test/resources/lede/export/html/sample.ndjson").toAbsolutePath();

    @ParameterizedTest
    @ValueSource(strings = {
            "count",
            "count --by month",
            "count --by month --by source --include-copies",
            "entities",
            "entities --type PERSON --by month --top 5",
            "entities --type place --top 10 --where 'date >= 2022-09-05'",
            "entities --no-merge --top 20",
            "cooccur",
            "cooccur --within sentence --min 2 --type PERSON,ORGANIZATION",
            "cooccur --top 15 --where 'date >= 2022-12'",
            "ngrams --top 40",
            "ngrams --n 2 --min 3 --stopwords none",
            "ngrams --n 3 --top 25 --where 'source = wire' --include-copies",
            "collocations Kherson --top 20",
            "collocations Europe --window 3 --measure ll --min 2",
            "collocations winter --measure mi --where 'date < 2023'",
            "keyness --where 'date >= 2022-12' --top 20",
            "keyness --entities --where 'source = wire' --vs 'source = kyiv-daily'",
            "keyness --stopwords en --p 0.01 --where 'source = europe-post'",
            "kwic Kherson --width 30",
            "kwic --entity 'Volodymyr Zelensky' --top 7",
            "kwic --regex 'tanks?|oil' --case-sensitive --where 'date = 2022-12'",
            "quantities",
            "quantities --top 3",
            "quantities --by week",
            "quantities --unit USD --top 5 --where 'source = world-news'",
            "quotes",
            "quotes --by month --top 5 --wide",
            "quotes --by source --top 4",
            "quotes --speaker Macron",
            "quotes --speaker 'Sergei Lavrov' --top 3 --include-copies",
    })
    void rowsEqualTheCli(String report, @TempDir Path dir) throws IOException {
        assertSameRows(words(report), 3, dir);
    }

    /** Reports whose rows depend on where the parts meet (the first N lines, N speakers) on 1 and 7 partitions. */
    @ParameterizedTest
    @ValueSource(ints = {1, 7})
    void partitionsDoNotChangeTheRows(int partitions, @TempDir Path dir) throws IOException {
        for (String report : List.of("kwic --entity 'Volodymyr Zelensky' --top 20", "quotes --speaker Macron --top 5",
                "ngrams --n 2 --top 30", "entities --by week --top 3 --no-fill")) {
            Path each = Files.createDirectory(dir.resolve(report.replaceAll("[^a-z0-9]+", "-")));
            assertSameRows(words(report), partitions, each);
        }
    }

    /** --aliases is read on the driver: the renaming (after the names pass, or alone) reaches every report. */
    @Test
    void aliasesRenameAsOnTheCli(@TempDir Path dir) throws IOException {
        Path aliases = dir.resolve("aliases.tsv");
        Files.writeString(aliases, "Emmanuel Macron\tPresident Macron\tPERSON\nthe Kremlin\tRussian government\n");
        for (String report : List.of("entities --top 12", "entities --no-merge --type ORGANIZATION", "quotes --top 3",
                "cooccur --type PERSON,ORGANIZATION --top 15", "count --by source")) {
            List<String> options = new ArrayList<>(words(report));
            options.addAll(List.of("--aliases", aliases.toString()));
            Path each = Files.createDirectory(dir.resolve(report.replaceAll("[^a-z0-9]+", "-")));
            List<String> rows = assertSameRows(options, 3, each);
            String all = String.join("\n", rows);
            if (!report.startsWith("count")) {
                assertTrue(all.contains("President Macron") || all.contains("Russian government"),
                        report + ": the alias renamed nothing");
            }
        }
    }

    /**
     * A user error is the CLI's one line and status, whether found on the driver (an option, --where, an empty
     * target part) or in a task (a --regex out of time).
     */
    @ParameterizedTest
    @ValueSource(strings = {"ngrams --n 6", "quotes --wide", "entities --where 'date >'", "kwic --regex x --entity y",
            "quantities --by decade", "keyness --where 'source = nowhere'", "kwic --regex '(.*a){12}!x'"})
    void errorsAreTheCliOnes(String report, @TempDir Path dir) {
        List<String> options = words(report);
        List<String> cliArgs = new ArrayList<>(List.of("stats"));
        cliArgs.addAll(options);
        cliArgs.add(SAMPLE.toString());
        String[] cli = cli(cliArgs.toArray(String[]::new));
        assertTrue(!cli[0].equals("0"), report);

        List<String> sparkArgs = new ArrayList<>(List.of("stats"));
        sparkArgs.addAll(options);
        sparkArgs.addAll(List.of("--partitions", "1", "--input", SAMPLE.toString(), "--output", dir.resolve("spark").toString()));
        String[] spark = spark(sparkArgs.toArray(String[]::new));
        assertEquals(cli[0], spark[0], spark[1]);
        // which document a --regex first runs out of time on depends on the machine's load, in both
        assertEquals(cli[1].lines().findFirst().orElseThrow().replace("lede stats ", "lede spark stats ")
                        .replaceAll("on document s\\d+", "on document ..."),
                spark[1].lines().findFirst().orElseThrow().replaceAll("on document s\\d+", "on document ..."));
    }

    /** Runs the report with the CLI and on Spark; asserts the rows and stderr are the same; returns the rows. */
    private static List<String> assertSameRows(List<String> options, int partitions, Path dir) throws IOException {
        String report = String.join(" ", options);
        List<String> cliArgs = new ArrayList<>(List.of("stats"));
        cliArgs.addAll(options);
        cliArgs.addAll(List.of("-o", dir.resolve("cli.ndjson").toString(), SAMPLE.toString()));
        String[] cli = cli(cliArgs.toArray(String[]::new));
        assertEquals("0", cli[0], cli[1]);

        List<String> sparkArgs = new ArrayList<>(List.of("stats"));
        sparkArgs.addAll(options);
        sparkArgs.addAll(List.of("--partitions", Integer.toString(partitions), "--input", SAMPLE.toString(),
                "--output", dir.resolve("spark").toString()));
        String[] spark = spark(sparkArgs.toArray(String[]::new));
        assertEquals("0", spark[0], spark[1]);

        List<String> expected = Files.readAllLines(dir.resolve("cli.ndjson"));
        assertTrue(expected.size() >= 1, report);
        assertEquals(expected, Files.readAllLines(dir.resolve("spark/part-00000")), report);
        assertEquals(cli[1].replace("lede stats " + options.get(0), "lede spark stats " + options.get(0)), spark[1]);
        return expected;
    }

    /** Splits on spaces, keeping '...' together (without the quotes). */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        String[] quoted = line.split("'");
        for (int i = 0; i < quoted.length; i++) {
            if (i % 2 == 1) {
                words.add(quoted[i]);
            } else {
                Arrays.stream(quoted[i].trim().split(" +")).filter(w -> !w.isEmpty()).forEach(words::add);
            }
        }
        return words;
    }
}
