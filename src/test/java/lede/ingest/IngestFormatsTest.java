package lede.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.BadRecordException;
import lede.io.Json;
import lede.io.LedeException;
import lede.io.Rejects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static lede.ingest.Ingested.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every input format, the encodings, field mapping, ids, filters and bad input. */
class IngestFormatsTest {
    private static String json(ObjectNode doc) throws IOException {
        return Json.MAPPER.writeValueAsString(doc);
    }

    @Test
    void csvWithQuotedMultiLineFieldsAndAliases() throws IOException {
        Ingested run = Ingested.of(resource("articles.csv"));
        assertEquals(2, run.documents.size());
        assertEquals("{\"id\":\"articles-1\",\"source\":\"src/test/resources/lede/ingest/articles.csv:2\","
                + "\"title\":\"Grain deal extended\",\"date\":\"2022-11-17\",\"author\":null,"
                + "\"url\":\"https://example.org/grain\",\"lang\":\"en\",\"text\":\"ODESA, Ukraine — The grain corridor "
                + "stays open.\\n\\nShips left \\\"three ports\\\" on Monday, officials said.\","
                + "\"meta\":{\"section\":\"World\"},\"ingest\":{\"removed\":{},"
                + "\"lang\":{\"confidence\":null,\"from\":\"detected\"}}}", json(run.documents.get(0)));
        ObjectNode second = run.documents.get(1);
        assertEquals("src/test/resources/lede/ingest/articles.csv:5", second.get("source").textValue());
        assertEquals("Power cuts, again", second.get("title").textValue());
        assertEquals("2022-11-17", second.get("date").textValue()); // from "17 November 2022"
        assertEquals("Rolling blackouts returned to Kyiv after strikes on the grid.", second.get("text").textValue());
        assertEquals("Europe, East", second.get("meta").get("section").textValue());
    }

    @Test
    void gzippedNdjsonKeepsOtherFieldsInMeta() throws IOException {
        Ingested run = Ingested.of(resource("stories.ndjson.gz"));
        assertEquals(2, run.documents.size());
        assertEquals("{\"id\":\"g1\",\"source\":\"src/test/resources/lede/ingest/stories.ndjson.gz:1\","
                + "\"title\":\"Gzip one\",\"date\":null,\"author\":null,\"url\":null,\"lang\":\"en\","
                + "\"text\":\"First gzipped story.\",\"meta\":{\"extra\":{\"k\":[1,2]}},\"ingest\":{\"removed\":{},"
                + "\"lang\":{\"confidence\":1.0,\"from\":\"detected\"}}}",
                json(run.documents.get(0)));
        assertEquals("2022-09-10T08:00:00Z", run.documents.get(1).get("date").textValue());
    }

    @Test
    void htmlPageGivesMetaTagsAndTheArticleOnly() throws IOException {
        ObjectNode doc = Ingested.one(resource("article.html"));
        assertEquals("{\"id\":\"article\",\"source\":\"src/test/resources/lede/ingest/article.html\","
                + "\"title\":\"Dam breach floods villages downstream\",\"date\":\"2023-06-06T09:30:00+03:00\","
                + "\"author\":\"Olena Petrenko\",\"url\":\"https://news.example.org/2023/06/dam-breach\","
                + "\"lang\":\"en\",\"text\":\"Water poured through the broken dam overnight, flooding dozens of "
                + "villages along the river.\\n\\nOfficials said 16,000 people lived in the flood zone.\\n\\n"
                + "Evacuation\\n\\nBuses took residents to higher ground.\",\"meta\":{},\"ingest\":{\"removed\":{},"
                + "\"lang\":{\"confidence\":null,\"from\":\"feed\"}}}",
                json(doc));
    }

    @Test
    void windows1252FileIsDecodedWithAWarning() {
        ObjectNode doc = Ingested.one(resource("windows-1252.txt"));
        assertEquals("Café owners protest", doc.get("title").textValue());
        assertEquals("The “bistro tax” costs €300 a month – too much, they said.", doc.get("text").textValue());
        assertEquals("[\"not valid UTF-8; decoded as Windows-1252\"]", doc.get("warnings").toString());
    }

    @Test
    void utf16WithByteOrderMark() {
        ObjectNode doc = Ingested.one(resource("utf-16.txt"));
        assertEquals("Kyiv at night", doc.get("title").textValue());
        assertEquals("The city’s lights went out at 9 p.m.", doc.get("text").textValue());
        assertNull(doc.get("warnings"));
    }

