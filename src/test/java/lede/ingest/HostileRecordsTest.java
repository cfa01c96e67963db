package lede.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.DocumentSource;
import lede.io.Rejects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Hostile input that once lost records silently: every record is a document or a bad record with its line. */
class HostileRecordsTest {
    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private List<ObjectNode> viaDocumentSource(Path file, Rejects rejects) throws IOException {
        List<ObjectNode> documents = new ArrayList<>();
        try (DocumentSource source = new DocumentSource(List.of(file.toString()), rejects)) {
            source.forEachRemaining(documents::add);
        }
        return documents;
    }

    /** A line is exactly one JSON value: whatever follows the object makes the line bad, in ingest and later stages. */
    @Test
    void anythingAfterTheObjectMakesTheLineBad() throws IOException {
        List<String> trailing = List.of(" {\"id\":\"b\"}", "{\"id\":\"b\"}", " garbage", " }", " # comment", " // comment",
                " ]", " 1", " \"x\"", " null");
        for (String tail : trailing) {
            Path in = file("t.ndjson", "{\"id\":\"a\",\"text\":\"Kyiv.\"}" + tail + "\n{\"id\":\"c\",\"text\":\"Kyiv.\"}\n");
            Path rejectsFile = dir.resolve("rejects.ndjson");
            try (Rejects rejects = Rejects.to(rejectsFile)) {
                Ingested run = new Ingested(IngestOptions.defaults(), rejects, in.toString());
                assertEquals(List.of("c"), run.documents.stream().map(d -> d.get("id").asText()).toList(), tail);
                assertEquals(1, rejects.count(), tail);
            }
            assertEquals(in + ":1", lede.io.Json.MAPPER.readTree(Files.readAllLines(rejectsFile).get(0))
                    .get("file").asText() + ":" + lede.io.Json.MAPPER.readTree(Files.readAllLines(rejectsFile).get(0))
                    .get("line").asText(), tail);
            try (Rejects rejects = Rejects.to(dir.resolve("rejects2.ndjson"))) {
                assertEquals(1, viaDocumentSource(in, rejects).size(), tail);
                assertEquals(1, rejects.count(), tail);
            }
        }
        // white space after the object is fine
        Path spaced = file("s.ndjson", "{\"id\":\"a\",\"text\":\"Kyiv.\"}  \t \n");
        assertEquals(1, Ingested.of(spaced.toString()).documents.size());
    }

