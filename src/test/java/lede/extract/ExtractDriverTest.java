package lede.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.BadRecordException;
import lede.io.DocumentSource;
import lede.io.Json;
import lede.io.NdjsonWriter;
import lede.io.Rejects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractDriverTest {
    @TempDir
    Path dir;

    private Path seedsFile(String... extraLines) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String prefix : List.of("000", "002", "003")) {
            lines.add(Seeds.document(prefix).toString());
        }
        lines.addAll(List.of(extraLines));
        Path file = dir.resolve("in.ndjson");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static byte[] run(Path input, int threads, Rejects rejects, List<String> warnings) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DocumentSource source = new DocumentSource(List.of(input.toString()), rejects);
             NdjsonWriter out = new NdjsonWriter(bytes)) {
            new ExtractDriver(SharedExtractor.EXTRACTOR, threads, ExtractConfig.DEFAULT_MAX_CHARS, warnings::add, p -> {
            }).run(source, rejects, out);
        }
        return bytes.toByteArray();
    }

    @Test
    void outputIsInInputOrderAndTheSameBytesOnOneOrThreeThreads() throws Exception {
        Path input = seedsFile();
        byte[] one = run(input, 1, Rejects.failFast(), new ArrayList<>());
        byte[] three = run(input, 3, Rejects.failFast(), new ArrayList<>());
        assertArrayEquals(one, three);
        String[] lines = new String(one, StandardCharsets.UTF_8).split("\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("{\"id\":\"000_908ccf2e5f0b18b0\""));
        assertTrue(lines[2].startsWith("{\"id\":\"003_7d3ec2061dc0c35b\""));
    }

    @Test
    void documentsWithoutStringTextAreBadRecords() throws Exception {
        Path input = seedsFile("{\"id\":\"x\",\"title\":\"no text\"}", "{\"id\":\"y\",\"text\":42}");
        BadRecordException missing = assertThrows(BadRecordException.class,
                () -> run(input, 2, Rejects.failFast(), new ArrayList<>()));
        assertEquals(input + ":4: document has no \"text\" field", missing.getMessage());

        Path rejected = dir.resolve("bad.ndjson");
        byte[] out;
        try (Rejects rejects = Rejects.to(rejected)) {
            out = run(input, 2, rejects, new ArrayList<>());
            assertEquals(2, rejects.count());
        }
        assertEquals(3, new String(out, StandardCharsets.UTF_8).split("\n").length);
        List<String> bad = Files.readAllLines(rejected);
        assertEquals(2, bad.size());
        JsonNode second = Json.MAPPER.readTree(bad.get(1));
        assertEquals(5, second.get("line").asInt());
        assertEquals("\"text\" is number, not a string", second.get("reason").asText());
    }

    @Test
    void emojiBeforeANameCountAsOneCodePoint() {
        ObjectNode document = Json.object();
        String text = "🇺🇦😀 Volodymyr Zelensky met Antony Blinken in Kyiv.";
        document.put("text", text);
        SharedExtractor.EXTRACTOR.extract(document);
        JsonNode first = document.get("entities").get(0);
        assertEquals("Volodymyr Zelensky", first.get("text").asText());
        assertEquals(4, first.get("start").asInt()); // two regional indicators, one emoji, one space
        assertEquals(22, first.get("end").asInt());
        for (JsonNode e : document.get("entities")) {
            int start = text.offsetByCodePoints(0, e.get("start").asInt());
            int end = text.offsetByCodePoints(0, e.get("end").asInt());
            assertEquals(e.get("text").asText(), text.substring(start, end));
        }
        // the CRF misses Kyiv here; the alias table knows it as a place
        JsonNode kyiv = document.get("entities").get(2);
        assertEquals("Kyiv", kyiv.get("text").asText());
        assertEquals("LOCATION", kyiv.get("type").asText());
        assertEquals(45, kyiv.get("start").asInt());
    }

    @Test
    void emptyTextGetsZeroCountsAndEmptyLists() {
        ObjectNode document = Json.object();
        document.put("text", "");
        SharedExtractor.EXTRACTOR.extract(document);
        assertEquals("{\"text\":\"\",\"sentences\":0,\"tokens\":0,\"entities\":[],\"dates\":[],\"quantities\":[],\"quotes\":[]}",
                document.toString());
    }

    @Test
    void longTextsAreAnnotatedInChunksWithTheSameOffsetsRules() {
        ExtractConfig small = new ExtractConfig(Outputs.ALL, FineTypes.LOOKUP, AliasTable.shipped(), true, 4000);
        Extractor chunked = new Extractor(small); // same needs: reuses the shared pipeline
        ObjectNode document = Seeds.document("004");
        String text = document.get("text").asText();
        chunked.extract(document);
        int zelensky = 0;
        for (JsonNode e : document.get("entities")) {
            int start = text.offsetByCodePoints(0, e.get("start").asInt());
            int end = text.offsetByCodePoints(0, e.get("end").asInt());
            assertEquals(e.get("text").asText(), text.substring(start, end));
            if (e.get("canonical").asText().equals("Volodymyr Zelensky")) {
                zelensky++;
            }
        }
        // the canonical name reaches across chunks: 3 full mentions + 3 "Zelensky"
        assertEquals(6, zelensky);
        assertEquals(SharedExtractor.seeds().get("004").get("tokens"), document.get("tokens"));
    }
}
