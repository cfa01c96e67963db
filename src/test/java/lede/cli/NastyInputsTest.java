package lede.cli;

import com.fasterxml.jackson.databind.JsonNode;
import lede.Lede;
import lede.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The nasty inputs of src/test/resources/lede/nasty/ (and two too big to keep in git, made here): each
 * gives a correct result, or one clear error naming file and line; with --skip-bad the rest comes through.
 */
class NastyInputsTest {
    private static final String NASTY = "src/test/resources/lede/nasty/";

    @TempDir
    Path dir;

    private record CommandResult(int status, String err, List<JsonNode> out, List<JsonNode> rejects) {
        JsonNode only() {
            assertEquals(1, out.size(), "documents: " + out);
            return out.get(0);
        }
    }

    private CommandResult lede(String... args) throws IOException {
        Path out = dir.resolve("out-" + System.nanoTime() + ".ndjson");
        Path rejects = dir.resolve("rejects.ndjson");
        Files.deleteIfExists(rejects);
        List<String> all = new ArrayList<>(List.of(args));
        all.add(all.indexOf("--") < 0 ? all.size() : all.indexOf("--"), "-o");
        all.add(all.indexOf("-o") + 1, out.toString());
        all.replaceAll(a -> a.equals("REJECTS") ? rejects.toString() : a);
        StringWriter err = new StringWriter();
        CommandLine cli = Lede.commandLine();
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(all.toArray(String[]::new));
        return new CommandResult(status, err.toString().replace(dir + "/", ""), lines(out), lines(rejects));
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                nodes.add(Json.MAPPER.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void invalidUtf8IsReadAsWindows1252WithAWarning() throws IOException {
        CommandResult run = lede("ingest", NASTY + "invalid-utf8.txt");
        assertEquals(0, run.status);
        assertEquals("Kyiv café report", run.only().get("title").asText());
        assertEquals("The mayor said “no” and ÿþ left.", run.only().get("text").asText());
        assertEquals("[\"not valid UTF-8; decoded as Windows-1252\"]", run.only().get("warnings").toString());
    }

    @Test
    void nulBytesAreDropped() throws IOException {
        CommandResult run = lede("ingest", NASTY + "nul-bytes.txt");
        assertEquals("Text with a NUL byte in the middle.", run.only().get("text").asText());
    }

    @Test
    void a50MegabyteSingleLineIsOneDocument() throws IOException {
        StringBuilder text = new StringBuilder(52_000_000);
        String[] words = {"Kyiv", "said", "the", "troops", "Kharkiv", "advance", "on", "Monday"};
        for (int i = 0; text.length() < 50_000_000; i++) {
            text.append(words[i % words.length]).append(i % 17 == 16 ? ". " : " ");
        }
        String body = text.toString().strip();
        Path file = dir.resolve("huge.ndjson");
        Files.writeString(file, "{\"id\":\"huge\",\"text\":\"" + body + "\"}\n{\"id\":\"next\",\"text\":\"Still here.\"}\n");
        CommandResult run = lede("ingest", file.toString());
        assertEquals(0, run.status);
        assertEquals(2, run.out.size());
        assertEquals(body.length(), run.out.get(0).get("text").asText().length());
        assertEquals("Still here.", run.out.get(1).get("text").asText());
    }

    @Test
    void emptyAndWhitespaceOnlyFilesGiveNoDocumentAndSaySo() throws IOException {
        CommandResult run = lede("ingest", NASTY + "empty.txt", NASTY + "whitespace-only.txt", NASTY + "utf8-bom.txt");
        assertEquals(0, run.status);
        assertEquals(1, run.out.size());
        assertEquals("lede ingest: 1 document from 3 files; skipped 2 empty files\n", run.err);
    }

    @Test
    void byteOrderMarkIsNotPartOfTheTitle() throws IOException {
        JsonNode doc = lede("ingest", NASTY + "utf8-bom.txt").only();
        assertEquals("Kherson liberated", doc.get("title").asText());
        assertEquals("Ukrainian troops entered Kherson on Friday.", doc.get("text").asText());
    }

    @Test
    void crlfLineEndsReadLikeLf() throws IOException {
        Path lf = dir.resolve("crlf.txt");
        Files.writeString(lf, Files.readString(Path.of(NASTY + "crlf.txt")).replace("\r\n", "\n"));
        JsonNode crlf = lede("ingest", NASTY + "crlf.txt").only();
        JsonNode plain = lede("ingest", lf.toString()).only();
        assertEquals("Kharkiv advance", crlf.get("title").asText());
        assertEquals(plain.get("text"), crlf.get("text"));
        assertEquals("The counter-offensive reached Izium.\n\nIt went on.", crlf.get("text").asText());
    }

    @Test
    void truncatedGzipKeepsWhatCameBeforeAndNamesTheLine() throws IOException {
        CommandResult failing = lede("ingest", NASTY + "truncated.ndjson.gz");
        assertEquals(1, failing.status);
        // every complete line the gzip holds before the break (zlib recovers 3,983)
        assertEquals(3983, failing.out.size());
        assertEquals("lede ingest: " + NASTY + "truncated.ndjson.gz:3984: cannot read: unexpected end of input "
                + "(truncated gzip?)\n", failing.err);

        CommandResult skipping = lede("ingest", "--skip-bad", "REJECTS", NASTY + "truncated.ndjson.gz", NASTY + "crlf.txt");
        assertEquals(0, skipping.status);
        assertEquals(3984, skipping.out.size());
        assertEquals("crlf", skipping.out.get(3983).get("id").asText());
        assertEquals(1, skipping.rejects.size());
        assertEquals(3984, skipping.rejects.get(0).get("line").asInt());
    }

    @Test
    void jsonNested10000DeepIsABadRecordInEveryStage() throws IOException {
        CommandResult ingest = lede("ingest", NASTY + "nested-10000.ndjson");
        assertEquals(1, ingest.status);
        assertEquals("lede ingest: " + NASTY + "nested-10000.ndjson:2: JSON nested deeper than 1000 levels\n",
                ingest.err);

        CommandResult skipping = lede("ingest", "--skip-bad", "REJECTS", NASTY + "nested-10000.ndjson");
        assertEquals(List.of("ok1", "ok2"), ids(skipping.out));
        assertEquals(1, skipping.rejects.size());

        CommandResult stats = lede("stats", "count", "--skip-bad", "REJECTS", NASTY + "nested-10000.ndjson");
        assertEquals(0, stats.status);
        assertEquals(2, stats.only().get("documents").asInt());
        CommandResult dedupe = lede("dedupe", NASTY + "nested-10000.ndjson");
        assertEquals(1, dedupe.status);
        assertEquals("lede dedupe: " + NASTY + "nested-10000.ndjson:2: JSON nested deeper than 1000 levels\n",
                dedupe.err);
    }

    @Test
    void numbersWhereStringsBelong() throws IOException {
        CommandResult run = lede("ingest", NASTY + "wrong-types.ndjson");
        assertEquals(0, run.status);
        assertEquals(List.of("n1", "n2", "n3"), ids(run.out));
        assertEquals("2022-08-06", run.out.get(0).get("date").asText()); // 20220806 is a day, not seconds
        assertEquals("", run.out.get(1).get("text").asText());         // "text": null: an empty, flagged text
        assertEquals(true, run.out.get(1).get("warnings").get(0).asText().startsWith("no text field"));
        assertEquals("A fine document.", run.out.get(2).get("text").asText());
    }

    @Test
    void csvWithAnUnbalancedQuoteStopsAtTheRowWhereItOpens() throws IOException {
        CommandResult failing = lede("ingest", NASTY + "unbalanced-quote.csv");
        assertEquals(1, failing.status);
        assertEquals(List.of("1"), ids(failing.out));
        assertEquals("lede ingest: " + NASTY + "unbalanced-quote.csv:4: bad CSV: EOF reached before encapsulated "
                + "token finished\n", failing.err);
        CommandResult skipping = lede("ingest", "--skip-bad", "REJECTS", NASTY + "unbalanced-quote.csv", NASTY + "utf8-bom.txt");
        assertEquals(List.of("1", "utf8-bom"), ids(skipping.out));
        assertEquals(4, skipping.rejects.get(0).get("line").asInt());
    }

    @Test
    void htmlPageOfFiveMegabytesOfScriptKeepsOnlyTheArticle() throws IOException {
        StringBuilder page = new StringBuilder("<html><head><title>Kyiv under fire</title><script>");
        while (page.length() < 5_000_000) {
            page.append("var tracker = {id: 42, name: 'analytics', push: function(x) { return x * 2; }};\n");
        }
        page.append("</script></head><body><nav>Home | World</nav><article><p>Missiles struck Kyiv on Monday.</p>"
                + "</article></body></html>");
        Path file = dir.resolve("script.html");
        Files.writeString(file, page);
        CommandResult run = lede("ingest", file.toString());
        assertEquals(0, run.status);
        assertEquals("Kyiv under fire", run.only().get("title").asText());
        assertEquals("Missiles struck Kyiv on Monday.", run.only().get("text").asText());
    }

    private static List<String> ids(List<JsonNode> docs) {
        return docs.stream().map(d -> d.get("id").asText()).toList();
    }
}