    /** CR alone ends a line (old Mac exports), as do LF and CR LF, in any mix. */
    @Test
    void carriageReturnsAloneEndLines() throws IOException {
        StringBuilder mac = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            mac.append("{\"id\":\"d").append(i).append("\",\"text\":\"Kyiv said on Monday.\"}")
                    .append(i % 3 == 0 ? "\r" : i % 3 == 1 ? "\r\n" : "\n");
        }
        Path in = file("mac.ndjson", mac.toString());
        List<ObjectNode> ingested = Ingested.of(in.toString()).documents;
        assertEquals(1000, ingested.size());
        assertEquals("d999", ingested.get(999).get("id").asText());
        assertEquals(in + ":1000", ingested.get(999).get("source").asText());
        assertEquals(1000, viaDocumentSource(in, Rejects.failFast()).size());
    }

    /** A CSV header that names a column twice keeps both columns' values. */
    @Test
    void aRepeatedCsvColumnKeepsBothValues() throws IOException {
        Path in = file("dup.csv", "id,text,text,text_2\na,Kyiv said on Monday.,second,third\n");
        ObjectNode doc = Ingested.one(in.toString());
        assertEquals("Kyiv said on Monday.", doc.get("text").asText());
        assertEquals("{\"text_3\":\"second\",\"text_2\":\"third\"}", doc.get("meta").toString());
        assertEquals("[\"CSV header repeats the column 'text': column 3 is read as 'text_3'\"]",
                doc.get("warnings").toString());
    }

    /** Impossible or implausible dates are no dates: the original stays in meta with a warning. */
    @Test
    void impossibleDatesStayAsTheyCame() throws IOException {
        String[] bad = {"\"2022-02-30\"", "\"2022-13-01T00:00:00\"", "\"2022-02-03T25:00\"", "\"30 February 2022\"",
                "\"0999-01-01\"", "\"3000-01-01\"", "99999999999999999999", "-99999999999999", "\"31 April 2022\""};
        for (String date : bad) {
            Path in = file("d.ndjson", "{\"id\":\"a\",\"date\":" + date + ",\"text\":\"Kyiv.\"}\n");
            ObjectNode doc = Ingested.one(in.toString());
            assertEquals("null", doc.get("date").toString(), date);
            assertEquals(date, doc.get("meta").get("date").toString(), date);
            assertEquals(1, doc.get("warnings").size(), date);
        }
        String[] good = {"\"2024-02-29\"", "\"29 February 2024\"", "20220806", "1662681600"};
        String[] iso = {"2024-02-29", "2024-02-29", "2022-08-06", "2022-09-09T00:00Z"};
        for (int i = 0; i < good.length; i++) {
            Path in = file("d.ndjson", "{\"id\":\"a\",\"date\":" + good[i] + ",\"text\":\"Kyiv.\"}\n");
            assertEquals(iso[i], Ingested.one(in.toString()).get("date").asText(), good[i]);
        }
    }

    /** File names are bytes: one that is not valid UTF-8 (a Latin-1 é) is read like any other, and so is the rest. */
    @Test
    void fileNamesThatAreNotValidUtf8AreRead() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("names"));
        Process p = new ProcessBuilder("bash", "-c", "printf 'Kyiv said on Monday.\\n' > \"$(printf 'caf\\351.txt')\"; "
                + "printf 'Kyiv said on Tuesday.\\n' > ok.txt").directory(folder.toFile()).start();
        assertEquals(0, p.waitFor());
        List<ObjectNode> docs = Ingested.of(folder.toString()).documents;
        assertEquals(List.of("Kyiv said on Monday.", "Kyiv said on Tuesday."),
                docs.stream().map(d -> d.get("text").asText()).toList());
        assertEquals("caf\uFFFD", docs.get(0).get("id").asText());
    }

    /** Numbers in meta keep their value: 1e400 is not Infinity. */
    @Test
    void hugeNumbersAreNotInfinity() throws IOException {
        Path in = file("n.ndjson", "{\"id\":\"a\",\"text\":\"Kyiv.\",\"big\":1e400,\"small\":0.1,\"long\":123456789012345678901234567890}\n");
        assertEquals("{\"big\":1E+400,\"small\":0.1,\"long\":123456789012345678901234567890}",
                Ingested.one(in.toString()).get("meta").toString());
    }

    /** A gzip cut off after a flush point: the documents before the break come through, the break is a bad record. */
    @Test
    void truncatedGzipKeepsTheDocumentsBeforeTheBreak() throws IOException {
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            first.append("{\"id\":\"d").append(i).append("\",\"text\":\"Kyiv said on Monday that the city was calm.\"}\n");
        }
        byte[] head = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
        Deflater deflater = new Deflater(9, true);
        deflater.setInput(first.toString().getBytes(StandardCharsets.UTF_8));
        byte[] body = new byte[4096];
        int n = deflater.deflate(body, 0, body.length, Deflater.SYNC_FLUSH);
        Path gz = dir.resolve("cut.ndjson.gz");
        byte[] bytes = new byte[head.length + n];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(body, 0, bytes, head.length, n);
        Files.write(gz, bytes);
        Path rejectsFile = dir.resolve("rejects.ndjson");
        try (Rejects rejects = Rejects.to(rejectsFile)) {
            Ingested run = new Ingested(IngestOptions.defaults(), rejects, gz.toString());
            assertEquals(5, run.documents.size());
            assertEquals(1, rejects.count());
        }
        assertEquals("{\"file\":\"" + gz + "\",\"line\":6,\"reason\":\"cannot read: unexpected end of input (truncated gzip?)\",\"record\":null}",
                Files.readAllLines(rejectsFile).get(0));
        try (Rejects rejects = Rejects.to(dir.resolve("r2.ndjson"))) {
            List<ObjectNode> docs = new ArrayList<>();
            try (DocumentSource source = new DocumentSource(List.of(gz.toString()), rejects)) {
                while (true) {
                    try {
                        if (!source.hasNext()) {
                            break;
                        }
                        docs.add(source.next());
                    } catch (lede.io.LedeException e) {
                        assertEquals(gz + ":6: cannot read: unexpected end of input (truncated gzip?)", e.getMessage());
                        break;
                    }
                }
            }
            assertEquals(5, docs.size());
        }
    }
}
