package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/*
 * gaps.ndjson: November 2022, nothing in December, January 2023, one undated document.
 *   g1 2022-11-03 wire AP:  Zelensky, Kyiv; quote by Volodymyr Zelensky
 *   g2 2022-11-20 web  BBC: Volodymyr Zelensky, Olena Zelenska, Kyiv, Zelensky; quotes by Volodymyr Zelensky, Olena Zelenska
 *   g3 2023-01-10 wire AP:  Kyiv, Biden, Zelensky; quote by Joe Biden
 *   g4 undated    web  BBC: Hunter Biden, Joe Biden, Biden
 * Corpus-wide merge: Zelensky ends one full name -> Volodymyr Zelensky (4 mentions in g1, g2, g3);
 * Biden ends two -> stays apart.
 */
class SeriesTest {
    private static List<String> json(Report<?> report) {
        return Fixtures.json(Fixtures.rows("gaps.ndjson", report));
    }

    @Test
    void monthsWithoutDocumentsAreRowsOfZeros() {
        assertEquals(List.of(
                "{\"month\":\"2022-11\",\"documents\":2}",
                "{\"month\":\"2022-12\",\"documents\":0}",
                "{\"month\":\"2023-01\",\"documents\":1}",
                "{\"month\":null,\"documents\":1}"),
                Fixtures.rows("gaps.ndjson", new CountReport(List.of("month"))).stream()
                        .map(r -> r.retain("month", "documents").toString()).toList());
        assertEquals(List.of("2022-11", "2023-01", "null"),
                Fixtures.rows("gaps.ndjson", new CountReport(List.of("month"), false, false)).stream()
                        .map(r -> r.get("month").asText()).toList());
    }

    @Test
    void weeksAcrossTheYearEnd() {
        // 2022-11-03 is in ISO week 44 of 2022, 2023-01-10 in week 2 of 2023; 2022 has 52 ISO weeks
        List<String> weeks = Fixtures.rows("gaps.ndjson", new CountReport(List.of("week"))).stream()
                .map(r -> r.get("week").asText()).toList();
        assertEquals(12, weeks.size());
        assertEquals(List.of("2022-W44", "2022-W45"), weeks.subList(0, 2));
        assertEquals(List.of("2022-W52", "2023-W01", "2023-W02", "null"), weeks.subList(8, 12));
    }

    @Test
    void countWideHasAColumnPerValueOfTheSecondKey() {
        assertEquals(List.of(
                "{\"month\":\"2022-11\",\"web\":1,\"wire\":1}",
                "{\"month\":\"2022-12\",\"web\":0,\"wire\":0}",
                "{\"month\":\"2023-01\",\"web\":0,\"wire\":1}",
                "{\"month\":null,\"web\":1,\"wire\":0}"),
                json(new CountReport(List.of("month", "source"), true, true)));
    }

    @Test
    void entitiesByAnyField() {
        // AP: g1, g3. BBC: g2, g4 (Biden in g4 is not Joe's: the corpus names two full Bidens)
        assertEquals(List.of(
                "{\"meta.outlet\":\"AP\",\"entity\":\"Kyiv\",\"mentions\":2,\"documents\":2}",
                "{\"meta.outlet\":\"AP\",\"entity\":\"Volodymyr Zelensky\",\"mentions\":2,\"documents\":2}",
                "{\"meta.outlet\":\"AP\",\"entity\":\"Biden\",\"mentions\":1,\"documents\":1}",
                "{\"meta.outlet\":\"BBC\",\"entity\":\"Volodymyr Zelensky\",\"mentions\":2,\"documents\":1}",
                "{\"meta.outlet\":\"BBC\",\"entity\":\"Biden\",\"mentions\":1,\"documents\":1}",
                "{\"meta.outlet\":\"BBC\",\"entity\":\"Hunter Biden\",\"mentions\":1,\"documents\":1}",
                "{\"meta.outlet\":\"BBC\",\"entity\":\"Joe Biden\",\"mentions\":1,\"documents\":1}",
                "{\"meta.outlet\":\"BBC\",\"entity\":\"Kyiv\",\"mentions\":1,\"documents\":1}",
                "{\"meta.outlet\":\"BBC\",\"entity\":\"Olena Zelenska\",\"mentions\":1,\"documents\":1}"),
                Fixtures.rows("gaps.ndjson", new EntitiesReport(Set.of(), Series.by("meta.outlet"), 0, true)).stream()
                        .map(r -> r.retain("meta.outlet", "entity", "mentions", "documents").toString()).toList());
    }

