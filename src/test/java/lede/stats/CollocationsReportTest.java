package lede.stats;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/*
 * "cat" with a window of 2 words over words.ndjson (word tokens, numbered per document):
 *   w1 s0: The0 cat1 sat2 on3 the4 mat5 | s1: The6 cat7 ran8     windows {0,2,3} + {6,8} (5 is in s0) -> 5
 *   w2 s0: A0 dog1 and2 a3 cat4 | s1: Dogs5 bark6                window {2,3}                       -> 2
 *   w3 s0: Cat0 food1 costs2 5 3 dollars4 | The5 dog6 ate7 it8   window {1,2} (the emoji is no word) -> 2
 *   w4 s0: No0 date1 here2 cat3                                  window {1,2}                       -> 2
 * N = 9 + 7 + 9 + 4 = 29 words, f(cat) = 5, W = 11 window positions.
 * joint: the 2 (w1 0 and 6), and every other window word once: sat on ran and a food costs date here.
 * f(the) = 4 (w1 three, w3 one), f(a) = 2 (shown "A": "A" and "a" tie, code-unit order), the rest 1.
 *   logdice(the) = 14 + log2(2*2/(5+4)) = 14 + log2(4/9) = 12.830074998557688
 *   logdice(sat) = 14 + log2(2*1/(5+1)) = 14 - log2(3) = 12.415037499278844
 *   logdice(a)   = 14 + log2(2*1/(5+2)) = 14 + log2(2/7) = 12.192645077942396
 *   mi(the) = log2(2 / (11*4/29)) = log2(58/44) = 0.3985493764902748; mi(sat) = log2(29/11) = 1.3985493764902748
 *   ll(the): table [[2, 9], [2, 16]], N 29, rows 11/18, columns 4/25; expected 44/29, 275/29, 72/29, 450/29:
 *     2 (2 ln(2*29/44) + 9 ln(9*29/275) + 2 ln(2*29/72) + 16 ln(16*29/450)) = 0.27999166922476126
 *   ll(sat): [[1, 10], [0, 18]] -> 2 (1 ln(29/11) + 10 ln(10*29/(11*28)) + 18 ln(18*29/(18*28))) = 1.9977114277208297
 */
class CollocationsReportTest {
    private static List<ObjectNode> run(CollocationsReport.Measure measure) {
        return Fixtures.rows("words.ndjson", new CollocationsReport("CAT", 2, measure, 1, 0));
    }

    @Test
    void logDice() {
        List<ObjectNode> rows = run(CollocationsReport.Measure.LOGDICE);
        assertEquals(10, rows.size());
        Fixtures.assertRow("{\"term\":\"cat\",\"collocate\":\"The\",\"joint\":2,\"count\":4}", "logdice",
                12.830074998557688, rows.get(0));
        // the eight words seen once, by key: and costs date food here on ran sat
        Fixtures.assertRow("{\"term\":\"cat\",\"collocate\":\"and\",\"joint\":1,\"count\":1}", "logdice",
                12.415037499278844, rows.get(1));
        Fixtures.assertRow("{\"term\":\"cat\",\"collocate\":\"sat\",\"joint\":1,\"count\":1}", "logdice",
                12.415037499278844, rows.get(8));
        Fixtures.assertRow("{\"term\":\"cat\",\"collocate\":\"A\",\"joint\":1,\"count\":2}", "logdice",
                12.192645077942396, rows.get(9));
    }

    @Test
    void mutualInformationAndLogLikelihood() {
        List<ObjectNode> mi = run(CollocationsReport.Measure.MI);
        Fixtures.assertRow("{\"term\":\"cat\",\"collocate\":\"and\",\"joint\":1,\"count\":1}", "mi",
                1.3985493764902748, mi.get(0));
        Fixtures.assertRow("{\"term\":\"cat\",\"collocate\":\"The\",\"joint\":2,\"count\":4}", "mi",
                0.3985493764902748, mi.get(8));
        List<ObjectNode> ll = run(CollocationsReport.Measure.LL);
        Fixtures.assertRow("{\"term\":\"cat\",\"collocate\":\"and\",\"joint\":1,\"count\":1}", "ll",
                1.9977114277208297, ll.get(0));
        Fixtures.assertRow("{\"term\":\"cat\",\"collocate\":\"The\",\"joint\":2,\"count\":4}", "ll",
                0.27999166922476126, ll.get(8));
    }

    @Test
    void minJoint() {
        assertEquals(List.of("The"), Fixtures.rows("words.ndjson",
                new CollocationsReport("cat", 2, CollocationsReport.Measure.LOGDICE, 2, 0))
                .stream().map(r -> r.get("collocate").asText()).toList());
    }
}
