package lede.stats;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/*
 * entities.ndjson (name = canonical, else text):
 *   e1 2022-09-01: Kherson/LOCATION "Kherson", Volodymyr Zelensky/PERSON, Kherson/LOCATION "KHERSON", Zelensky/PERSON
 *   e2 2022-09-15: Zelensky/PERSON x2, Kherson/CITY, Biden/PERSON
 *   e3 2022-10-02: Joe Biden/PERSON, Hunter Biden/PERSON, Kherson/LOCATION, Kyiv/LOCATION (no canonical)
 *   e4 no date:    Volodymyr Zelensky/PERSON written "Volodymyr Zelenskyy"
 *
 * Merge: "Zelensky" is the surname of one full name only -> joins "Volodymyr Zelensky";
 *        "Biden" ends two full names (Joe, Hunter) -> stays apart.
 * Volodymyr Zelensky: mentions 2 (e1, e4) + 3 (Zelensky: e1 1, e2 2) = 5;
 *        documents 2 ({e1,e4}) + 2 ({e1,e2}) - 1 (e1 names both) = 3; dates 2022-09-01..2022-09-15 (e4 undated);
 *        variants Zelensky 3, Volodymyr Zelensky 1, Volodymyr Zelenskyy 1 (tie: code-unit order).
 * Kherson: mentions 2 + 1 + 1 = 4 in 3 documents; types LOCATION 3, CITY 1 -> LOCATION; variants Kherson 3, KHERSON 1.
 * Then one mention in one document each, by name: Biden, Hunter Biden, Joe Biden, Kyiv.
 */
class EntitiesReportTest {
    @Test
    void mergesALoneSurnameIntoTheOneFullName() {
        assertEquals(List.of(
                "{\"entity\":\"Volodymyr Zelensky\",\"type\":\"PERSON\",\"mentions\":5,\"documents\":3,"
                        + "\"first_date\":\"2022-09-01\",\"last_date\":\"2022-09-15\","
                        + "\"variants\":\"Zelensky; Volodymyr Zelensky; Volodymyr Zelenskyy\"}",
                "{\"entity\":\"Kherson\",\"type\":\"LOCATION\",\"mentions\":4,\"documents\":3,"
                        + "\"first_date\":\"2022-09-01\",\"last_date\":\"2022-10-02\",\"variants\":\"Kherson; KHERSON\"}",
                "{\"entity\":\"Biden\",\"type\":\"PERSON\",\"mentions\":1,\"documents\":1,"
                        + "\"first_date\":\"2022-09-15\",\"last_date\":\"2022-09-15\",\"variants\":\"Biden\"}",
                "{\"entity\":\"Hunter Biden\",\"type\":\"PERSON\",\"mentions\":1,\"documents\":1,"
                        + "\"first_date\":\"2022-10-02\",\"last_date\":\"2022-10-02\",\"variants\":\"Hunter Biden\"}",
                "{\"entity\":\"Joe Biden\",\"type\":\"PERSON\",\"mentions\":1,\"documents\":1,"
                        + "\"first_date\":\"2022-10-02\",\"last_date\":\"2022-10-02\",\"variants\":\"Joe Biden\"}",
                "{\"entity\":\"Kyiv\",\"type\":\"LOCATION\",\"mentions\":1,\"documents\":1,"
                        + "\"first_date\":\"2022-10-02\",\"last_date\":\"2022-10-02\",\"variants\":\"Kyiv\"}"),
                Fixtures.json(Fixtures.rows("entities.ndjson", new EntitiesReport(Set.of(), Series.NONE, 0, true))));
    }

