package lede.spark;

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
 * A report on Spark (each of 3 partitions counts its documents; the parts are merged) has the CLI's rows, in the
 * CLI's order, on the committed sample of 312 extracted documents (12 of them marked as copies).
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
    })
    void rowsEqualTheCli(String report, @TempDir Path dir) throws IOException {
        List<String> options = words(report);
        List<String> cliArgs = new ArrayList<>(List.of("stats"));
        cliArgs.addAll(options);
        cliArgs.addAll(List.of("-o", dir.resolve("cli.ndjson").toString(), SAMPLE.toString()));
        String[] cli = cli(cliArgs.toArray(String[]::new));
        assertEquals("0", cli[0], cli[1]);

        List<String> sparkArgs = new ArrayList<>(List.of("stats"));
        sparkArgs.addAll(options);
        sparkArgs.addAll(List.of("--partitions", "3", "--input", SAMPLE.toString(), "--output", dir.resolve("spark").toString()));
        String[] spark = spark(sparkArgs.toArray(String[]::new));
        assertEquals("0", spark[0], spark[1]);

        List<String> expected = Files.readAllLines(dir.resolve("cli.ndjson"));
        assertTrue(expected.size() >= 1, report);
        assertEquals(expected, Files.readAllLines(dir.resolve("spark/part-00000")), report);
        assertEquals(cli[1].replace("lede stats " + options.get(0), "lede spark stats " + options.get(0)), spark[1]);
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
