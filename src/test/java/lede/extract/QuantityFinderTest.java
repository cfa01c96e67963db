package lede.extract;

import lede.extract.QuantityFinder.Quantity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantityFinderTest {
    private static final QuantityFinder FINDER = new QuantityFinder();

    private static List<Quantity> find(String text) {
        return FINDER.find(text);
    }

    private static Quantity only(String text) {
        List<Quantity> found = find(text);
        assertEquals(1, found.size(), text + " -> " + found);
        return found.get(0);
    }

    private static void assertQuantity(Quantity q, String text, String kind, double value, String unit, String approx) {
        assertEquals(text, q.text());
        assertEquals(kind, q.kind());
        assertEquals(value, q.value(), Math.abs(value) * 1e-9);
        assertEquals(unit, q.unit());
        assertEquals(approx, q.approx());
    }

    @Test
    void seed001SixThousandSquareKilometres() {
        String text = Seeds.document("001").get("text").asText();
        Quantity q = find(text).stream().filter(x -> x.text().equals("6,000 square kilometers")).findFirst().orElseThrow();
        assertQuantity(q, "6,000 square kilometers", "AREA", 6000, "km²", null);
        assertEquals("6,000 square kilometers", text.substring(q.start(), q.end()));
    }

    @Test
    void seed004SquareMilesAndDollars() {
        List<Quantity> found = find(Seeds.document("004").get("text").asText());
        Quantity area = found.stream().filter(x -> x.text().endsWith("385 square miles")).findFirst().orElseThrow();
        assertEquals("AREA", area.kind());
        assertEquals("km²", area.unit());
        assertEquals(997.1, area.value(), 0.1);
        assertEquals("more_than", area.approx());
        Quantity billions = found.stream().filter(x -> x.text().equals("$2.2 billion")).findFirst().orElseThrow();
        assertQuantity(billions, "$2.2 billion", "MONEY", 2_200_000_000d, "USD", null);
        Quantity millions = found.stream().filter(x -> x.text().equals("$675 million")).findFirst().orElseThrow();
        assertQuantity(millions, "$675 million", "MONEY", 675_000_000d, "USD", null);
    }

    @Test
    void money() {
        assertQuantity(only("It will cost €3bn over the decade."), "€3bn", "MONEY", 3e9, "EUR", null);
        assertQuantity(only("a fine of £40,000 was paid"), "£40,000", "MONEY", 40_000, "GBP", null);
        assertQuantity(only("a budget of 1.5 trillion rubles"), "1.5 trillion rubles", "MONEY", 1.5e12, "RUB", null);
        assertQuantity(only("net loss of 62.1 mln stg"), "62.1 mln stg", "MONEY", 62_100_000, "GBP", null);
        assertQuantity(only("shares firmed to 187p"), "187p", "MONEY", 1.87, "GBP", null);
        assertQuantity(only("bought for 40-1/8 dlrs"), "40-1/8 dlrs", "MONEY", 40.125, "USD", null);
        assertQuantity(only("a 3.16-billion-dlr offer"), "3.16-billion-dlr", "MONEY", 3.16e9, "USD", null);
        assertQuantity(only("loss of 16 cts per share"), "16 cts", "MONEY", 0.16, "USD", null);
    }

    @Test
    void percentages() {
        assertQuantity(only("inflation rose 5% in May"), "5%", "PERCENT", 5, "%", null);
        assertQuantity(only("up five per cent on the year"), "five per cent", "PERCENT", 5, "%", null);
        assertQuantity(only("about 30 pct of the stock"), "about 30 pct", "PERCENT", 30, "%", "about");
    }

    @Test
    void countsOfThings() {
        assertQuantity(only("more than 50,000 Russian soldiers have been killed"), "more than 50,000 Russian soldiers",
                "COUNT", 50_000, "soldiers", "more_than");
        List<Quantity> three = find("suffered losses of around 560 troops, 26 tanks and two aircraft.");
        assertEquals(3, three.size(), three.toString());
        assertQuantity(three.get(0), "around 560 troops", "COUNT", 560, "troops", "about");
        assertQuantity(three.get(1), "26 tanks", "COUNT", 26, "tanks", null);
        assertQuantity(three.get(2), "two aircraft", "COUNT", 2, "aircraft", null);
        assertQuantity(only("Kyiv continues to retake dozens of settlements"), "dozens of settlements", "COUNT", 24,
                "settlements", "at_least");
        assertQuantity(only("Tens of thousands of people have been killed"), "Tens of thousands of people", "COUNT",
                20_000, "people", "at_least");
        assertQuantity(only("Around a dozen battalions are through"), "Around a dozen battalions", "COUNT", 12,
                "battalions", "about");
    }

    @Test
    void measuresInMetricUnits() {
        assertQuantity(only("advanced nearly 30 miles through"), "nearly 30 miles", "DISTANCE", 48.3, "km", "nearly");
        assertQuantity(only("just 25 kilometers from Ukraine"), "25 kilometers", "DISTANCE", 25, "km", null);
        assertQuantity(only("about 55,000 tonnes of vegetable oil"), "about 55,000 tonnes", "MASS", 55_000, "t", "about");
        assertQuantity(only("bags of 60 kilos"), "60 kilos", "MASS", 0.06, "t", null);
        assertQuantity(only("pumped 2 mln barrels"), "2 mln barrels", "VOLUME", 317_974_589.9, "l", null);
        assertQuantity(only("liberated within 24 hours"), "24 hours", "DURATION", 24, "hour", null);
        assertQuantity(only("a six-day battle"), "six-day", "DURATION", 6, "day", null);
        // "over" a period is not "more than"
        assertQuantity(only("returns over five years of growth"), "five years", "DURATION", 5, "year", null);
    }

    @Test
    void rangesShareTheUnitOfTheirHighEnd() {
        List<Quantity> found = find("groups of between 800 and 1,000 troops");
        assertEquals(2, found.size());
        assertQuantity(found.get(0), "between 800", "COUNT", 800, "troops", "range_from");
        assertQuantity(found.get(1), "1,000 troops", "COUNT", 1000, "troops", "range_to");
        // a year before "to" is no range, nor is a higher figure before a lower one
        assertEquals(1, find("from eight mln dlrs in 1987 to 14 mln dlrs in 1991").stream()
                .filter(q -> q.text().equals("14 mln dlrs") && q.approx() == null).count());
        assertNull(find("120,000 or 2.8 pct of the workforce").get(0).approx());
    }

    @Test
    void notQuantities() {
        assertEquals(List.of(), find("On February 24, 2022, T-72 tanks of the 109th regiment moved at 15:01 "
                + "along the M-14 highway; one of the tanks, in one video, was seen."));
        assertEquals(List.of(), find("Call 0800 555 1234 or +32 2 284 21 11 or 555-1234 before 10 a.m. or 1500 GMT."));
        assertEquals(List.of(), find("See case No. 2008-117 under Article 7 and Chapter 11; Flight 370 left on 12 May 2008."));
        assertEquals(List.of(), find("1. Turnout\n2. Results"));
    }

    @Test
    void bareNumbersAreCountsWithNoUnit() {
        assertQuantity(only("Customs figures show 5.97 mln in 1985 and the 2014 vote."), "5.97 mln", "COUNT", 5_970_000,
                null, null);
        // a figure table: the row name on the next line is not what is counted
        List<Quantity> table = find("Commercial activities 1.08 billion vs 988 mln\n    Financial services 263 mln");
        assertEquals(List.of("1.08 billion", "988 mln", "263 mln"), table.stream().map(Quantity::text).toList());
        assertTrue(table.stream().allMatch(q -> q.kind().equals("COUNT") && q.unit() == null));
    }

    @Test
    void offsetsAreCharOffsetsIntoTheText() {
        String text = "Rockets 🚀 hit 12 villages and 3 towns.";
        for (Quantity q : find(text)) {
            assertEquals(q.text(), text.substring(q.start(), q.end()));
        }
        assertTrue(find(text).size() == 2);
    }
}
