package lede.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class TextCleanerTest {
    @Test
    void literalFirstCharacterOfInlinePatterns() {
        assertEquals('(', TextCleaner.literalFirstChar("\\((?:pictured|file photo)\\)"));
        assertEquals('p', TextCleaner.literalFirstChar("Pictured:.*"));
        assertEquals(0, TextCleaner.literalFirstChar("\\(a\\)|b"));
        assertEquals(0, TextCleaner.literalFirstChar("a?b"));
        assertEquals(0, TextCleaner.literalFirstChar("\\s*\\(x\\)"));
        assertEquals(0, TextCleaner.literalFirstChar("(?-i)X"));
        assertEquals(0, TextCleaner.literalFirstChar("[ab]c"));
    }

    @Test
    void repeatKeyIgnoresCaseSpacingAndPunctuationOnly() {
        assertEquals(TextCleaner.repeatKey("Tracer rounds can be seen, as smoke billows."),
                TextCleaner.repeatKey("tracer  rounds can be seen as smoke billows"));
        assertNotEquals(TextCleaner.repeatKey("Tracer rounds can be seen"), TextCleaner.repeatKey("Tracer rounds can be seem"));
        assertEquals(TextCleaner.repeatKey("Café"), TextCleaner.repeatKey("CAFÉ!"));
    }

    @Test
    void inlineMarkerGoesWithTheSpaceBeforeIt() {
        TextCleaner cleaner = new TextCleaner(Rules.defaults(), false);
        TextCleaner.Cleaned c = cleaner.clean("In one clip (pictured), a tank. A PICTURED soldier (Pictured left) waves.", false);
        assertEquals("In one clip, a tank. A PICTURED soldier waves.", c.text());
        assertEquals(java.util.Map.of("pictured-inline", 2), c.removed());
    }
}
