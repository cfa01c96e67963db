package lede.extract;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static lede.extract.ClauseTense.Tense.FUTURE;
import static lede.extract.ClauseTense.Tense.NONE;
import static lede.extract.ClauseTense.Tense.PAST;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The date rules alone, on tagged words and values written here (no CoreNLP). */
class DateRulesTest {
    private static final LocalDate SATURDAY = LocalDate.of(2022, 2, 12);

    /** "word/TAG word/TAG ...", as CoreNLP tags them. */
    private static List<ClauseTense.Word> tagged(String text) {
        List<ClauseTense.Word> words = new ArrayList<>();
        for (String item : text.split(" ")) {
            int slash = item.lastIndexOf('/');
            words.add(new ClauseTense.Word(item.substring(0, slash), item.substring(slash + 1)));
        }
        return words;
    }

    @Test
    void theNearestFiniteVerbGivesTheTense() {
        // "The US said on Friday an invasion could start"
        List<ClauseTense.Word> said = tagged("The/DT US/NNP said/VBD on/IN Friday/NNP an/DT invasion/NN could/MD start/VB");
        assertEquals(PAST, ClauseTense.of(said, 4, 5));
        assertEquals(FUTURE, ClauseTense.of(tagged("Talks/NNS will/MD resume/VB on/IN Friday/NNP"), 4, 5));
        assertEquals(NONE, ClauseTense.of(tagged("Talks/NNS resume/VBP on/IN Friday/NNP"), 3, 4));
        // "On Friday, the ministry said": the verb after the date, across a comma
        assertEquals(PAST, ClauseTense.of(tagged("On/IN Friday/NNP ,/, the/DT ministry/NN said/VBD"), 1, 2));
        // the present perfect looks back; "is going to" forward; "would have" back
        assertEquals(PAST, ClauseTense.of(tagged("It/PRP has/VBZ been/VBN calm/JJ since/IN March/NNP 2/CD"), 5, 7));
        assertEquals(FUTURE, ClauseTense.of(tagged("He/PRP is/VBZ going/VBG to/TO sign/VB it/PRP on/IN Monday/NNP"), 7, 8));
        assertEquals(PAST, ClauseTense.of(tagged("It/PRP would/MD have/VB ended/VBN in/IN May/NNP"), 5, 6));
        assertEquals(FUTURE, ClauseTense.of(tagged("Britain/NNP would/MD leave/VB by/IN March/NNP"), 4, 5));
        // a quotation mark ends the clause: the quote's "will" is not the reporting verb's tense
        assertEquals(NONE, ClauseTense.of(tagged("Monday/NNP “/`` We/PRP will/MD win/VB ”/''"), 0, 1));
        assertEquals(NONE, ClauseTense.of(tagged("Elections/NNS in/IN May/NNP"), 2, 3));
        assertEquals(NONE, ClauseTense.of(tagged("Friday/NNP"), 0, 1));
        // the verb before the date first: "spoke ... late Wednesday, saying they would help"
        assertEquals(PAST, ClauseTense.of(tagged("He/PRP spoke/VBD late/RB Wednesday/NNP ,/, saying/VBG they/PRP would/MD help/VB"), 2, 4));
        // "since" looks back; a participle alone looks back, one after an auxiliary leaves it to the auxiliary
        assertEquals(PAST, ClauseTense.of(tagged("the/DT capital/NN held/VBN since/IN February/NNP spans/VBZ"), 4, 5));
        assertEquals(PAST, ClauseTense.of(tagged("a/DT city/NN captured/VBN by/IN Russia/NNP in/IN March/NNP"), 6, 7));
        assertEquals(FUTURE, ClauseTense.of(tagged("It/PRP will/MD be/VB held/VBN in/IN June/NNP"), 5, 6));
    }

    @Test
    void weekdaysFollowTheTense() {
        // the case: SUTime said 2022-02-18 for a past-tense Friday in a Saturday article
        assertEquals("2022-02-11", DateAnchoring.anchor("Friday", "2022-02-18", SATURDAY, PAST));
        assertEquals("2022-02-18", DateAnchoring.anchor("Friday", "2022-02-11", SATURDAY, FUTURE));
        assertEquals("2022-02-11", DateAnchoring.anchor("Friday", "2022-02-18", SATURDAY, NONE));
        assertEquals("2022-02-14", DateAnchoring.anchor("Monday", "2022-02-07", SATURDAY, NONE));
        assertEquals("2022-02-12", DateAnchoring.anchor("Saturday", "2022-02-12", SATURDAY, FUTURE));
        assertEquals("2022-02-19", DateAnchoring.anchor("next Saturday", "2022-02-12", SATURDAY, PAST));
        assertEquals("2022-02-10TNI", DateAnchoring.anchor("late Thursday night", "2022-02-17TNI", SATURDAY, PAST));
        assertEquals("2022-02-06", DateAnchoring.anchor("Sunday's", "2022-02-13", SATURDAY, PAST));
        // "last Friday", a weekday with a date, or no article date: SUTime's value stands
        assertEquals("2022-02-04", DateAnchoring.anchor("last Friday", "2022-02-04", SATURDAY, NONE));
        assertEquals("2022-02-18", DateAnchoring.anchor("Friday, Feb. 18", "2022-02-18", SATURDAY, PAST));
        assertEquals("XXXX-WXX-5", DateAnchoring.anchor("Friday", "XXXX-WXX-5", null, PAST));
        assertEquals(LocalDate.of(2022, 2, 7), DateAnchoring.weekday(DayOfWeek.MONDAY, SATURDAY, PAST, false));
    }

