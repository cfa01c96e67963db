package lede.stats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KwicReportTest {
    /*
     * "cat", width 5, case ignored:
     *   w1 "The cat sat on the mat. The cat ran!"  cat at 4-7: left "The " (only 4 before), right " sat ";
     *                                              cat at 28-31: left text[23,28] " The ", right text[31,36] " ran!"
     *   w2 "A dog and a cat. Dogs bark."           cat at 12-15: left "nd a ", right ". Dog"
     *   w3 "Cat food 🐈 ..."                        Cat at 0-3: left "", right " food"
     *   w4 "No date here, cat."                    cat at 14-17: left "ere, ", right "."
     */
    @Test
    void termIgnoringCase() {
        assertEquals(List.of(
                "{\"id\":\"w1\",\"date\":\"2022-09-09\",\"left\":\"The \",\"match\":\"cat\",\"right\":\" sat \",\"start\":4,\"end\":7}",
                "{\"id\":\"w1\",\"date\":\"2022-09-09\",\"left\":\" The \",\"match\":\"cat\",\"right\":\" ran!\",\"start\":28,\"end\":31}",
                "{\"id\":\"w2\",\"date\":\"2022-09-10\",\"left\":\"nd a \",\"match\":\"cat\",\"right\":\". Dog\",\"start\":12,\"end\":15}",
                "{\"id\":\"w3\",\"date\":\"2022-10-01\",\"left\":\"\",\"match\":\"Cat\",\"right\":\" food\",\"start\":0,\"end\":3}",
                "{\"id\":\"w4\",\"date\":null,\"left\":\"ere, \",\"match\":\"cat\",\"right\":\".\",\"start\":14,\"end\":17}"),
                Fixtures.json(Fixtures.rows("words.ndjson", new KwicReport(KwicReport.Mode.TERM, "CAT", 5, false, 0))));
        assertEquals(4, Fixtures.rows("words.ndjson", new KwicReport(KwicReport.Mode.TERM, "cat", 5, true, 0)).size());
        assertEquals(2, Fixtures.rows("words.ndjson", new KwicReport(KwicReport.Mode.TERM, "cat", 5, false, 2)).size());
    }

    @Test
    void phraseTerm() {
        // "the cat" as tokens: twice in w1
        assertEquals(List.of(0, 24), Fixtures.rows("words.ndjson",
                new KwicReport(KwicReport.Mode.TERM, "the cat", 3, false, 0)).stream()
                .map(r -> r.get("start").asInt()).toList());
    }

    @Test
    void regexOffsetsAreCodePoints() {
        // w3 "Cat food 🐈 costs 5 dollars.\n\nThe dog ate it.": 🐈 is code point 9 (UTF-16 units 9-10), so
        // "costs 5" is code points 11-18; left = code points 6-11 "od 🐈 ", right 18-23 " doll".
        // "dollars.\n\nThe" shows its line breaks as spaces.
        assertEquals(List.of(
                "{\"id\":\"w3\",\"date\":\"2022-10-01\",\"left\":\"od \uD83D\uDC08 \",\"match\":\"costs 5\",\"right\":\" doll\",\"start\":11,\"end\":18}"),
                Fixtures.json(Fixtures.rows("words.ndjson", new KwicReport(KwicReport.Mode.REGEX, "COSTS \\d+", 5, false, 0))));
        assertEquals("{\"id\":\"w3\",\"date\":\"2022-10-01\",\"left\":\"lars.\",\"match\":\"  The\",\"right\":\" dog \",\"start\":27,\"end\":32}",
                Fixtures.rows("words.ndjson", new KwicReport(KwicReport.Mode.REGEX, "\\n+the", 5, false, 0)).get(0).toString());
    }

    @Test
    void entityWhateverItsSurfaceForm() {
        // sentences.ndjson s1: Kherson at 17-24 and 51-58 (after the two-code-point flag); 12 code points of
        // left context before 51 are 39-50: "in Kyiv " 🇺 🇦 ". "
        assertEquals(List.of(
                "{\"id\":\"s1\",\"date\":\"2022-09-20\",\"left\":\"sky visited \",\"match\":\"Kherson\",\"right\":\". Biden stay\",\"start\":17,\"end\":24}",
                "{\"id\":\"s1\",\"date\":\"2022-09-20\",\"left\":\"in Kyiv \uD83C\uDDFA\uD83C\uDDE6. \",\"match\":\"Kherson\",\"right\":\" and Kyiv ar\",\"start\":51,\"end\":58}"),
                Fixtures.json(Fixtures.rows("sentences.ndjson", new KwicReport(KwicReport.Mode.ENTITY, "kherson", 12, false, 0))));
        // canonical "Volodymyr Zelensky", written "Zelensky"
        assertEquals(List.of("Zelensky"), Fixtures.rows("sentences.ndjson",
                new KwicReport(KwicReport.Mode.ENTITY, "Volodymyr Zelensky", 0, false, 0)).stream()
                .map(r -> r.get("match").asText()).toList());
    }
}
