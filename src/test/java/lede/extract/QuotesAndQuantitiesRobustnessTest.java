package lede.extract;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Odd and huge texts: the rules stay linear and never throw (the timeout only guards against a hang). */
class QuotesAndQuantitiesRobustnessTest {
    @Test
    void hugeTextsWithoutFullStopsOrWithUnbalancedMarks() {
        String block = "“ they said 5,000 troops and \"more than 12 miles ‘ of ‘ road’ he said ” \u0000 "
                + "rose 3 pct, $2 billion, 40-1/8 dlrs\n\n“ and on and on with 3 tanks 🇺🇦 ";
        String huge = block.repeat(10_000); // about a million characters
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            List<QuantityFinder.Quantity> quantities = new QuantityFinder().find(huge);
            assertTrue(quantities.size() >= 10_000 * 5, "" + quantities.size());
            List<QuoteFinder.Quote> quotes = new QuoteFinder().findWithoutEntities(huge);
            for (QuoteFinder.Quote q : quotes) {
                assertEquals(q.text(), huge.substring(q.start(), q.end()));
            }
        });
    }

    @Test
    void emptyAndMarkOnlyTexts() {
        for (String text : new String[]{"", " ", "“", "”", "‘’", "\"\"", "\"", "’", "5", "$", "$ 5", "-1/8", "1/", "50,000"}) {
            new QuantityFinder().find(text);
            assertTrue(new QuoteFinder().findWithoutEntities(text).stream().allMatch(q -> q.end() <= text.length()));
        }
    }
}
