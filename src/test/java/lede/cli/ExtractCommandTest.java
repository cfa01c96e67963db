package lede.cli;

import lede.Lede;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import com.fasterxml.jackson.databind.JsonNode;
import lede.extract.Pipelines;
import lede.io.Json;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Option errors are reported before any model is loaded. */
class ExtractCommandTest {
    private static String[] run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = Lede.commandLine();
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(args);
        return new String[]{Integer.toString(status), err.toString()};
    }

    @Test
    void unknownOutputIsAUserError() {
        String[] result = run("extract", "--only", "entities,people");
        assertEquals("1", result[0]);
        assertTrue(result[1].startsWith("lede extract: unknown output 'people' for --only; choose from entities, dates"),
                result[1]);
    }

    @Test
    void badNumbersAreUserErrors() {
        assertEquals("lede extract: --threads must be between 1 and 1024, not 0\n", run("extract", "--threads", "0")[1]);
        assertEquals("lede extract: --max-chars must be between 1000 and 2147483647, not 10\n",
                run("extract", "--max-chars", "10")[1]);
    }

    @Test
    void noDocumentsMeansNoModels(@TempDir Path dir) throws Exception {
        int before = Pipelines.loaded();
        Path out = dir.resolve("out.ndjson");
        Path blank = Files.writeString(dir.resolve("blank.ndjson"), "\n\n");
        for (String input : new String[]{"/dev/null", blank.toString()}) {
            String[] result = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run("extract", "--only", "quotes",
                    "--fine-types", "none", "-o", out.toString(), input));
            assertEquals("0", result[0], result[1]);
            assertEquals("", result[1]);
            assertEquals(0, Files.size(out));
        }
        assertEquals(before, Pipelines.loaded());
    }

    @Test
    void aResumeWithOtherOptionsIsRefused(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("in.ndjson"),
                "{\"id\":\"a\",\"text\":\"Kyiv is big.\"}\n{\"id\":\"b\",\"text\":\"So is Paris.\"}\n");
        Path out = dir.resolve("out.ndjson");
        assertEquals("0", run("extract", "--only", "entities", "--threads", "1", "--quiet", "-o", out.toString(),
                in.toString())[0]);
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        JsonNode recorded = Json.MAPPER.readTree(lines.get(0)).get("extract");
        assertEquals("{\"only\":[\"entities\"],\"fine_types\":\"lookup\",\"aliases\":[\"shipped\"],"
                + "\"fuzzy_aliases\":true,\"max_chars\":1000000,\"version\":\"" + Lede.version() + "\"}",
                recorded.toString());
        // the run was cut after the first document
        Files.writeString(out, lines.get(0) + "\n");
        for (String[] other : new String[][]{{"--only", "dates"}, {"--only", "entities,dates"},
                {"--only", "entities", "--fine-types", "none"}, {"--only", "entities", "--no-fuzzy-aliases"},
                {"--only", "entities", "--max-chars", "5000"}}) {
            List<String> args = new java.util.ArrayList<>(List.of("extract", "--resume", "--quiet", "-o", out.toString()));
            args.addAll(List.of(other));
            args.add(in.toString());
            String[] result = run(args.toArray(String[]::new));
            assertEquals("2", result[0], String.join(" ", other));
            assertTrue(result[1].startsWith("lede extract: " + out + ":1: annotated with other options ("
                    + recorded + ") than this run ("), result[1]);
            assertEquals(1, result[1].lines().count());
        }
        assertEquals(List.of(lines.get(0)), Files.readAllLines(out));
        assertEquals("0", run("extract", "--resume", "--only", "entities", "--threads", "1", "--quiet", "-o",
                out.toString(), in.toString())[0]);
        assertEquals(lines, Files.readAllLines(out));
    }

    @Test
    void missingAliasFileIsAUserError() {
        assertEquals("lede extract: no-such.tsv: no such file\n", run("extract", "--aliases", "no-such.tsv")[1]);
    }

    @Test
    void helpHasAPurposeAndExamples() {
        StringWriter out = new StringWriter();
        CommandLine cli = Lede.commandLine();
        cli.setOut(new PrintWriter(out, true));
        assertEquals(0, cli.execute("extract", "--help"));
        assertTrue(out.toString().contains("--only"));
        assertTrue(out.toString().contains("lede ingest articles/ | lede extract > annotated.ndjson"));
    }
}
