package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/*
 * Target source = kyiv (w1, w2): 9 + 7 = 16 words; reference: the rest (w3, w4): 9 + 4 = 13 words.
 *   a:   2 vs 0   E1 = 16*2/29, E2 = 13*2/29; LL = 2 (2 ln(2*29/32)) = 4 ln(29/16) = 2.378828430986771
 *        log ratio with 0 -> 0.5: log2((2/16) / (0.5/13)) = log2(3.25) = 1.7004397181410922
 *   and, bark, dogs, mat, on, ran, sat: 1 vs 0   LL = 2 ln(29/16) = 1.1894142154933856, log2(13/8) = 0.70043...
 *   the: 3 vs 1  E1 = 64/29, E2 = 52/29; LL = 2 (3 ln(87/64) + 1 ln(29/52)) = 0.6742544345795647,
 *        log2((3/16)/(1/13)) = log2(39/16) = 1.2854022188622483
 *   cat: 3 vs 2  E1 = 80/29, E2 = 65/29; LL = 2 (3 ln(87/80) + 2 ln(58/65)) = 0.04751186648734124
 *   Reference side (quanteda's signed G2: ll and log_ratio negative), after the target's words:
 *   dog: 1 vs 1  E1 = 32/29, E2 = 26/29; LL = 2 (ln(29/32) + ln(29/26)) = 2 ln(841/832), log2((1/16)/(1/13)) = log2(13/16)
 *   5, ate, costs, date, dollars, food, here, it, no: 0 vs 1  LL = 2 ln(29/13), log2((0.5/16)/(1/13)) = log2(13/32)
 */
class KeynessReportTest {
    @Test
    void raysonLogLikelihoodAndLogRatio() {
        List<ObjectNode> rows = Fixtures.rows("words.ndjson",
                new KeynessReport(Where.parse("source = kyiv"), null, false, Set.of(), 0, 0));
        // "A" and "a" once each: a tie, shown in code-unit order, "A" first
        assertEquals(List.of("A", "and", "bark", "Dogs", "mat", "on", "ran", "sat", "The", "cat"),
                rows.subList(0, 10).stream().map(r -> r.get("term").asText()).toList());
        ObjectNode a = rows.get(0).deepCopy();
        assertEquals(2.378828430986771, a.remove("ll").asDouble(), 1e-12);
        assertEquals(1.7004397181410922, a.remove("log_ratio").asDouble(), 1e-12);
        assertEquals("{\"term\":\"A\",\"target_count\":2,\"reference_count\":0,\"target_per_million\":125000.0,"
                + "\"reference_per_million\":0.0}", a.toString());
        ObjectNode the = rows.get(8).deepCopy();
        assertEquals(0.6742544345795647, the.remove("ll").asDouble(), 1e-12);
        assertEquals(1.2854022188622483, the.remove("log_ratio").asDouble(), 1e-12);
        assertEquals(3 * 1e6 / 16, the.get("target_per_million").asDouble(), 1e-9);
        assertEquals(1e6 / 13, the.get("reference_per_million").asDouble(), 1e-9);
        assertEquals(0.04751186648734124, rows.get(9).get("ll").asDouble(), 1e-12);
    }

    @Test
    void referenceSideWordsFollowWithNegativeSigns() {
        List<ObjectNode> rows = Fixtures.rows("words.ndjson",
                new KeynessReport(Where.parse("source = kyiv"), null, false, Set.of(), 0, 0));
        assertEquals(List.of("dog", "5", "ate", "costs", "date", "dollars", "food", "here", "it", "No"),
                rows.subList(10, rows.size()).stream().map(r -> r.get("term").asText()).toList());
        assertEquals(-2 * Math.log(841.0 / 832), rows.get(10).get("ll").asDouble(), 1e-12);
        assertEquals(Math.log(13.0 / 16) / Math.log(2), rows.get(10).get("log_ratio").asDouble(), 1e-12);
        ObjectNode no = rows.get(19).deepCopy();
        assertEquals(-2 * Math.log(29.0 / 13), no.remove("ll").asDouble(), 1e-12);
        assertEquals(Math.log(13.0 / 32) / Math.log(2), no.remove("log_ratio").asDouble(), 1e-12);
        assertEquals("{\"term\":\"No\",\"target_count\":0,\"reference_count\":1,\"target_per_million\":0.0,"
                + "\"reference_per_million\":" + 1e6 / 13 + "}", no.toString());
        // --top 1 and --min-ll 1 apply to each side: "A" (2.38) and the first 0-vs-1 word (-1.60), dog (0.02) cut
        assertEquals(List.of("A", "5"), Fixtures.rows("words.ndjson",
                new KeynessReport(Where.parse("source = kyiv"), null, false, Set.of(), 1.0, 1)).stream()
                .map(r -> r.get("term").asText()).toList());
    }

    @Test
    void cutOffAndExplicitReference() {
        // LL >= 1: a and the seven words at 1.189, and the reference's nine words at -1.605
        assertEquals(17, Fixtures.rows("words.ndjson",
                new KeynessReport(Where.parse("source = kyiv"), null, false, Set.of(), 1.0, 0)).size());
        // w1 against w2 alone: w1 has 9 words, w2 7; the: 3 vs 0 -> LL = 2*3 ln(16/9) = 3.452...;
        // w2's own words (a 2 vs 0: 2*2 ln(16/7) = 3.31) fall below 3.84 too
        List<ObjectNode> rows = Fixtures.rows("words.ndjson",
                new KeynessReport(Where.parse("id = w1"), Where.parse("id = w2"), false, Set.of(), 3.84, 0));
        assertEquals(0, rows.size());
        rows = Fixtures.rows("words.ndjson",
                new KeynessReport(Where.parse("id = w1"), Where.parse("id = w2"), false, Set.of(), 3.0, 0));
        assertEquals(List.of("The", "A"), rows.stream().map(r -> r.get("term").asText()).toList());
        assertEquals(6 * Math.log(16.0 / 9), rows.get(0).get("ll").asDouble(), 1e-12);
        assertEquals(-4 * Math.log(16.0 / 7), rows.get(1).get("ll").asDouble(), 1e-12);
    }

    @Test
    void entities() {
        // e1, e2 (September) against e3, e4: mentions 8 vs 5. Zelensky 3 vs 0 -> LL = 2*3 ln(13/8) = 2.9129...
        List<ObjectNode> rows = Fixtures.rows("entities.ndjson",
                new KeynessReport(Where.parse("date = 2022-09"), null, true, Set.of(), 0, 1));
        assertEquals("Zelensky", rows.get(0).get("term").asText());
        assertEquals(6 * Math.log(13.0 / 8), rows.get(0).get("ll").asDouble(), 1e-12);
    }

    @Test
    void emptyPartIsAnError() {
        assertThrows(lede.io.LedeException.class, () -> Fixtures.rows("words.ndjson",
                new KeynessReport(Where.parse("id = nothing"), null, false, Set.of(), 0, 0)));
    }
}
