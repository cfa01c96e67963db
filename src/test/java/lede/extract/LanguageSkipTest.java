package lede.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** extract leaves documents known to be in another language unannotated, unless --lang-any. */
class LanguageSkipTest {
    @TempDir
    Path dir;

    private List<ObjectNode> run(boolean langAny, ExtractDriver[] driver) throws Exception {
        ObjectNode english = Seeds.document("003");
        english.putNull("lang"); // null is English
        ObjectNode russian = Json.object();
        russian.put("id", "ru1");
        russian.put("lang", "ru");
        russian.put("text", "Президент Владимир Путин заявил в Москве 9 сентября, что Россия потеряла 300 танков.");
        ObjectNode tagged = Seeds.document("002");
        tagged.put("lang", "en");
        Path file = dir.resolve("in.ndjson");
        Files.write(file, List.of(english.toString(), russian.toString(), tagged.toString()), StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Rejects rejects = Rejects.failFast();
        try (DocumentSource source = new DocumentSource(List.of(file.toString()), rejects);
             NdjsonWriter out = new NdjsonWriter(bytes)) {
            driver[0] = new ExtractDriver(SharedExtractor.EXTRACTOR, 2, ExtractConfig.DEFAULT_MAX_CHARS, w -> {
            }, p -> {
            }).langAny(langAny);
            driver[0].run(source, rejects, out);
        }
        List<ObjectNode> docs = new ArrayList<>();
        for (String line : bytes.toString(StandardCharsets.UTF_8).split("\n")) {
            docs.add((ObjectNode) Json.MAPPER.readTree(line));
        }
        return docs;
    }

    @Test
    void aRussianDocumentGetsNoAnnotationsButANote() throws Exception {
        ExtractDriver[] driver = new ExtractDriver[1];
        List<ObjectNode> docs = run(false, driver);
        assertTrue(docs.get(0).get("entities").size() > 0);
        assertTrue(docs.get(2).get("entities").size() > 0);
        ObjectNode russian = docs.get(1);
        for (String field : List.of("sentences", "tokens", "entities", "dates", "quantities", "quotes")) {
            assertFalse(russian.has(field), field);
        }
        assertEquals("{\"skipped\":\"lang ru\"}", russian.get("extract").toString());
        assertEquals(Map.of("ru", 1L), driver[0].skippedByLang());
    }

    @Test
    void langAnyAnnotatesEveryDocument() throws Exception {
        ExtractDriver[] driver = new ExtractDriver[1];
        List<ObjectNode> docs = run(true, driver);
        JsonNode russian = docs.get(1);
        assertTrue(russian.has("entities"));
        assertFalse(russian.has("extract"));
        assertEquals(Map.of(), driver[0].skippedByLang());
    }
}
