package lede.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/*
 * Quotes in entities.ndjson:
 *   e1 2022-09-01: "We will return" (Volodymyr Zelensky, written Zelensky), "Nobody said this" (no speaker)
 *   e2 2022-09-15: "Kherson is Ukraine" (Volodymyr Zelensky, written "he"), "Second quote" (Volodymyr Zelensky)
 *   e3 2022-10-02: "We stand with Ukraine" (Joe Biden)
 * Volodymyr Zelensky: 3 quotes in 2 documents, 2022-09-01..2022-09-15, first quote as the example;
 * Joe Biden and the unattributed one: 1 quote in 1 document each; null sorts last.
 */
class QuotesReportTest {
    @Test
    void quotesPerSpeaker() {
        assertEquals(List.of(
                "{\"speaker\":\"Volodymyr Zelensky\",\"quotes\":3,\"documents\":2,\"first_date\":\"2022-09-01\","
                        + "\"last_date\":\"2022-09-15\",\"example\":\"We will return\"}",
                "{\"speaker\":\"Joe Biden\",\"quotes\":1,\"documents\":1,\"first_date\":\"2022-10-02\","
                        + "\"last_date\":\"2022-10-02\",\"example\":\"We stand with Ukraine\"}",
                "{\"speaker\":null,\"quotes\":1,\"documents\":1,\"first_date\":\"2022-09-01\","
                        + "\"last_date\":\"2022-09-01\",\"example\":\"Nobody said this\"}"),
                Fixtures.json(Fixtures.rows("entities.ndjson", new QuotesReport(null, 0))));
    }

    @Test
    void oneSpeakersQuotesByLastName() {
        assertEquals(List.of(
                "{\"id\":\"e1\",\"date\":\"2022-09-01\",\"speaker\":\"Volodymyr Zelensky\",\"text\":\"We will return\"}",
                "{\"id\":\"e2\",\"date\":\"2022-09-15\",\"speaker\":\"Volodymyr Zelensky\",\"text\":\"Kherson is Ukraine\"}",
                "{\"id\":\"e2\",\"date\":\"2022-09-15\",\"speaker\":\"Volodymyr Zelensky\",\"text\":\"Second quote\"}"),
                Fixtures.json(Fixtures.rows("entities.ndjson", new QuotesReport("zelensky", 0))));
        assertEquals(1, Fixtures.rows("entities.ndjson", new QuotesReport("Volodymyr Zelensky", 1)).size());
        assertEquals(List.of("We stand with Ukraine"), Fixtures.rows("entities.ndjson", new QuotesReport("Biden", 0))
                .stream().map(r -> r.get("text").asText()).toList());
    }

    @Test
    void topSpeakers() {
        assertEquals(List.of("Volodymyr Zelensky"), Fixtures.rows("entities.ndjson", new QuotesReport(null, 1))
                .stream().map(r -> r.get("speaker").asText()).toList());
    }
}