    @Test
    void utf8ByteOrderMarkAndTsv(@TempDir Path dir) throws IOException {
        Path txt = dir.resolve("bom.txt");
        Files.write(txt, ("\uFEFFHeadline here\n\nBody text.\n").getBytes(StandardCharsets.UTF_8));
        ObjectNode doc = Ingested.one(txt.toString());
        assertEquals("Headline here", doc.get("title").textValue());
        assertEquals("Body text.", doc.get("text").textValue());
        Path tsv = dir.resolve("wire.tsv.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(tsv))) {
            out.write("Headline\tBody\tDate\nTabs work\tA \"quoted\" body.\t2022-09-01\n".getBytes(StandardCharsets.UTF_8));
        }
        doc = Ingested.one(tsv.toString());
        assertEquals("wire-1", doc.get("id").textValue());
        assertEquals("Tabs work", doc.get("title").textValue());
        assertEquals("A \"quoted\" body.", doc.get("text").textValue());
        assertEquals("2022-09-01", doc.get("date").textValue());
    }

    @Test
    void ndjsonLineWithWindows1252BytesIsDecodedWithAWarning(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("old.ndjson");
        byte[] line = "{\"id\":\"x\",\"text\":\"Caf\u00e9 \u201cnoir\u201d\"}\n".getBytes(Decoding.WINDOWS_1252);
        Files.write(file, line);
        ObjectNode doc = Ingested.one(file.toString());
        assertEquals("Café “noir”", doc.get("text").textValue());
        assertEquals("[\"not valid UTF-8; decoded as Windows-1252\"]", doc.get("warnings").toString());
    }

    @Test
    void textIsNormalized(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("odd.ndjson");
        // decomposed é, NUL, tab, no-break space, CR LF, many blank lines, trailing spaces
        String text = "Cafe\u0301 one\u0000 two\tthree\u00a0four.  \r\n\r\n\r\n\r\nSecond   paragraph.\u000b\r\n";
        Files.writeString(file, Json.MAPPER.writeValueAsString(Json.object().put("text", text)) + "\n");
        ObjectNode doc = Ingested.one(file.toString());
        assertEquals("Café one two three four.\n\nSecond paragraph.", doc.get("text").textValue());
        assertEquals("odd-1", doc.get("id").textValue());
    }

    @Test
    void emptyFilesAreNoArticlesButAreCounted(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.writeString(dir.resolve("blank.html"), " \n\n ");
        Files.writeString(dir.resolve("one.txt"), "Just one line.");
        Ingested run = Ingested.of(dir.toString());
        assertEquals(1, run.documents.size());
        assertEquals("Just one line.", run.documents.get(0).get("text").textValue());
        assertEquals("1 document from 3 files; skipped 2 empty files", run.summary.describe(0));
    }

    @Test
    void prettyPrintedJsonGetsAHint(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("pretty.json");
        Files.writeString(file, "[\n  {\"id\": \"x\", \"text\": \"y\"}\n]\n");
        BadRecordException e = assertThrows(BadRecordException.class, () -> Ingested.of(file.toString()));
        assertEquals(file + ":1: not valid JSON: Unexpected end-of-input: expected close marker for Array (this looks "
                + "like pretty-printed JSON; ingest reads one object per line: convert with jq -c '.[]' FILE for an "
                + "array, jq -c . FILE for objects)", e.getMessage());
    }

