package lede.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DateInTextTest {
    @Test
    void publishedLinesGiveTheirDate() {
        assertEquals("2022-09-09", DateInText.find("Text.", "Published: 10:32 BST, 9 September 2022 | Updated: 11:05 BST, 10 September 2022", null));
        assertEquals("2022-02-24", DateInText.find("Text.", "Published February 24, 2022", "2022-02-04"));
        assertEquals("2022-03-01", DateInText.find("Text.", "Updated on 2022-03-01 at 10:00", null));
    }

    @Test
    void aDatelineWithoutAYearTakesTheYearNearestTheFeedDate() {
        String text = "KYIV, Sept 9 (Reuters) - Ukrainian forces advanced on Friday.";
        assertEquals("2022-09-09", DateInText.find(text, null, "2022-09-10T08:00:00Z"));
        assertEquals("2021-12-30", DateInText.find("LONDON, Dec 30 - Markets closed.", null, "2022-01-02"));
        assertEquals("2022-02-24", DateInText.find("WASHINGTON, February 24, 2022 - Biden spoke.", null, null));
        assertNull(DateInText.find(text, null, null));
        assertNull(DateInText.find("In Kyiv, May 9 was quiet - nobody came.", null, "2022-05-10"));
        assertNull(DateInText.find("Ukrainian forces advanced on Friday, Sept 9.", null, "2022-09-10"));
    }

    @Test
    void daysApartReadsDatesAndDateTimes() {
        assertEquals(20, DateInText.daysApart("2022-02-04", "2022-02-24"));
        assertEquals(1, DateInText.daysApart("2022-09-10T08:00:00Z", "2022-09-09"));
    }
}
