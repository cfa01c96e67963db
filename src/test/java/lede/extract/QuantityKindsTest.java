package lede.extract;

import lede.extract.QuantityFinder.Quantity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The numbers of issue 16: agency money, bare and implied counts, ranges, ages, scores, and sentence context. */
class QuantityKindsTest {
    private static final QuantityFinder FINDER = new QuantityFinder();

    private static Quantity only(String text) {
        List<Quantity> found = FINDER.find(text);
        assertEquals(1, found.size(), text + " -> " + found);
        return found.get(0);
    }

    private static void assertQuantity(Quantity q, String text, String kind, double value, String unit, String approx) {
        assertEquals(text, q.text(), q.toString());
        assertEquals(kind, q.kind(), q.toString());
        assertEquals(value, q.value(), Math.abs(value) * 1e-9, q.toString());
        assertEquals(unit, q.unit(), q.toString());
        assertEquals(approx, q.approx(), q.toString());
    }

    @Test
    void moneyInAgencyStyles() {
        assertQuantity(only("profit rose to dlrs 220 million"), "dlrs 220 million", "MONEY", 220e6, "USD", null);
        assertQuantity(only("from dlrs 300,000 a year earlier"), "dlrs 300,000", "MONEY", 300_000, "USD", null);
        assertQuantity(only("set aside 220 mln dlrs"), "220 mln dlrs", "MONEY", 220e6, "USD", null);
        assertQuantity(only("shares rose to US$ 14.20"), "US$ 14.20", "MONEY", 14.2, "USD", null);
        assertQuantity(only("it will invest Dh 2.5 billion"), "Dh 2.5 billion", "MONEY", 2.5e9, "AED", null);
        assertQuantity(only("a plan worth Rs 900 crore"), "Rs 900 crore", "MONEY", 9e9, "INR", null);
        assertQuantity(only("the airline raised €2bn"), "€2bn", "MONEY", 2e9, "EUR", null);
        assertQuantity(only("a gap of 1.2 billion hryvnias"), "1.2 billion hryvnias", "MONEY", 1.2e9, "UAH", null);
        assertQuantity(only("fined 2 million roubles"), "2 million roubles", "MONEY", 2e6, "RUB", null);
        assertQuantity(only("loans of £1.2bn"), "£1.2bn", "MONEY", 1.2e9, "GBP", null);
        assertQuantity(only("shares rose 70 cents"), "70 cents", "MONEY", 0.7, "USD", null);
        // a lower-case "rs" or "dh" is no currency
        assertQuantity(only("the rs 5 were sold"), "5", "COUNT", 5, null, null);
    }

    @Test
    void countsWithTheNounOrNone() {
        assertQuantity(only("strikes killed 18 overnight"), "18", "COUNT", 18, null, null);
        assertQuantity(only("shelling left 18 dead"), "18 dead", "COUNT", 18, "dead", null);
        assertQuantity(only("the quake injured at least 30,000"), "at least 30,000", "COUNT", 30_000, null, "at_least");
        assertQuantity(only("the death toll rose to 40 on Friday"), "40", "COUNT", 40, null, null);
        // the noun after a verb is not what is counted
        assertQuantity(only("18 were killed"), "18", "COUNT", 18, null, null);
        assertQuantity(only("18 people were killed"), "18 people", "COUNT", 18, "people", null);
        assertQuantity(only("it shot down 29 of the drones"), "29", "COUNT", 29, "drones", null);
        assertQuantity(only("the 720-seat parliament"), "720-seat", "COUNT", 720, "seats", null);
        assertQuantity(only("the five-time champion"), "five-time", "COUNT", 5, "times", null);
        assertQuantity(only("a two-man partnership"), "two-man", "COUNT", 2, "men", null);
        assertQuantity(only("He has 50K followers"), "50K followers", "COUNT", 50_000, "followers", null);
        assertQuantity(only("a 3123456789 figure"), "3123456789", "COUNT", 3_123_456_789d, null, null);
        assertQuantity(only("killed 3123456789 people"), "3123456789 people", "COUNT", 3_123_456_789d, "people", null);
        // digits past any long are read, not parsed into an int
        assertEquals(2, FINDER.find("figures 12345678901234567890123 and 99999999999999999999").size());
    }