    @Test
    void noMergeKeepsTheSurnameApartAndLosesNoMention() {
        // Kherson 4; Zelensky 3 in 2 documents; Volodymyr Zelensky 2 in 2; 13 mentions either way
        List<String> rows = Fixtures.rows("entities.ndjson", new EntitiesReport(Set.of(), Series.NONE, 3, false)).stream()
                .map(row -> row.get("entity").asText() + " " + row.get("mentions") + " " + row.get("documents"))
                .toList();
        assertEquals(List.of("Kherson 4 3", "Zelensky 3 2", "Volodymyr Zelensky 2 2"), rows);
        long merged = Fixtures.rows("entities.ndjson", new EntitiesReport(Set.of(), Series.NONE, 0, true)).stream()
                .mapToLong(row -> row.get("mentions").asLong()).sum();
        long unmerged = Fixtures.rows("entities.ndjson", new EntitiesReport(Set.of(), Series.NONE, 0, false)).stream()
                .mapToLong(row -> row.get("mentions").asLong()).sum();
        assertEquals(13, merged);
        assertEquals(13, unmerged);
    }

    @Test
    void typeFilterAndTop() {
        // place = LOCATION, CITY, COUNTRY, STATE_OR_PROVINCE: Kherson (4) and Kyiv (1)
        assertEquals(List.of("Kherson 4", "Kyiv 1"),
                Fixtures.rows("entities.ndjson", new EntitiesReport(EntitiesReport.PLACE_TYPES, Series.NONE, 0, true))
                        .stream().map(row -> row.get("entity").asText() + " " + row.get("mentions")).toList());
        assertEquals(List.of("Volodymyr Zelensky", "Kherson"),
                Fixtures.rows("entities.ndjson", new EntitiesReport(Set.of(), Series.NONE, 2, true))
                        .stream().map(row -> row.get("entity").asText()).toList());
    }

    /*
     * By month: 2022-09 holds e1, e2 (2 documents); 2022-10 holds e3 (1); null holds e4 (1).
     *   2022-09 Volodymyr Zelensky: 1 (e1) + Zelensky 3 (e1, e2) = 4 mentions; documents 1 + 2 - 1 = 2; share 2/2
     *   2022-09 Kherson: 3 mentions, 2 documents, share 1; Biden 1, 1, share 1/2
     *   2022-10: Hunter Biden, Joe Biden, Kherson, Kyiv: 1, 1, share 1
     *   null: Volodymyr Zelensky 1, 1, share 1
     */
    @Test
    void byMonthWithShares() {
        assertEquals(List.of(
                "{\"month\":\"2022-09\",\"entity\":\"Volodymyr Zelensky\",\"type\":\"PERSON\",\"mentions\":4,\"documents\":2,\"share\":1.0}",
                "{\"month\":\"2022-09\",\"entity\":\"Kherson\",\"type\":\"LOCATION\",\"mentions\":3,\"documents\":2,\"share\":1.0}",
                "{\"month\":\"2022-09\",\"entity\":\"Biden\",\"type\":\"PERSON\",\"mentions\":1,\"documents\":1,\"share\":0.5}",
                "{\"month\":\"2022-10\",\"entity\":\"Hunter Biden\",\"type\":\"PERSON\",\"mentions\":1,\"documents\":1,\"share\":1.0}",
                "{\"month\":\"2022-10\",\"entity\":\"Joe Biden\",\"type\":\"PERSON\",\"mentions\":1,\"documents\":1,\"share\":1.0}",
                "{\"month\":\"2022-10\",\"entity\":\"Kherson\",\"type\":\"LOCATION\",\"mentions\":1,\"documents\":1,\"share\":1.0}",
                "{\"month\":\"2022-10\",\"entity\":\"Kyiv\",\"type\":\"LOCATION\",\"mentions\":1,\"documents\":1,\"share\":1.0}",
                "{\"month\":null,\"entity\":\"Volodymyr Zelensky\",\"type\":\"PERSON\",\"mentions\":1,\"documents\":1,\"share\":1.0}"),
                Fixtures.json(Fixtures.rows("entities.ndjson",
                        new EntitiesReport(Set.of(), new Series(GroupKey.of("month"), false, false), 0, true))));
    }

    @Test
    void whereHasEntity() {
        // only e3 names Kyiv; the entities there are one mention each
        assertEquals(List.of("Hunter Biden", "Joe Biden", "Kherson", "Kyiv"),
                Fixtures.rows("entities.ndjson", new EntitiesReport(Set.of(), Series.NONE, 0, true),
                        Where.parse("has entity \"kyiv\""), 1).stream().map(r -> r.get("entity").asText()).toList());
    }
}
