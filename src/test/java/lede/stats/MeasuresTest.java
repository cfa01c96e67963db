package lede.stats;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The formulas on values small enough to work out on paper. */
class MeasuresTest {
    @Test
    void logDice() {
        // a word only ever next to the term scores the maximum, 14; half as often, 13
        assertEquals(14.0, Measures.logDice(10, 10, 10), 1e-12);
        assertEquals(13.0, Measures.logDice(5, 10, 10), 1e-12);
        // Rychlý (2008): halving the joint frequency lowers logDice by exactly 1
        assertEquals(Measures.logDice(8, 100, 60) - 1, Measures.logDice(4, 100, 60), 1e-12);
    }

    @Test
    void raysonTwoTermLogLikelihood() {
        // 10 vs 0 in two corpora of 100 words: E1 = E2 = 5, LL = 2 * 10 ln(10/5) = 20 ln 2
        assertEquals(20 * Math.log(2), Measures.logLikelihood2(10, 0, 100, 100), 1e-12);
        // equal relative frequencies give 0
        assertEquals(0.0, Measures.logLikelihood2(5, 10, 1000, 2000), 1e-12);
        // 30 vs 10 in 1000 and 1000 words: E = 20 each; 2 (30 ln 1.5 + 10 ln 0.5) = 60 ln 1.5 - 20 ln 2
        assertEquals(60 * Math.log(1.5) - 20 * Math.log(2), Measures.logLikelihood2(30, 10, 1000, 1000), 1e-12);
    }

    @Test
    void fourTermLogLikelihood() {
        // [[10, 0], [0, 10]]: every expected cell 5, G2 = 2 (10 ln 2 + 10 ln 2) = 40 ln 2 = 27.725887...
        assertEquals(40 * Math.log(2), Measures.logLikelihood4(10, 0, 0, 10), 1e-12);
        // independence gives 0
        assertEquals(0.0, Measures.logLikelihood4(2, 4, 3, 6), 1e-12);
        // [[30, 10], [970, 990]] is the keyness table of 30 vs 10 in 1000 + 1000 words: the 4-term form adds
        // the non-occurrence cells to the 2-term one: 2 (970 ln(970/980) + 990 ln(990/980))
        double twoTerm = Measures.logLikelihood2(30, 10, 1000, 1000);
        double rest = 2 * (970 * Math.log(970.0 / 980) + 990 * Math.log(990.0 / 980));
        assertEquals(twoTerm + rest, Measures.logLikelihood4(30, 10, 970, 990), 1e-9);
    }

    @Test
    void logRatioAndMi() {
        assertEquals(1.0, Measures.logRatio(20, 10, 1000, 1000), 1e-12);
        assertEquals(-2.0, Measures.logRatio(10, 20, 2000, 1000), 1e-12);
        // zero counts as 0.5: log2((4/100) / (0.5/100)) = 3
        assertEquals(3.0, Measures.logRatio(4, 0, 100, 100), 1e-12);
        // MI: observed 8 where 2 are expected -> 2 bits
        assertEquals(2.0, Measures.mi(8, 10, 20, 100), 1e-12);
    }
}
