package lede.extract;

import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each naming rule alone, on names as they stand in war coverage; no CoreNLP. */
class NameRulesTest {
    private static String span(String text, String group) {
        int[] span = NameRules.nameSpan(text, group);
        return span == null ? null : text.substring(span[0], span[1]);
    }

    @Test
    void aNameEndsBeforeAFullStopGluedToTheNextSentence() {
        assertEquals("Angela Merkel", span("Angela Merkel.It", "PERSON"));
        assertEquals("Antony Blinken", span("Antony Blinken.Lavrov", "PERSON"));
        assertEquals("Lukashenko", span("Lukashenko.He", "PERSON"));
        assertEquals("St.Petersburg", span("St.Petersburg", "LOCATION"), "two letters before the stop: an abbreviation");
    }

    @Test
    void aTrailingFullStopIsNoPartOfANameUnlessItEndsAnAbbreviation() {
        assertEquals("Kramatorsk", span("Kramatorsk.", "LOCATION"));
        assertEquals("U.S.", span("U.S.", "LOCATION"));
        assertEquals("Washington D.C.", span("Washington D.C.", "LOCATION"));
        assertEquals("Martin Luther King Jr.", span("Martin Luther King Jr.", "PERSON"));
        assertEquals("Chrysler Corp.", span("Chrysler Corp.", "ORGANIZATION"));
        assertEquals("Sime Darby Bhd.", span("Sime Darby Bhd.", "ORGANIZATION"));
        assertEquals("Gazprom", span("Gazprom.", "ORGANIZATION"));
        assertEquals("John F.", span("John F.", "PERSON"));
        assertEquals("Vladimir] Putin", span("[Vladimir] Putin", "PERSON"), "brackets at the edges only");
        assertNull(span(".", "LOCATION"));
    }

    @Test
    void titlesBeforeAPersonAreNoPartOfTheName() {
        assertEquals("Kyrylo Stremousov", span("Gauleiter Kyrylo Stremousov", "PERSON"));
        assertEquals("Sergei Shoigu", span("Defense Minister Sergei Shoigu", "PERSON"));
        assertEquals("Antony Blinken", span("Secretary Antony Blinken", "PERSON"));
        assertEquals("President", span("President", "PERSON"), "a title alone stays: nothing would be left");
        assertEquals("Governor Street", span("Governor Street", "LOCATION"), "only people have titles");
    }

    @Test
    void genericWordsAndMapLegendsAreNoNames() {
        Predicate<String> places = Set.of("Iasi", "Chisinau", "Tiraspol", "Odesa")::contains;
        assertTrue(NameRules.isJunk("State", "ORGANIZATION", places));
        assertTrue(NameRules.isJunk("Defense", "ORGANIZATION", places));
        assertTrue(NameRules.isJunk("Institute", "ORGANIZATION", places));
        assertFalse(NameRules.isJunk("State", "LOCATION", places));
        assertFalse(NameRules.isJunk("Institute for the Study of War", "ORGANIZATION", places));
        assertTrue(NameRules.isJunk("Dubasari Iasi Chisinau Tiraspol", "ORGANIZATION", places));
        assertFalse(NameRules.isJunk("Chisinau City Council", "ORGANIZATION", places));
        assertFalse(NameRules.isJunk("Odesa Iasi", "ORGANIZATION", places), "two words may be a name");
    }

    @Test
    void regionSuffixesMakeAPlace() {
        assertEquals("STATE_OR_PROVINCE", NameRules.placeTypeBySuffix("Kherson Oblast"));
        assertEquals("STATE_OR_PROVINCE", NameRules.placeTypeBySuffix("Belgorod Region"));
        assertEquals("STATE_OR_PROVINCE", NameRules.placeTypeBySuffix("Krasnodar Krai"));
        assertNull(NameRules.placeTypeBySuffix("Oblast"));
        assertNull(NameRules.placeTypeBySuffix("Regional Council"));
    }

