package lede.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextCleanerTest {
    @Test
    void firstCharactersOfPatterns() {
        assertEquals("(", RuleMatchers.firstChars("\\((?:pictured|file photo)\\)"));
        assertEquals("pP", RuleMatchers.firstChars("Pictured:.*"));
        assertEquals("sStT0123456789", RuleMatchers.firstChars("share|tweet|\\d+ x"));
        assertEquals(null, RuleMatchers.firstChars("share|e?mail"));
        assertEquals("lLaAtT", RuleMatchers.firstChars("(?:left|above|top):\\s.*"));
        assertEquals("(bB", RuleMatchers.firstChars("\\(a\\)|b"));
        assertEquals(null, RuleMatchers.firstChars("a?b"));
        assertEquals(null, RuleMatchers.firstChars("\\s*\\(x\\)"));
        assertEquals("xX", RuleMatchers.firstChars("(?-i)X"));
        assertEquals("bBfF", RuleMatchers.firstChars("(?-i)(?:By|From) \\p{Lu}.*"));
        assertEquals(null, RuleMatchers.firstChars("(?-i)(?=\\p{Lu}).*"));
        assertEquals("yYeEaA", RuleMatchers.firstChars("(?:your )?e-?mail|a"));
        assertEquals("yYmMmM", RuleMatchers.firstChars("(?:you )?(?:may|might) like"));
        assertEquals(null, RuleMatchers.firstChars("(?:your )?.*"));
        assertEquals(null, RuleMatchers.firstChars("x|(?:your )?"));
        assertEquals(null, RuleMatchers.firstChars("(?:a){0,2}b"));
        assertEquals(null, RuleMatchers.firstChars("(?:a)??b"));
        assertEquals(null, RuleMatchers.firstChars(".*x"));
        assertEquals("\u2022*-", RuleMatchers.firstChars("[\u2022*-]\\s.*"));
        assertEquals("\u21af", RuleMatchers.firstChars("\u21af.*"));
        assertEquals(null, RuleMatchers.firstChars("[a-z]x"));
    }

    @Test
    void repeatsIgnoreCaseSpacingAndPunctuationOnly() {
        assertEquals(ParagraphText.repeatKey("Tracer rounds can be seen, as smoke billows."),
                ParagraphText.repeatKey("tracer  rounds can be seen as smoke billows"));
        assertNotEquals(ParagraphText.repeatKey("Tracer rounds can be seen"), ParagraphText.repeatKey("Tracer rounds can be seem"));
        assertTrue(ParagraphText.sameLetters("Tracer rounds can be seen, as smoke billows.",
                "tracer  rounds can be seen as smoke billows"));
        assertTrue(ParagraphText.sameLetters("Café", "CAFÉ!"));
        assertFalse(ParagraphText.sameLetters("Tracer rounds", "Tracer rounds can"));
        assertFalse(ParagraphText.sameLetters("Tracer rounds can", "Tracer rounds"));
        String opening = "x".repeat(200);
        assertEquals(ParagraphText.repeatKey(opening + " one"), ParagraphText.repeatKey(opening + " two"));
        assertFalse(ParagraphText.sameLetters(opening + " one", opening + " two"));
    }

    @Test
    void paragraphsWithTheSameOpeningAreNotRepeats() {
        String opening = "Shares of the company rose sharply on Monday after it reported record profits for the "
                + "third quarter in a row, analysts said, ";
        String text = opening + "citing demand.\n\n" + opening + "citing prices.\n\n" + opening + "citing demand!";
        TextCleaner.Cleaned c = new TextCleaner(Rules.defaults(), false).clean(text, false);
        assertEquals(opening + "citing demand.\n\n" + opening + "citing prices.", c.text());
        assertEquals(java.util.Map.of("repeated-paragraph", 1), c.removed());
    }

    @Test
    void inlineMarkerGoesWithTheSpaceBeforeIt() {
        TextCleaner cleaner = new TextCleaner(Rules.defaults(), false);
        TextCleaner.Cleaned c = cleaner.clean("In one clip (pictured), a tank. A PICTURED soldier (Pictured left) waves.", false);
        assertEquals("In one clip, a tank. A PICTURED soldier waves.", c.text());
        assertEquals(java.util.Map.of("pictured-inline", 2), c.removed());
    }
}
