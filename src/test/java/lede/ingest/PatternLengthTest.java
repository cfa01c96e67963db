package lede.ingest;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatternLengthTest {
    @Test
    void boundsWhatThePatternBounds() {
        assertEquals(5, PatternLength.max("share"));
        assertEquals(18, PatternLength.max("share|share (?:this|the) (?:article|story)"));
        assertEquals(95, PatternLength.max("(?:photo|image)s?(?: credit)?:\\s?.{1,80}"));
        assertEquals(3, PatternLength.max("(?-i)[\\p{L}.' -]{2}\\b(?=x.*)\\.?"));
        assertEquals(3, PatternLength.max("[]a][^]b][a-z&&[^x]]"));
        assertEquals(0, PatternLength.max("(?i)^$"));
        assertEquals(10, PatternLength.max("(?<name>ab){5}+"));
    }

    @Test
    void noBoundWhereThePatternHasNone() {
        assertEquals(-1, PatternLength.max("pictured:.*"));
        assertEquals(-1, PatternLength.max("\\d+ comments?"));
        assertEquals(-1, PatternLength.max("a{2,}"));
        assertEquals(-1, PatternLength.max("(a)\\1"));
        assertEquals(-1, PatternLength.max("\\Qa.b\\E"));
        assertEquals(-1, PatternLength.max("(?x)a b"));
        assertEquals(-1, PatternLength.max("a)"));
    }

    /** Every shipped rule with a bound: a match as long as the bound still matches, one longer cannot be made. */
    @Test
    void shippedRulesBoundTheirLongestMatch() {
        Map<String, String> longest = new LinkedHashMap<>();
        longest.put("share-widget", "share this article");
        longest.put("cookies", "We use cookies " + "x".repeat(399));
        longest.put("photo-credit", "Photos credit: " + "y".repeat(80));
        longest.put("newsletter", "Sign up today for " + "z".repeat(59) + " newsletters " + "w".repeat(119));
        Rules rules = Rules.defaults();
        for (Map.Entry<String, String> e : longest.entrySet()) {
            Pattern pattern = rules.of(Rules.Kind.DROP).stream().filter(r -> r.name().equals(e.getKey()))
                    .findFirst().orElseThrow().pattern();
            int max = PatternLength.max(pattern.pattern());
            assertTrue(max >= e.getValue().length(), e.getKey() + ": bound " + max);
            assertTrue(pattern.matcher(e.getValue()).matches(), e.getKey());
            assertTrue(!pattern.matcher(e.getValue() + "x").matches(), e.getKey());
        }
    }
}
