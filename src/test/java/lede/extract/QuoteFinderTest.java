package lede.extract;

import lede.extract.QuoteFinder.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quote rules on their own, with names read from capitalised words (no CoreNLP). */
class QuoteFinderTest {
    private static final QuoteFinder FINDER = new QuoteFinder();

    private static List<Quote> find(String text) {
        List<Quote> quotes = FINDER.findWithoutEntities(text);
        for (Quote q : quotes) {
            assertEquals(q.text(), text.substring(q.start(), q.end()));
            if (q.mentionText() != null) {
                assertEquals(q.mentionText(), text.substring(q.mentionStart(), q.mentionEnd()));
            }
        }
        return quotes;
    }

    private static Quote only(String text) {
        List<Quote> quotes = find(text);
        assertEquals(1, quotes.size(), quotes.toString());
        return quotes.get(0);
    }

    @Test
    void curlyQuoteWithVerbAndNameAfter() {
        Quote q = only("“We will not give up the city,” said Mayor Ihor Terekhov on Monday.");
        assertEquals("We will not give up the city,", q.text());
        assertEquals("Ihor Terekhov", q.speaker());
        assertEquals("Ihor Terekhov", q.mentionText());
        assertEquals("said", q.cue());
        assertFalse(q.unclosed());
    }

    @Test
    void straightQuoteWithSpeakerBeforeAndColon() {
        Quote q = only("Anna Petrova told reporters: \"The bridge is gone and the town is cut off.\"");
        assertEquals("The bridge is gone and the town is cut off.", q.text());
        assertEquals("Anna Petrova", q.speaker());
        assertEquals("told", q.cue());
    }

    @Test
    void britishSingleQuotesWithApostrophesInside() {
        Quote q = only("‘We found a weak spot where the enemy wasn’t ready,’ presidential adviser Oleksiy Arestovych said.");
        assertEquals("We found a weak spot where the enemy wasn’t ready,", q.text());
        assertEquals("Oleksiy Arestovych", q.speaker());
        assertEquals("said", q.cue());
    }

    @Test
    void pronounTakesTheNamedSpeakerBefore() {
        List<Quote> quotes = find("Vasily Nebenzya said only a few villages had been taken. "
                + "‘As far as we can judge, the top brass opposed this madness,’ he said.");
        assertEquals(1, quotes.size());
        assertEquals("Vasily Nebenzya", quotes.get(0).speaker());
        assertEquals("he", quotes.get(0).mentionText());
    }

    @Test
    void unnamedSpeakerIsThePhrase() {
        Quote q = only("\"Russian forces have largely given up their gains,\" a senior US officer told AFP.");
        assertEquals("a senior US officer", q.speaker());
        assertEquals("told", q.cue());
    }

    @Test
    void accordingTo() {
        Quote q = only("According to the ministry: “Long convoys continue to move out of the Donbas region.”");
        assertEquals("the ministry", q.speaker());
        assertEquals("according to", q.cue());
    }

    @Test
    void quoteSpanningParagraphsClosesOnlyAtTheEnd() {
        String text = "The Defense Ministry added: “Battalion groups have been deployed in Crimea.\n\n"
                + "“Ukrainian troops are targeting bridges.\n\n"
                + "“The war is about to enter a new phase.”\n\nNext paragraph.";
        Quote q = only(text);
        assertTrue(q.text().startsWith("Battalion groups"));
        assertTrue(q.text().endsWith("a new phase."));
        assertFalse(q.unclosed());
        assertEquals("Defense Ministry", q.speaker());
        assertEquals("added", q.cue());
    }

    @Test
    void unclosedQuoteIsFlaggedNotDropped() {
        String text = "The governor said: “Our armed forces are constantly on duty and will stay.\n\nThe plant was hit again.";
        Quote q = only(text);
        assertTrue(q.unclosed());
        assertEquals("Our armed forces are constantly on duty and will stay.", q.text());
        // and at the very end of the text
        assertTrue(only("She said: “We are not leaving this place").unclosed());
    }

    @Test
    void scareQuotesAndTitlesAreNotQuotes() {
        assertEquals(List.of(), find("A ‘fist’ of tanks punched through the “land bridge” of the so-called “republic”."));
        assertEquals(List.of(), find("He was the guest host of “Saturday Night Live” last year."));
        // but two words with their own verb are
        Quote q = only("He said, “Go home.”");
        assertEquals("Go home.", q.text());
        assertEquals("said", q.cue());
    }

    @Test
    void partialQuotesInsideTheReportersSentenceAreMarkedPartial() {
        Quote q = only("The country \"has made dramatic changes for the better,\" McConnell said.");
        assertTrue(q.partial());
        assertEquals("McConnell", q.speaker());
        assertEquals("has made dramatic changes for the better,", q.text());
    }

    @Test
    void aQuoteAfterTheAttributionSentenceKeepsItsSpeaker() {
        List<Quote> quotes = find("“I don’t think there’s any connection between the two,” said Len Burman, head of the "
                + "Tax Policy Center. “What he’s proposed would benefit people like him.”");
        assertEquals(2, quotes.size());
        assertEquals("Len Burman", quotes.get(1).speaker());
        assertNull(quotes.get(1).cue());
    }

    @Test
    void noSpeakerIsNull() {
        Quote q = only("“We will rebuild everything they destroyed.”\n\nThe town was quiet.");
        assertNull(q.speaker());
        assertNull(q.cue());
        assertEquals("Locals", only("Locals wrote on a wall: “We will rebuild everything.”").speaker());
    }
}
