package lede.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The stretches of a Reuters sentence that SUTime reads: date-like words with four tokens either side, joined. */
class DateWindowsTest {
    private static List<CoreLabel> tokens(String sentence) {
        return new PTBTokenizer<>(new StringReader(sentence), new CoreLabelTokenFactory(), "").tokenize();
    }

    private static List<List<Integer>> windows(String sentence) {
        return DateWindows.of(tokens(sentence), DateWindows.CONTEXT).stream().map(w -> List.of(w[0], w[1])).toList();
    }

    @Test
    void aDateWordWithFourTokensEitherSide() {
        // "year" is token 14 of 19
        assertEquals(List.of(List.of(10, 19)),
                windows("The backlog at Harris is up 30 pct from the beginning of the fiscal year, AM said."));
    }

    @Test
    void nearbyDateWordsShareOneWindowAndFarOnesGetTheirOwn() {
        // "1986" (token 3), "first" (7) and "quarter" (8) share one; "year" (18) and "earlier" (19) another;
        // "Sept" (29) is five tokens past "earlier"'s window
        String sentence = "Net profit for 1986 rose in the first quarter to 12.5 mln dlrs from 9.6 mln dlrs a"
                + " year earlier , the company said , and shipments resume in Sept .";
        assertEquals(List.of(List.of(0, 13), List.of(14, 24), List.of(25, 31)), windows(sentence));
    }

    @Test
    void aSentenceWithoutDateWordsHasNoWindow() {
        assertEquals(List.of(), windows("Shr 22 cts vs 15 cts ."));
    }
}
