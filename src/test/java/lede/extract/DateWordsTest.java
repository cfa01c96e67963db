package lede.extract;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DateWordsTest {
    private static List<CoreLabel> tokens(String sentence) {
        return Arrays.stream(sentence.split(" ")).map(word -> {
            CoreLabel token = new CoreLabel();
            token.setWord(word);
            return token;
        }).toList();
    }

    @Test
    void numbersShapedLikeYearsTimesAndDatesMayHoldADate() {
        for (String word : List.of("1987", "0930", "19870315", "15th", "1980s", "10am", "10:30", "3/15/87",
                "1987-88", "'87", "mid-1987")) {
            assertTrue(DateWords.dateLikeNumber(word), word);
        }
    }

    @Test
    void amountsHoldNoDate() {
        for (String word : List.of("40", "3.5", "1,200", "125.6", "1.5", "Acme", "")) {
            assertFalse(DateWords.dateLikeNumber(word), word);
        }
    }

    @Test
    void sentencesGoToSutimeOnlyWithADateOrTimeWordOrNumber() {
        assertTrue(DateWords.any(tokens("Net profit rose in 1986 .")));
        assertTrue(DateWords.any(tokens("The company said on Monday it would sell the unit .")));
        assertTrue(DateWords.any(tokens("Profit rose 12 pct last year .")));
        assertTrue(DateWords.any(tokens("Trading ended at 0930 GMT .")));
        assertTrue(DateWords.any(tokens("Sales in the first quarter were flat .")));
        assertTrue(DateWords.any(tokens("A year-end review .")));
        assertFalse(DateWords.any(tokens("Shr 22 cts vs 15 cts .")));
        assertFalse(DateWords.any(tokens("Net profit was 3.5 mln dlrs against 1,200 dlrs .")));
        assertFalse(DateWords.any(tokens("Two companies said they would merge .")));
        // SUTime reads "the SEC" as "the second": no abbreviation the old list lacked may let a sentence through
        assertFalse(DateWords.any(tokens("The SEC staff planned to allege fraud .")));
    }
}