    @Test
    void entitiesPerMonthFilledAndWide() {
        List<ObjectNode> rows = Fixtures.rows("gaps.ndjson",
                new EntitiesReport(Set.of("PERSON"), Series.by("month"), 2, true));
        // top 2 by mentions: Volodymyr Zelensky (4), Biden (2: g3, g4); a tie within a month goes by name
        assertEquals(List.of(
                "2022-11 Volodymyr Zelensky 3 2 1.0", "2022-11 Biden 0 0 0.0",
                "2022-12 Biden 0 0 0.0", "2022-12 Volodymyr Zelensky 0 0 0.0",
                "2023-01 Biden 1 1 1.0", "2023-01 Volodymyr Zelensky 1 1 1.0",
                "null Biden 1 1 1.0"),
                rows.stream().map(r -> r.get("month").asText() + " " + r.get("entity").asText() + " "
                        + r.get("mentions") + " " + r.get("documents") + " " + r.get("share")).toList());
        assertEquals(List.of(
                "{\"month\":\"2022-11\",\"Volodymyr Zelensky\":3,\"Biden\":0}",
                "{\"month\":\"2022-12\",\"Volodymyr Zelensky\":0,\"Biden\":0}",
                "{\"month\":\"2023-01\",\"Volodymyr Zelensky\":1,\"Biden\":1}",
                "{\"month\":null,\"Volodymyr Zelensky\":0,\"Biden\":1}"),
                json(new EntitiesReport(Set.of("PERSON"), new Series(GroupKey.of("month"), true, true), 2, true)));
        assertEquals(4, Fixtures.rows("gaps.ndjson",
                new EntitiesReport(Set.of("PERSON"), new Series(GroupKey.of("month"), false, false), 2, true)).size());
    }

    @Test
    void quotesPerMonth() {
        assertEquals(List.of(
                "{\"month\":\"2022-11\",\"speaker\":\"Volodymyr Zelensky\",\"quotes\":2,\"documents\":2}",
                "{\"month\":\"2022-11\",\"speaker\":\"Olena Zelenska\",\"quotes\":1,\"documents\":1}",
                "{\"month\":\"2023-01\",\"speaker\":\"Joe Biden\",\"quotes\":1,\"documents\":1}"),
                json(new QuotesReport(null, 0, new Series(GroupKey.of("month"), false, false))));
        assertEquals(List.of(
                "{\"month\":\"2022-11\",\"Volodymyr Zelensky\":2,\"Joe Biden\":0}",
                "{\"month\":\"2022-12\",\"Volodymyr Zelensky\":0,\"Joe Biden\":0}",
                "{\"month\":\"2023-01\",\"Volodymyr Zelensky\":0,\"Joe Biden\":1}",
                "{\"month\":null,\"Volodymyr Zelensky\":0,\"Joe Biden\":0}"),
                json(new QuotesReport(null, 2, new Series(GroupKey.of("month"), true, true))));
        assertEquals(List.of(
                "{\"source\":\"web\",\"speaker\":\"Olena Zelenska\",\"quotes\":1,\"documents\":1}",
                "{\"source\":\"web\",\"speaker\":\"Volodymyr Zelensky\",\"quotes\":1,\"documents\":1}",
                "{\"source\":\"wire\",\"speaker\":\"Joe Biden\",\"quotes\":1,\"documents\":1}",
                "{\"source\":\"wire\",\"speaker\":\"Volodymyr Zelensky\",\"quotes\":1,\"documents\":1}"),
                json(new QuotesReport(null, 0, Series.by("source"))));
    }

    @Test
    void kwicEntityFollowsTheSurnameMerge() {
        // g1 and g3 name no full Zelensky: their lone "Zelensky" is his; in g2 both the full name and the surname
        assertEquals(List.of("g1 0 Zelensky", "g2 0 Volodymyr Zelensky", "g2 47 Zelensky", "g3 29 Zelensky"),
                Fixtures.rows("gaps.ndjson", new KwicReport(KwicReport.Mode.ENTITY, "Volodymyr Zelensky", 5, false, 0))
                        .stream().map(r -> r.get("id").asText() + " " + r.get("start") + " " + r.get("match").asText())
                        .toList());
        // g4 names Hunter and Joe Biden: its lone "Biden" is neither; g3's lone Biden may be Joe
        assertEquals(List.of("g3 16 Biden", "g4 17 Joe Biden"),
                Fixtures.rows("gaps.ndjson", new KwicReport(KwicReport.Mode.ENTITY, "joe biden", 5, false, 0))
                        .stream().map(r -> r.get("id").asText() + " " + r.get("start") + " " + r.get("match").asText())
                        .toList());
    }

    @Test
    void cooccurMergesSurnamesWithinADocument() {
        // g2 names Volodymyr Zelensky twice (full and surname): one name, no pair with itself; g3's lone
        // Zelensky is the corpus's one Volodymyr Zelensky; Biden ends two full names and stays apart
        assertEquals(List.of("Biden|Hunter Biden|1", "Biden|Joe Biden|1", "Biden|Volodymyr Zelensky|1",
                        "Hunter Biden|Joe Biden|1", "Olena Zelenska|Volodymyr Zelensky|1"),
                Fixtures.rows("gaps.ndjson", new CooccurReport(false, Set.of("PERSON"), 1, 0)).stream()
                        .map(r -> r.get("a").asText() + "|" + r.get("b").asText() + "|" + r.get("joint")).toList());
    }
}