    @Test
    void aStrayNulByteIsRemovedNotRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("nul.txt");
        Files.write(file, "Headline\n\nA scraped\u0000 text with one NUL byte.\n".getBytes(StandardCharsets.UTF_8));
        ObjectNode doc = Ingested.one(file.toString());
        assertEquals("A scraped text with one NUL byte.", doc.get("text").textValue());
    }

    @Test
    void hardWrappedWireCopyBecomesParagraphs(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("wire.txt");
        Files.writeString(file, "Shares of the U.S.\ncompany rose after\nit said profits doubled.\n"
                + "    Analysts were surprised.\n    \"We did not expect it,\" one said.\n\n Reuter\n");
        Ingested run = new Ingested(options(o -> o.rules(Rules.defaults().without(List.of("title")))),
                Rejects.failFast(), file.toString());
        assertEquals("Shares of the U.S. company rose after it said profits doubled.\n\nAnalysts were surprised.\n\n"
                + "\"We did not expect it,\" one said.\n\nReuter", run.documents.get(0).get("text").textValue());
    }

    @Test
    void fieldOptionsAndIdRules(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("feed.jsonl");
        Files.writeString(file, "{\"story\":\"First.\",\"name\":\"A\",\"when\":\"Sep 9, 2022\",\"key\":7}\n"
                + "\n{\"story\":\"Second.\",\"name\":\"B\",\"when\":\"sometime\"}\n");
        Ingested run = new Ingested(options(o -> {
            o.textField("story");
            o.titleField("name");
            o.dateField("when");
            o.idField("key");
        }), Rejects.failFast(), file.toString());
        ObjectNode first = run.documents.get(0);
        assertEquals("7", first.get("id").textValue());
        assertEquals("A", first.get("title").textValue());
        assertEquals("2022-09-09", first.get("date").textValue());
        ObjectNode second = run.documents.get(1);
        assertEquals("feed-3", second.get("id").textValue()); // no id: file name and line
        assertNull(second.get("date").textValue());
        assertEquals("sometime", second.get("meta").get("when").textValue());
        assertEquals("[\"date not understood: sometime\"]", second.get("warnings").toString());
    }

    @Test
    void duplicateIdsStopTheRunUnlessRenumbered(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("dups.ndjson");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"1\"}\n{\"id\":\"a\",\"text\":\"2\"}\n{\"id\":\"a\",\"text\":\"3\"}\n");
        LedeException e = assertThrows(LedeException.class, () -> Ingested.of(file.toString()));
        assertEquals(file + ":2: duplicate id 'a' (an earlier document has it); give --renumber to number repeated ids",
                e.getMessage());
        Ingested run = new Ingested(options(o -> o.renumber(true)), Rejects.failFast(), file.toString());
        assertEquals(List.of("a", "a-2", "a-3"), run.documents.stream().map(d -> d.get("id").textValue()).toList());
    }

    @Test
    void bytesWrittenByWorkersAreTheWritersBytes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("dups.ndjson");
        Files.writeString(file, "{\"id\":\"a\",\"text\":\"1 \ud83c\uddfa\ud83c\udde6\"}\n{\"id\":\"a\",\"text\":\"2\"}\n");
        for (int threads : new int[]{1, 2}) {
            IngestOptions options = options(o -> {
                o.renumber(true);
                o.threads(threads);
            });
            var viaWriter = new java.io.ByteArrayOutputStream();
            try (var writer = new lede.io.NdjsonWriter(viaWriter)) {
                new Ingest(options, Rejects.failFast()).run(List.of("seeds/", file.toString()), d -> {
                    try {
                        writer.write(d);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
            var direct = new java.io.ByteArrayOutputStream();
            try (var writer = new lede.io.NdjsonWriter(direct)) {
                new Ingest(options, Rejects.failFast()).run(List.of("seeds/", file.toString()), writer);
            }
            assertEquals(viaWriter.toString(StandardCharsets.UTF_8), direct.toString(StandardCharsets.UTF_8));
            String[] lines = direct.toString(StandardCharsets.UTF_8).split("\n");
            assertEquals(7, lines.length);
            assertTrue(lines[5].startsWith("{\"id\":\"a\",") && lines[5].contains("\"text\":\"1 \ud83c\uddfa\ud83c\udde6\""));
            assertTrue(lines[6].startsWith("{\"id\":\"a-2\","));
        }
    }

    @Test
    void minCharsAndDateFilters() {
        Ingested run = new Ingested(options(o -> o.minChars(100)), Rejects.failFast(), "seeds/");
        assertEquals(5, run.documents.size());
        run = new Ingested(options(o -> o.minChars(5000)), Rejects.failFast(), "seeds/");
        assertEquals(List.of("001_e346fb210af27363", "003_7d3ec2061dc0c35b", "004_05a6c317fb3580cc"),
                run.documents.stream().map(d -> d.get("id").textValue()).toList());
        assertEquals(2, run.summary.tooShort);
        run = new Ingested(options(o -> o.since("2022-09-01")), Rejects.failFast(), "seeds/");
        assertEquals(4, run.documents.size()); // 000 is from August; undated ones are kept
        assertEquals(1, run.summary.outsideDates);
        run = new Ingested(options(o -> {
            o.until("2022-09-09");
            o.requireDate(true);
        }), Rejects.failFast(), "seeds/");
        assertEquals(List.of("000_908ccf2e5f0b18b0", "004_05a6c317fb3580cc"),
                run.documents.stream().map(d -> d.get("id").textValue()).toList());
        assertEquals(3, run.summary.undated);
    }

    @Test
    void globsAndStableOrder() {
        Ingested run = Ingested.of("seeds/00[34]*.txt", "seeds/000_908ccf2e5f0b18b0.txt");
        assertEquals(List.of("003_7d3ec2061dc0c35b", "004_05a6c317fb3580cc", "000_908ccf2e5f0b18b0"),
                run.documents.stream().map(d -> d.get("id").textValue()).toList());
        LedeException e = assertThrows(LedeException.class, () -> Ingested.of("seeds/*.pdf"));
        assertEquals("seeds/*.pdf: no files match", e.getMessage());
        e = assertThrows(LedeException.class, () -> Ingested.of("no-such-folder/"));
        assertEquals("no-such-folder/: no such file or folder", e.getMessage());
    }

    // ---- bad input ------------------------------------------------------------------------------

    @Test
    void brokenJsonLineStopsWithFileAndLine() {
        BadRecordException e = assertThrows(BadRecordException.class, () -> Ingested.of(resource("broken.ndjson")));
        assertEquals(resource("broken.ndjson") + ":2: not valid JSON: Unexpected end-of-input: expected close "
                + "marker for Object", e.getMessage());
    }

    @Test
    void csvRowWithTooManyFieldsStopsWithFileAndLine() {
        BadRecordException e = assertThrows(BadRecordException.class,
                () -> Ingested.of(resource("too-many-fields.csv")));
        assertEquals(resource("too-many-fields.csv") + ":3: row has 4 fields, the header has 3", e.getMessage());
    }

    @Test
    void unclosedCsvQuoteStops(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("unclosed.csv");
        Files.writeString(file, "id,title,text\na1,One,\"fine\"\na2,Two,\"never closed\nmore text\n");
        BadRecordException e = assertThrows(BadRecordException.class, () -> Ingested.of(file.toString()));
        assertEquals(file + ":3: bad CSV: EOF reached before encapsulated token finished", e.getMessage());
    }

    @Test
    void binaryFileStops() {
        BadRecordException e = assertThrows(BadRecordException.class, () -> Ingested.of(resource("binary.txt")));
        assertEquals(resource("binary.txt") + ":1: not a text file (binary data)", e.getMessage());
    }

    @Test
    void skipBadWritesRejectsAndTheRestComesThrough(@TempDir Path dir) throws IOException {
        Path rejectFile = dir.resolve("rejects.ndjson");
        Ingested run;
        try (Rejects rejects = Rejects.to(rejectFile)) {
            run = new Ingested(IngestOptions.defaults(), rejects, resource("binary.txt"), resource("broken.ndjson"),
                    resource("too-many-fields.csv"));
            assertEquals(3, rejects.count());
        }
        assertEquals(List.of("b1", "b3", "a1", "a3"), run.documents.stream().map(d -> d.get("id").textValue()).toList());
        List<String> lines = Files.readAllLines(rejectFile, StandardCharsets.UTF_8);
        assertEquals(List.of(
                "{\"file\":\"src/test/resources/lede/ingest/binary.txt\",\"line\":1,"
                        + "\"reason\":\"not a text file (binary data)\",\"record\":null}",
                "{\"file\":\"src/test/resources/lede/ingest/broken.ndjson\",\"line\":2,\"reason\":\"not valid JSON: "
                        + "Unexpected end-of-input: expected close marker for Object\","
                        + "\"record\":\"{\\\"id\\\":\\\"b2\\\",\\\"text\\\":\\\"Broken because of a missing brace\\\"\"}",
                "{\"file\":\"src/test/resources/lede/ingest/too-many-fields.csv\",\"line\":3,"
                        + "\"reason\":\"row has 4 fields, the header has 3\","
                        + "\"record\":\"a2,Second,Two,and one field too many\"}"), lines);
    }

    static IngestOptions options(java.util.function.Consumer<IngestOptions.Builder> set) {
        IngestOptions.Builder options = IngestOptions.builder();
        set.accept(options);
        return options.build();
    }
}
