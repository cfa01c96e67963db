package lede.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Json;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** All of Reuters-21578 comes through ingest with ids, titles, dates and texts intact. */
@lede.testing.CorpusTest
class ReutersIngestTest {
    /** Reuters, read only when a corpus test runs (see CorpusCondition). */
    private static Path reuters() {
        return lede.testing.CorpusCondition.reuters();
    }

    @Test
    void everyDocumentComesThroughIntact() throws IOException {
        // the rules for scraped pages (captions, map legends, glued sentences) also fire on wire copy's notes and
        // cut lines: what they do there is measured in scripts/bench/ingest (share of sentences kept); here
        // the text must come through word for word
        IngestOptions options = IngestOptions.builder().keepRemoved(true)
                .rules(Rules.defaults().without(List.of("unmarked-caption", "map-legend", "glued-sentence"))).build();
        Ingested run = new Ingested(options, lede.io.Rejects.failFast(), reuters().toString());
        List<ObjectNode> docs = run.documents;
        assertEquals(21_578, docs.size());
        int withRepeats = 0;
        try (BufferedReader in = Files.newBufferedReader(reuters(), StandardCharsets.UTF_8)) {
            for (int i = 0; i < docs.size(); i++) {
                JsonNode input = Json.MAPPER.readTree(in.readLine());
                ObjectNode doc = docs.get(i);
                String where = input.get("id").textValue();
                assertEquals(input.get("id").textValue(), doc.get("id").textValue());
                assertEquals(reuters() + ":" + (i + 1), doc.get("source").textValue());
                assertEquals(input.get("title").isNull() ? null : input.get("title").textValue().strip().replaceAll("\\s+", " "),
                        doc.get("title").textValue(), where);
                assertEquals(input.get("date").isNull() ? null : input.get("date").textValue(), doc.get("date").textValue(), where);
                // every other field is kept, as it came, in meta (the input's own "source" included)
                assertEquals(input.get("source"), doc.get("meta").get("source"));
                assertEquals(input.get("topics"), doc.get("meta").get("topics"));
                assertEquals(input.size() - 4, doc.get("meta").size(), where); // id, title, date, text are fields
                // the words of the text are all there, in order; only verbatim repeats of a paragraph go
                String text = doc.get("text").textValue();
                List<String> removed = doc.get("ingest").get("removed_text").findValuesAsText("text");
                if (removed.isEmpty()) {
                    assertEquals(words(input.get("text").textValue()), words(text), where);
                } else {
                    withRepeats++;
                    assertEquals(Map.of("repeated-paragraph", removed.size()),
                            Json.MAPPER.convertValue(doc.get("ingest").get("removed"), Map.class), where);
                    int removedWords = 0;
                    List<String> kept = Arrays.asList(text.split("\n\n"));
                    for (String paragraph : removed) {
                        // the same letters and digits are still there: only punctuation, case or spacing differed
                        assertTrue(kept.stream().anyMatch(k -> ParagraphText.sameLetters(k, paragraph)),
                                where + ": removed a paragraph that is not repeated");
                        removedWords += words(paragraph).size();
                    }
                    assertEquals(words(input.get("text").textValue()).size(), words(text).size() + removedWords, where);
                }
            }
        }
        assertEquals(Map.of("repeated-paragraph", 54L), run.summary.removed);
        assertEquals(21, withRepeats);
        ObjectNode first = docs.get(0);
        assertEquals("BAHIA COCOA REVIEW", first.get("title").textValue());
        assertEquals("1987-02-26T15:01:01", first.get("date").textValue());
        assertTrue(first.get("text").textValue().startsWith("Showers continued throughout the week in the Bahia cocoa "
                + "zone, alleviating the drought since early January and improving prospects for the coming "
                + "temporao, although normal humidity levels have not been restored, Comissaria Smith said in its "
                + "weekly review.\n\nThe dry period means the temporao will be late this year.\n\nArrivals for"));
        assertTrue(first.get("text").textValue().endsWith("\n\nReuter"));
    }

    /** The words of a text whose characters were normalized as ingest does (control characters go). */
    private static List<String> words(String text) {
        String t = TextChars.normalizeChars(text).strip();
        return t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+"));
    }
}
