package lede.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.io.Rejects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static lede.ingest.IngestFormatsTest.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Site furniture, glued sentences and the date in the text, on a scrape written by hand in the style of the
 * war corpus (furniture/article.txt) and a newsletter sign-up page (furniture/newsletter-page.txt).
 */
class FurnitureRulesTest {
    @TempDir
    Path dir;

    private static Map<String, Integer> counts(JsonNode removed) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        removed.fields().forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asInt()));
        return counts;
    }

    @Test
    void furnitureGoesAndGluedSentencesComeApart() {
        ObjectNode doc = Ingested.one(Ingested.resource("furniture/article.txt"));
        assertEquals("Polish farmers block border crossing with Ukraine", doc.get("title").asText());
        assertEquals("""
                Hundreds of Polish farmers blocked the Dorohusk border crossing on Friday, saying cheap Ukrainian \
                grain was driving down prices. They demanded that the government in Warsaw close the border to \
                imports until the harvest.

                Farmers parked tractors across both lanes of the road as police watched.

                "We cannot sell our wheat at these prices," said Marek Wisniewski, who grows wheat near Lublin. \
                "The government promised help a year ago."

                The agriculture ministry said it would meet the protesters' leaders on Monday. Officials at the \
                U.S. embassy in Warsaw declined to comment.

                The protest is expected to last until Sunday, the organisers said. Traffic information is posted \
                at gov.pl and at www.Example.com for drivers.""", doc.get("text").asText());
        assertEquals(Map.of("photo-credit-inline", 3, "published", 1, "byline", 1, "newsletter", 1,
                        "other-topics", 3, "get-the-app", 1, "map-legend", 1, "photo-credit", 1,
                        "glued-sentence", 2, "unmarked-caption", 2),
                counts(doc.get("ingest").get("removed")));
        assertEquals("2023-03-03", doc.get("ingest").get("date_in_text").asText());
        assertNull(doc.get("warnings"));
        assertEquals("en", doc.get("lang").asText());
    }

    @Test
    void aPageOfOnlyFurnitureIsNotAnArticleAndCanBeDropped() {
        Ingested run = Ingested.of(Ingested.resource("furniture/"));
        assertEquals(2, run.documents.size());
        ObjectNode page = run.documents.get(1);
        assertEquals("", page.get("text").asText());
        assertEquals("not an article", page.get("warnings").get(0).asText());
        assertEquals(1, run.summary.notArticles);
        assertFalse(run.documents.get(0).has("warnings"));

        Ingested dropped = new Ingested(options(o -> o.dropNonArticles(true)), Rejects.failFast(),
                Ingested.resource("furniture/"));
        assertEquals(1, dropped.documents.size());
        assertEquals(1, dropped.summary.notArticlesDropped);
        assertEquals(true, dropped.summary.describe(0).contains("dropped 1 not articles (only site furniture)"));
    }

    @Test
    void aFeedDateFarFromThePublishedLineIsKeptWithAWarning() throws Exception {
        Path file = dir.resolve("feed.ndjson");
        Files.writeString(file, "{\"id\":\"x\",\"date\":\"2022-02-04\",\"text\":\"Published February 24, 2022"
                + "\\n\\nRussian troops crossed the border before dawn, officials in Kyiv said.\"}\n");
        ObjectNode doc = Ingested.one(file.toString());
        assertEquals("2022-02-04", doc.get("date").asText());
        assertEquals("2022-02-24", doc.get("ingest").get("date_in_text").asText());
        assertEquals("date 2022-02-04 differs from the date in the text, 2022-02-24", doc.get("warnings").get(0).asText());
    }
}
