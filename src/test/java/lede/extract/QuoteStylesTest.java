package lede.extract;

import lede.extract.QuoteFinder.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quote styles beyond “…”: dash dialogue, glued marks, straight single quotes, partial quotes. */
class QuoteStylesTest {
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

    @Test
    void polishDashDialogueWithHyphenAndEnDash() {
        List<Quote> quotes = find("Halyna Moroz teaches in Kherson.\n\n"
                + "- I think that it is much better now than in the spring - said Halyna Moroz.\n\n"
                + "– The children study online – she noted. – When there is no electricity, they do not study.\n");
        assertEquals(3, quotes.size(), quotes.toString());
        assertEquals("I think that it is much better now than in the spring", quotes.get(0).text());
        assertEquals("Halyna Moroz", quotes.get(0).speaker());
        assertEquals("said", quotes.get(0).cue());
        assertEquals("The children study online", quotes.get(1).text());
        assertEquals("Halyna Moroz", quotes.get(1).speaker());
        assertEquals("she", quotes.get(1).mentionText());
        assertEquals("When there is no electricity, they do not study.", quotes.get(2).text());
        assertEquals("Halyna Moroz", quotes.get(2).speaker());
    }

    @Test
    void dashParagraphsNobodySaysAreNotQuotes() {
        assertEquals(List.of(), find("Aid delivered:\n- 40 generators\n- 12 tonnes of food\n"));
        List<Quote> interview = find("– We are ready for every scenario – said Tomasz Pirogowski.\n\n"
                + "– Is it true that you asked for more soldiers?\n\n– We asked for as many as we need – he replied.\n");
        assertEquals(List.of("We are ready for every scenario", "We asked for as many as we need"),
                interview.stream().map(Quote::text).toList());
    }

    @Test
    void quoteGluedToThePreviousSentence() {
        List<Quote> quotes = find("He spoke without the consent of a single Member State.\"He was reckless and he knew it,\" "
                + "said Anna Lindqvist.");
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals("He was reckless and he knew it,", quotes.get(0).text());
        assertEquals("Anna Lindqvist", quotes.get(0).speaker());
    }

    @Test
    void straightSingleQuotesAroundApostrophes() {
        List<Quote> quotes = find("'We found a weak spot where the enemy wasn't ready,' adviser Oleksiy Bondar said. "
                + "The soldiers' morale is high, and rock 'n' roll plays in the '90s style.");
        assertEquals(1, quotes.size(), quotes.toString());
        assertEquals("We found a weak spot where the enemy wasn't ready,", quotes.get(0).text());
        assertEquals("Oleksiy Bondar", quotes.get(0).speaker());
    }

    @Test
    void partialQuotesWithASpeakerAreQuotes() {
        Quote horrific = find("President Joe Biden said on Friday that a Russian invasion would be \"horrific,\" as the "
                + "White House warned.").get(0);
        assertEquals("horrific,", horrific.text());
        assertTrue(horrific.partial());
        assertEquals("Joe Biden", horrific.speaker());
        Quote described = find("Kremlin spokesman Anatoly Serov described the meeting as \"unprecedented and coordinated "
                + "American hysteria.\"").get(0);
        assertTrue(described.partial());
        assertEquals("Anatoly Serov", described.speaker());
        Quote after = find("The country \"has made dramatic changes for the better,\" Mitch McConnell said.").get(0);
        assertTrue(after.partial());
        assertEquals("Mitch McConnell", after.speaker());
        assertFalse(find("\"We will stay,\" Mitch McConnell said.").get(0).partial());
    }

    @Test
    void quotedTermsWithNoSpeakerAreNotQuotes() {
        assertEquals(List.of(), find("The so-called \"special military operation\" began in February."));
        assertEquals(List.of(), find("Critics of \"wokeness\" wrote in the \"Daily Courier\" last week."));
        assertEquals(List.of(), find("Troops entered what Moscow calls its \"special military operation\" zone."));
    }
}