    @Test
    void yearlessDatesFollowTheTenseOrTheNearestYear() {
        LocalDate march = LocalDate.of(2022, 3, 20);
        // a day in the coming weeks named in a March article stays in that year
        assertEquals("2022-04-05", DateAnchoring.anchor("April 5", "2021-04-05", march, NONE));
        assertEquals("2021-04-05", DateAnchoring.anchor("April 5", "2022-04-05", march, PAST));
        assertEquals("2022-05-01", DateAnchoring.anchor("May 1", "2021-05-01", march, NONE));
        assertEquals("2021-12-24", DateAnchoring.anchor("Dec. 24", "2022-12-24", march, NONE));
        assertEquals("2021-12-24", DateAnchoring.anchor("Dec. 24", "2022-12-24", LocalDate.of(2022, 3, 1), NONE));
        assertEquals("2023-01-20", DateAnchoring.anchor("Jan. 20", "2022-01-20", LocalDate.of(2022, 9, 27), FUTURE));
        assertEquals("2023-03-03", DateAnchoring.anchor("next March 3", "2022-03-03", march, NONE));
        assertEquals("2022-03-20", DateAnchoring.anchor("20 March", "2022-03-20", march, FUTURE));
        // months alone: tense first, then the nearer year; a tie keeps the article's year
        assertEquals("2023-03", DateAnchoring.anchor("the end of March", "2022-03", LocalDate.of(2022, 10, 5), FUTURE));
        assertEquals("2022-01", DateAnchoring.anchor("January", "2021-01", LocalDate.of(2021, 12, 2), NONE));
        assertEquals("2021-08", DateAnchoring.anchor("late August", "2021-08", LocalDate.of(2021, 9, 9), NONE));
        assertEquals("2022-03", DateAnchoring.anchor("March", "2022-03", LocalDate.of(2022, 9, 9), NONE));
        assertEquals("2021-11", DateAnchoring.anchor("November", "2022-11", LocalDate.of(2022, 9, 9), PAST));
        assertEquals(YearMonth.of(2022, 3), DateAnchoring.month(YearMonth.of(2021, 3), YearMonth.of(2022, 9), NONE));
        // with a year, or another kind of value, nothing moves
        assertEquals("2019-04-05", DateAnchoring.anchor("April 5, 2019", "2019-04-05", march, FUTURE));
        assertEquals("2022-W10", DateAnchoring.anchor("last week", "2022-W10", march, FUTURE));
        assertEquals("2020", DateAnchoring.anchor("2020", "2020", march, FUTURE));
        // 29 February lands on the 28th in a common year rather than failing
        assertEquals("2023-02-28", DateAnchoring.anchor("Feb. 29", "2024-02-29", LocalDate.of(2023, 2, 1), FUTURE));
    }

    @Test
    void raceTimesScoresAndVagueReferencesAreNotDates() {
        assertEquals(DateKinds.Kind.NOT_A_DATE, DateKinds.of("1:18.9", "T01:18", "of", ""));
        assertEquals(DateKinds.Kind.NOT_A_DATE, DateKinds.of("2:05:33", "T02:05:33", "in", "."));
        assertEquals(DateKinds.Kind.NOT_A_DATE, DateKinds.of("1:18", "T01:18", "in", "to"));
        assertEquals(DateKinds.Kind.NOT_A_DATE, DateKinds.of("3:1", "T03:01", "a", "majority"));
        assertEquals(DateKinds.Kind.NOT_A_DATE, DateKinds.of("48:30", "T48:30", "", ""));
        assertEquals(DateKinds.Kind.DATE, DateKinds.of("10:30", "T10:30", "at", "on"));
        assertEquals(DateKinds.Kind.DATE, DateKinds.of("10:30", "T10:30", "the", "GMT"));
        assertEquals(DateKinds.Kind.DATE, DateKinds.of("8:30 p.m.", "T20:30", "around", "in"));
        assertEquals(DateKinds.Kind.VAGUE, DateKinds.of("the past", "PAST_REF", "in", "."));
        assertEquals(DateKinds.Kind.VAGUE, DateKinds.of("now", "PRESENT_REF", "", ""));
        assertEquals(DateKinds.Kind.VAGUE, DateKinds.of("the future", "FUTURE_REF", "", ""));
        assertEquals(DateKinds.Kind.DATE, DateKinds.of("Friday", "2022-02-11", "on", ""));
        assertEquals(DateKinds.Kind.DATE, DateKinds.of("winter", null, "for", ""));
        assertEquals(DateKinds.Kind.VAGUE, DateKinds.of("the coming years", "2017", "in", "."));
        assertEquals(DateKinds.Kind.VAGUE, DateKinds.of("recent weeks", "PAST_REF", "in", ","));
        assertEquals(DateKinds.Kind.DATE, DateKinds.of("last week", "2022-W30", "", "."));
        assertEquals(DateKinds.Kind.NOT_A_DATE, DateKinds.of("the day", "THIS P1D", "during", "."));
        assertEquals(DateKinds.Kind.NOT_A_DATE, DateKinds.of("night", "TNI", "the", "sky"));
        assertEquals(DateKinds.Kind.DATE, DateKinds.of("last night", "2022-08-05TNI", "", "."));
        assertEquals(DateKinds.Kind.DATE, DateKinds.of("midnight", "T00:00", "at", "."));
    }
}
