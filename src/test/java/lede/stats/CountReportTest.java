package lede.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/*
 * words.ndjson, tokenized by hand the PTB way (punctuation and emoji are tokens of their own):
 *   w1 2022-09-09 kyiv   "The cat sat on the mat. The cat ran!"        The cat sat on the mat . | The cat ran !
 *        11 tokens, 2 sentences, 36 characters (23 + 1 + 12)
 *   w2 2022-09-10T08:00:00Z kyiv "A dog and a cat. Dogs bark."          A dog and a cat . | Dogs bark .
 *        9 tokens, 2 sentences, 27 characters (16 + 1 + 10)
 *   w3 2022-10-01 moscow "Cat food 🐈 costs 5 dollars.\n\nThe dog ate it."
 *        Cat food 🐈 costs 5 dollars . | The dog ate it .  = 12 tokens, 2 sentences,
 *        44 characters: 27 + 2 newlines + 15; the cat emoji is one code point (two UTF-16 units)
 *   w4 (no date) moscow  "No date here, cat."                          No date here , cat .
 *        6 tokens, 1 sentence, 18 characters
 * ISO weeks: 2022-09-09 is a Friday and 2022-09-10 a Saturday of week 36; 2022-10-01 a Saturday of week 39.
 */
class CountReportTest {
    @Test
    void totalsWithoutGroups() {
        assertEquals(List.of("{\"documents\":4,\"tokens\":38,\"sentences\":7,\"characters\":125}"),
                Fixtures.json(Fixtures.rows("words.ndjson", new CountReport(List.of()))));
    }

    @Test
    void byMonthPutsUndatedDocumentsUnderNullLast() {
        assertEquals(List.of(
                "{\"month\":\"2022-09\",\"documents\":2,\"tokens\":20,\"sentences\":4,\"characters\":63}",
                "{\"month\":\"2022-10\",\"documents\":1,\"tokens\":12,\"sentences\":2,\"characters\":44}",
                "{\"month\":null,\"documents\":1,\"tokens\":6,\"sentences\":1,\"characters\":18}"),
                Fixtures.json(Fixtures.rows("words.ndjson", new CountReport(List.of("month")))));
    }

    @Test
    void periodsAreIsoStrings() {
        assertEquals(List.of(
                "{\"week\":\"2022-W36\",\"day\":\"2022-09-09\",\"year\":\"2022\",\"documents\":1}",
                "{\"week\":\"2022-W36\",\"day\":\"2022-09-10\",\"year\":\"2022\",\"documents\":1}",
                "{\"week\":\"2022-W39\",\"day\":\"2022-10-01\",\"year\":\"2022\",\"documents\":1}",
                "{\"week\":null,\"day\":null,\"year\":null,\"documents\":1}"),
                Fixtures.rows("words.ndjson", new CountReport(List.of("week", "day", "year"))).stream()
                        .map(row -> row.retain("week", "day", "year", "documents").toString()).toList());
    }

    @Test
    void crossTabBySourceAndYearWithFilterAndThreads() {
        // w2 is dropped by the filter; w4 has no date so the year is null
        assertEquals(List.of(
                "{\"source\":\"kyiv\",\"year\":\"2022\",\"documents\":1,\"tokens\":11,\"sentences\":2,\"characters\":36}",
                "{\"source\":\"moscow\",\"year\":\"2022\",\"documents\":1,\"tokens\":12,\"sentences\":2,\"characters\":44}",
                "{\"source\":\"moscow\",\"year\":null,\"documents\":1,\"tokens\":6,\"sentences\":1,\"characters\":18}"),
                Fixtures.json(Fixtures.rows("words.ndjson", new CountReport(List.of("source", "year")),
                        Where.parse("id != w2"), 2)));
    }

    @Test
    void usesTheCountsExtractWrote() {
        // entities.ndjson carries no tokens/sentences: its text "(entities only)" is ( entities only ) = 4 tokens;
        // a document with extract's counts is taken at its word
        var document = lede.io.Json.object().put("text", "a b c").put("tokens", 99).put("sentences", 7);
        CountReport report = new CountReport(List.of());
        List<String> rows = new java.util.ArrayList<>();
        Report.run(List.of(document), report, row -> rows.add(row.toString()));
        assertEquals(List.of("{\"documents\":1,\"tokens\":99,\"sentences\":7,\"characters\":5}"), rows);
        assertEquals(List.of("{\"documents\":4,\"tokens\":16,\"sentences\":4,\"characters\":60}"),
                Fixtures.json(Fixtures.rows("entities.ndjson", new CountReport(List.of()))));
    }
}
