package lede.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextCleanerTest {
    @Test
    void firstCharactersOfPatterns() {
        assertEquals("(", TextCleaner.firstChars("\\((?:pictured|file photo)\\)"));
        assertEquals("pP", TextCleaner.firstChars("Pictured:.*"));
        assertEquals("sStT0123456789", TextCleaner.firstChars("share|tweet|\\d+ x"));
        assertEquals(null, TextCleaner.firstChars("share|e?mail"));
        assertEquals("lLaAtT", TextCleaner.firstChars("(?:left|above|top):\\s.*"));
        assertEquals("(bB", TextCleaner.firstChars("\\(a\\)|b"));
        assertEquals(null, TextCleaner.firstChars("a?b"));
        assertEquals(null, TextCleaner.firstChars("\\s*\\(x\\)"));
        assertEquals(null, TextCleaner.firstChars("(?-i)X"));
        assertEquals(null, TextCleaner.firstChars(".*x"));
        assertEquals("\u2022*-", TextCleaner.firstChars("[\u2022*-]\\s.*"));
        assertEquals("\u21af", TextCleaner.firstChars("\u21af.*"));
        assertEquals(null, TextCleaner.firstChars("[a-z]x"));
    }

    @Test
    void repeatsIgnoreCaseSpacingAndPunctuationOnly() {
        assertEquals(TextCleaner.repeatKey("Tracer rounds can be seen, as smoke billows."),
                TextCleaner.repeatKey("tracer  rounds can be seen as smoke billows"));
        assertNotEquals(TextCleaner.repeatKey("Tracer rounds can be seen"), TextCleaner.repeatKey("Tracer rounds can be seem"));
        assertTrue(TextCleaner.sameLetters("Tracer rounds can be seen, as smoke billows.",
                "tracer  rounds can be seen as smoke billows"));
        assertTrue(TextCleaner.sameLetters("Café", "CAFÉ!"));
        assertFalse(TextCleaner.sameLetters("Tracer rounds", "Tracer rounds can"));
        assertFalse(TextCleaner.sameLetters("Tracer rounds can", "Tracer rounds"));
        String opening = "x".repeat(200);
        assertEquals(TextCleaner.repeatKey(opening + " one"), TextCleaner.repeatKey(opening + " two"));
        assertFalse(TextCleaner.sameLetters(opening + " one", opening + " two"));
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
