package lede.ingest;

import lede.Lede;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code lede ingest} as a user runs it: exit status, stdout, stderr. */
class IngestCommandTest {
    private record Result(int status, String out, String err) {
    }

    private static Result lede(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Lede.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Result(status, out.toString(), err.toString());
    }

    @Test
    void ingestsSeedsToAFileWithASummaryOnStderr(@TempDir Path dir) throws IOException {
        Path output = dir.resolve("docs.ndjson");
        Result r = lede("ingest", "-o", output.toString(), "seeds/");
        assertEquals(0, r.status);
        assertEquals("lede ingest: 5 documents from 5 files; removed: pictured-inline 2, share-widget 1, "
                + "related-news 1, comments-widget 3, banner 1, photo-caption 11, left-right-caption 1, read-more 4, "
                + "byline 1, unmarked-caption 8, repeated-paragraph 2\n", r.err);
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
        assertEquals(5, lines.size());
        assertTrue(lines.get(0).startsWith("{\"id\":\"000_908ccf2e5f0b18b0\",\"source\":\"seeds/000_908ccf2e5f0b18b0.txt\","
                + "\"title\":null,\"date\":\"2022-08-06\",\"author\":null,\"url\":null,\"lang\":\"en\",\"text\":\"Russian tanks"));
        assertTrue(lede("ingest", "-q", "-o", output.toString(), "seeds/").err.isEmpty());
    }

    @Test
    void badInputIsOneLineAndStatus1() {
        Result r = lede("ingest", "-o", "/dev/null", Ingested.resource("too-many-fields.csv"));
        assertEquals(1, r.status);
        assertEquals("lede ingest: src/test/resources/lede/ingest/too-many-fields.csv:3: row has 4 fields, "
                + "the header has 3\n", r.err);
        r = lede("ingest", "--no-rule", "nonsense", "seeds/");
        assertEquals(1, r.status);
        assertTrue(r.err.startsWith("lede ingest: --no-rule nonsense: no such rule"));
    }

    @Test
    void skipBadCountsInTheSummary(@TempDir Path dir) {
        Path rejects = dir.resolve("rejects.ndjson");
        Result r = lede("ingest", "-o", "/dev/null", "--skip-bad", rejects.toString(),
                Ingested.resource("broken.ndjson"), Ingested.resource("binary.txt"));
        assertEquals(0, r.status);
        assertEquals("lede ingest: 2 documents from 2 files\nlede ingest: skipped 2 bad records (see " + rejects + ")\n",
                r.err);
    }

    @Test
    void printRulesPrintsTheShippedFile() {
        Result r = lede("ingest", "--print-rules");
        assertEquals(0, r.status);
        assertEquals(Rules.defaultText(), r.out);
    }

    @Test
    void readsStdinAndGuessesItsFormat() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String[] input : new String[][]{{"seeds/003_7d3ec2061dc0c35b.txt", "\"title\":\"Russians flee border town"},
                {"src/test/resources/lede/ingest/article.html", "\"title\":\"Dam breach floods villages downstream\""}}) {
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "lede.Lede", "ingest", "-q", "-")
                    .redirectInput(Path.of(input[0]).toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor());
            assertTrue(out.startsWith("{\"id\":\"stdin\",\"source\":\"stdin\"," + input[1]), out);
        }
    }

    /** A real process writing into {@code | head -1}: the closed pipe ends it quietly with status 0. */
    @Test
    void closedPipeEndsQuietly(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String lede = "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' lede.Lede ingest ";
        // far more output than a pipe holds, so the writer meets the closed pipe while documents remain
        Path big = dir.resolve("many.ndjson");
        try (var out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 20_000; i++) {
                out.write("{\"id\":\"d" + i + "\",\"text\":\"Kyiv said on Monday that " + i + " drones were shot down.\"}\n");
            }
        }
        for (String input : List.of("seeds/", big.toString())) {
            Process p = new ProcessBuilder("bash", "-c", lede + input + " 2>target/err.txt | head -1; exit ${PIPESTATUS[0]}")
                    .redirectErrorStream(false).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), input);
            assertEquals(1, out.split("\n").length, input);
            String err = Files.readString(Path.of("target/err.txt"));
            // no error text: at most the end-of-run summary, which a run cut short by the pipe does not reach
            assertTrue(err.isEmpty() || err.matches("lede ingest: \\d+ documents from \\d+ files?[^\n]*\n"), err);
        }
    }
}
