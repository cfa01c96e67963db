package lede.extract;

import lede.extract.QuoteFinder.Quote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who said it: pronouns, possessives, captions, descriptions and junk, each rule on hand-written text. */
class SpeakerRulesTest {
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
    void heIsNeverANameInsideTheQuote() {
        Quote q = find("NATO chief Jonas Hallberg spoke in Brussels. \"First of all, this is a war that President "
                + "Boris Grachev has started, and he can end it,\" he continued.").get(0);
        assertEquals("Jonas Hallberg", q.speaker());
        assertEquals("he", q.mentionText());
        assertEquals("person", q.speakerKind());
    }

    @Test
    void heIsNeverAPossessiveOrAnObject() {
        Quote q = only("Dmitry Vlasenko, Grachev's press secretary, rejected the move when he stated, \"These sanctions "
                + "are meaningless.\"");
        assertEquals("Dmitry Vlasenko", q.speaker());
        Quote object = only("Prime Minister Justin Marchand announced sanctions targeting relatives of Russian President "
                + "Boris Grachev. \"We are introducing new sanctions today,\" he wrote on Twitter.");
        assertEquals("Justin Marchand", object.speaker());
        Quote clause = only("Mykhailo Dovhan spoke on Monday. He recalled that Volodymyr Kravets had promised victory. "
                + "\"Every village will be Ukrainian again,\" he stressed.");
        assertEquals("Mykhailo Dovhan", clause.speaker());
    }

    @Test
    void aPhotoCaptionNameIsNeverTheSpeaker() {
        Quote q = only("Natalia Bilyk runs the depot.\n\n(Photo: Sandra Sanders)\n\n"
                + "\"We send dressings and antibiotics every week,\" she said.");
        assertEquals("Natalia Bilyk", q.speaker());
        assertEquals(List.of(), Captions.ranges("Sandra Sanders said so (in Kyiv)").stream().map(r -> r[0]).toList());
        assertEquals(List.of(7), Captions.ranges("Text. (Photo: Sandra Sanders)").stream().map(r -> r[0]).toList());
        assertEquals(1, Captions.ranges("x\nFot. Adam Kowalczyk/PAP\ny").size());
    }

    @Test
    void junkWordsAreNoSpeaker() {
        Quote one = only("‘How much we waited for you,’ said one.");
        assertNull(one.speaker());
        assertEquals("unknown", one.speakerKind());
        assertTrue(SpeakerResolver.isJunk("but"));
        assertTrue(SpeakerResolver.isJunk("Friday there were"));
        assertFalse(SpeakerResolver.isJunk("a local resident"));
    }

    @Test
    void descriptionsResolveToTheTitledPersonAndKeepTheirWords() {
        Quote q = find("Ukraine's ambassador to Poland, Vasyl Zvarych, met the mayor on Thursday.\n\n"
                + "\"Poland was with us from the first day of the war,\" said the ambassador.").get(0);
        assertEquals("Vasyl Zvarych", q.speaker());
        assertEquals("the ambassador", q.mentionText());
        assertEquals("person", q.speakerKind());
        Quote head = only("Ukrainian President Volodymyr Kravets met the soldiers on Friday. \"You are heroes, and "
                + "the whole world knows it,\" the head of state said.");
        assertEquals("Volodymyr Kravets", head.speaker());
        assertEquals("the head of state", head.mentionText());
    }

    @Test
    void nominalSourcesStayNominal() {
        Quote q = only("Minister Oleksii Reshetniak spoke first. \"Every night we see groups of thirty people,\" a soldier told us.");
        assertEquals("a soldier", q.speaker());
        assertEquals("nominal", q.speakerKind());
        Quote unresolved = only("\"They are running out of precision weapons,\" the official said.");
        assertEquals("the official", unresolved.speaker());
        assertEquals("nominal", unresolved.speakerKind());
        Quote ministry = only("\"The enemy lost up to 200 servicemen,\" the ministry said.");
        assertEquals("the ministry", ministry.speaker());
        assertEquals("organization", ministry.speakerKind());
    }
}