    @Test
    void rangesAndAlternatives() {
        List<Quantity> victims = FINDER.find("The quake may have killed 70 or 80,000 victims.");
        assertEquals(2, victims.size(), victims.toString());
        assertQuantity(victims.get(0), "70", "COUNT", 70_000, "victims", "range_from");
        assertQuantity(victims.get(1), "80,000 victims", "COUNT", 80_000, "victims", "range_to");
        List<Quantity> aged = FINDER.find("children aged 5 to 11");
        assertQuantity(aged.get(0), "5", "AGE", 5, "year", null);
        assertQuantity(aged.get(1), "11", "AGE", 11, "year", null);
        // a bare figure compared with the one before it is in its unit
        List<Quantity> compared = FINDER.find("733,000 tonnes, up from 725,000 a year earlier");
        assertQuantity(compared.get(1), "725,000", "MASS", 725_000, "t", null);
    }

    @Test
    void agesAndScores() {
        assertQuantity(only("the 20-year-old striker"), "20-year-old", "AGE", 20, "year", null);
        assertQuantity(only("Djokovic, 36, won"), "36", "AGE", 36, "year", null);
        assertQuantity(only("he shot a round of 67"), "67", "SCORE", 67, null, null);
        assertQuantity(only("to take a 3-stroke lead"), "3-stroke", "SCORE", 3, "strokes", null);
        assertQuantity(only("leads by two strokes"), "two strokes", "SCORE", 2, "strokes", null);
        List<Quantity> sets = FINDER.find("She won 6-3, 7-6 in the final.");
        assertEquals(List.of("6-3", "7-6"), sets.stream().map(Quantity::text).toList());
        assertTrue(sets.stream().allMatch(q -> q.kind().equals("SCORE")));
        List<Quantity> vote = FINDER.find("Lawmakers voted 312 to 195.");
        assertEquals(List.of(312.0, 195.0), vote.stream().map(Quantity::value).toList());
        // a range with a unit is no score
        assertQuantity(FINDER.find("for 2-3 days").get(1), "3 days", "DURATION", 3, "day", "range_to");
        assertQuantity(only("Klaebo won the 30K classic"), "30K", "DISTANCE", 30, "km", null);
        // with a scale after it, a hyphenated pair is a range
        List<Quantity> lines = FINDER.find("to grow to 80-100 million new lines");
        assertQuantity(lines.get(0), "80", "COUNT", 80e6, "lines", "range_from");
        assertQuantity(FINDER.find("all but the 20-25 largest banks").get(0), "20", "COUNT", 20, "banks", "range_from");
    }

    @Test
    void numbersAfterANameAreTheNameOnlyInProse() {
        assertEquals(List.of(), FINDER.find("The airline said the Boeing 737 was grounded."));
        // results and tables put figures after names
        assertEquals(List.of("70", "76", "71", "70"), FINDER.find("288 Ian Woosnam 70 76 71 70").stream()
                .skip(1).map(Quantity::text).toList());
        assertEquals(List.of("199", "426"), FINDER.find("Middlesex 199 and 426.").stream().map(Quantity::text).toList());
        assertEquals(List.of("211 mln", "186 mln"), FINDER.find("Paper\nRetailing 211 mln vs 186 mln").stream()
                .map(Quantity::text).toList());
    }

    @Test
    void upToIsACeilingUnlessAFigureMoved() {
        assertQuantity(only("a fine of up to 850 mln dlrs"), "up to 850 mln dlrs", "MONEY", 850e6, "USD", "up_to");
        assertQuantity(only("the forecast was revised up to 850 mln dlrs"), "850 mln dlrs", "MONEY", 850e6, "USD", null);
    }

    @Test
    void measures() {
        assertQuantity(only("winds of 160 km/h"), "160 km/h", "SPEED", 160, "km/h", null);
        assertQuantity(only("up to 40 centimetres of rain"), "up to 40 centimetres", "DISTANCE", 0.0004, "km", "up_to");
        assertQuantity(only("it was 30°C"), "30°C", "TEMPERATURE", 30, "°C", null);
    }

    @Test
    void contextIsTheSentence() {
        String text = "Officials met in the U.S. capital on Monday. Mr. Smith said 18 were\nkilled.\nAnother 4 died\n\n"
                + "Headline with 3 words\n\nEnd.";
        List<Quantity> found = FINDER.find(text);
        assertEquals(3, found.size());
        // a wrapped line goes on; a full stop before a line break or a blank line ends the sentence
        assertEquals("Mr. Smith said 18 were\nkilled.", text.substring(found.get(0).contextStart(), found.get(0).contextEnd()));
        assertEquals("Another 4 died", text.substring(found.get(1).contextStart(), found.get(1).contextEnd()));
        assertEquals("Headline with 3 words", text.substring(found.get(2).contextStart(), found.get(2).contextEnd()));
    }
}