    @Test
    void namesInCapitalsAreShownInTitleCaseWhereTheyAreNoAcronym() {
        assertEquals("John Kerry", NameRules.display("JOHN KERRY", "PERSON"));
        assertEquals("Putin", NameRules.display("PUTIN", "PERSON"));
        assertEquals("US Army", NameRules.display("US ARMY", "ORGANIZATION"));
        assertEquals("NATO", NameRules.display("NATO", "ORGANIZATION"));
        assertEquals("KYIV", NameRules.display("KYIV", "LOCATION"), "left to the alias table and the corpus pass");
        assertEquals("Vladimir Putin", NameRules.display("Vladimir] Putin", "PERSON"));
        assertEquals("Vladimir Putin", NameRules.display("Vladimir)  Putin", "PERSON"));
        assertEquals("Jean-Claude Juncker", NameRules.display("JEAN-CLAUDE JUNCKER", "PERSON"));
        assertEquals("O'Brien", NameRules.titleCase("O'BRIEN"));
    }

    @Test
    void keysJoinSpellingsOfOneName() {
        assertEquals("nato", NameRules.key("Nato", "ORGANIZATION"));
        assertEquals("us", NameRules.key("U.S.", "LOCATION"));
        assertEquals("kupyansk", NameRules.key("Kup'yans'k", "LOCATION"));
        assertEquals("zelensky", NameRules.key("Zelenskyy", "PERSON"));
        assertEquals("zelensky", NameRules.key("Zelenskiy", "PERSON"));
        assertEquals("zelensky", NameRules.key("Zelenskyi", "PERSON"));
        assertEquals("zaluzhny", NameRules.key("Zaluzhnyi", "PERSON"));
        assertEquals("aleksandr lukashenko", NameRules.key("Alexander Lukashenko", "PERSON"));
        assertEquals("aleksandr lukashenko", NameRules.key("Oleksandr Lukashenko", "PERSON"));
        assertEquals("aleksandr lukashenko", NameRules.key("Aleksander Lukashenko", "PERSON"));
        assertEquals("aleksandr lukashenko", NameRules.key("Alaxandr Lukashenko", "PERSON"));
        assertEquals("alexander", NameRules.key("Alexander", "PERSON"), "a lone word is a surname, not a first name");
        assertEquals("defense ministry", NameRules.key("Ministry of Defence", "ORGANIZATION"));
        assertEquals("defense ministry", NameRules.key("Defense Ministry", "ORGANIZATION"));
        assertEquals("rusian defense ministry", NameRules.key("Russian Ministry of Defense", "ORGANIZATION"));
        assertEquals("ivano frankivsk", NameRules.key("Ivano-Frankivsk", "LOCATION"));
    }

    @Test
    void firstNamesBesideOneSurname() {
        assertTrue(NameRules.sameFirstName("vladamir", "vladimir"));
        assertTrue(NameRules.sameFirstName("anthony", "antony"));
        assertTrue(NameRules.sameFirstName("oleksandr", "alexander"));
        assertFalse(NameRules.sameFirstName("joe", "jill"));
        assertFalse(NameRules.sameFirstName("hunter", "joe"));
        assertFalse(NameRules.sameFirstName("alexandr", "alexandra"), "a man and a woman");
        assertFalse(NameRules.sameFirstName("olena", "volodymyr"));
    }

    @Test
    void editDistanceOfOne() {
        assertTrue(NameRules.editDistanceAtMostOne("vladimir", "vladamir"));
        assertTrue(NameRules.editDistanceAtMostOne("antony", "anthony"));
        assertTrue(NameRules.editDistanceAtMostOne("same", "same"));
        assertFalse(NameRules.editDistanceAtMostOne("kubyansk", "kupiansk"));
        assertArrayEquals(new int[]{0, 10}, NameRules.nameSpan("Kramatorsk", "LOCATION"));
    }
}
