package lede.extract;

import lede.extract.TextTokens.Token;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * Ages ("a 20-year-old", "aged 5", "Djokovic, 36,") and scores or results ("6-3, 7-6", "a round of 67",
 * "a 3-stroke lead", "leads by two strokes", "voted 312 to 195"), and "five-time": numbers whose meaning is in
 * the words around them rather than in a unit after them.
 */
final class ScoresAndAges {
    /** What one of these rules read: kind, unit, value and last token; {@code second} is the other side of a vote. */
    record Read(String kind, String unit, BigDecimal value, int last, Read second, int secondAt) {
        Read(String kind, String unit, BigDecimal value, int last) {
            this(kind, unit, value, last, null, -1);
        }
    }

    private static final Set<String> AGE_UNITS = Set.of("year", "month", "week", "day");
    /** What a sports margin is counted in: "a 3-stroke lead", "won by two goals". */
    private static final Set<String> MARGIN_NOUNS = Set.of("stroke", "shot", "point", "goal", "run", "wicket",
            "length", "game", "set", "try", "seat", "vote");
    private static final Set<String> MARGINS = Set.of("lead", "win", "victory", "margin", "deficit", "advantage",
            "cushion", "defeat", "loss", "swing", "gap", "edge", "majority");
    /** Words before "a N" or "of N" in golf and scoring: "carded a 65", "a round of 67", "a score of 12". */
    private static final Set<String> SCORED = Set.of("carded", "shot", "fired", "posted", "signed", "card", "round",
            "score", "scored");
    /** Verbs and nouns after which "N to M" is a result, not a range. */
    private static final Set<String> RESULT_WORDS = Set.of("voted", "vote", "votes", "won", "beat", "defeated",
            "lost", "drew", "margin", "edged");
    /** Words before "N-M" that make it a range ("between 10-15", "aged 5-11"). */
    private static final Set<String> RANGE_WORDS = Set.of("between", "from", "aged", "ages", "age", "about",
            "around", "some", "roughly", "approximately", "nearly", "almost", "estimated");

    private ScoresAndAges() {
    }

    /** Reads an age, score or "N-time" at the number token i (no scale word); null when none applies. */
    static Read at(String text, List<Token> tokens, int i, int last, BigDecimal value, Units units) {
        Token t = tokens.get(i);
        Token before = i > 0 ? tokens.get(i - 1) : null;
        // "a 20-year-old", "a six-month-old baby", "20 years old"
        if (hyphenWord(tokens, last + 1) && AGE_UNITS.contains(tokens.get(last + 2).lower()) && hyphenWord(tokens, last + 3)
                && (tokens.get(last + 4).is("old") || tokens.get(last + 4).is("olds"))) {
            return new Read("AGE", tokens.get(last + 2).lower(), value, last + 4);
        }
        if (last + 2 < tokens.size() && (tokens.get(last + 1).is("years") || tokens.get(last + 1).is("year"))
                && tokens.get(last + 2).is("old")) {
            return new Read("AGE", "year", value, last + 2);
        }
        if (before != null && (before.is("aged") || before.is("ages") || before.is("age"))) {
            return new Read("AGE", "year", value, i);
        }
        if (last == i && appositionAge(tokens, i)) {
            return new Read("AGE", "year", value, i);
        }
        // "five-time champion"
        if (hyphenWord(tokens, last + 1) && (tokens.get(last + 2).is("time") || tokens.get(last + 2).is("times"))) {
            return new Read("COUNT", "times", value, last + 2);
        }
        // "a 3-stroke lead", "a 10-point win"
        if (hyphenWord(tokens, last + 1) && MARGIN_NOUNS.contains(tokens.get(last + 2).lower()) && last + 3 < tokens.size()
                && MARGINS.contains(tokens.get(last + 3).lower())) {
            return new Read("SCORE", CountedNouns.plural(tokens.get(last + 2).lower()), value, last + 2);
        }
        // "leads by two strokes", "won by three goals"
        if (before != null && before.is("by") && last + 1 < tokens.size() && tokens.get(last + 1).lower().endsWith("s")
                && MARGIN_NOUNS.contains(tokens.get(last + 1).lower().substring(0, tokens.get(last + 1).lower().length() - 1))) {
            return new Read("SCORE", tokens.get(last + 1).lower(), value, last + 1);
        }
        if (last != i || !NumberReader.plainDigits(t)) {
            return null;
        }
        // "carded a 65", "a round of 67"
        if (i >= 2 && (before.is("a") || before.is("an") || before.is("of")) && SCORED.contains(tokens.get(i - 2).lower())
                && !(last + 1 < tokens.size() && tokens.get(last + 1).text().equals("-"))) {
            return new Read("SCORE", null, value, i);
        }
        // "6-3", "won 2-1": two small plain numbers joined by a hyphen, nothing counted after
        if (last + 2 < tokens.size() && (tokens.get(last + 1).text().equals("-") || tokens.get(last + 1).text().equals("–"))
                && NumberReader.glued(t, tokens.get(last + 1)) && NumberReader.glued(tokens.get(last + 1), tokens.get(last + 2))
                && NumberReader.plainDigits(tokens.get(last + 2)) && t.text().length() <= 3
                && tokens.get(last + 2).text().length() <= 3 && (before == null || !RANGE_WORDS.contains(before.lower()))
                && !countedOrMeasuredAfter(text, tokens, last + 3, units)
                && !(last + 4 < tokens.size() && NumberReader.glued(tokens.get(last + 2), tokens.get(last + 3))
                && "-/".contains(tokens.get(last + 3).text()))) {
            return new Read("SCORE", null, value, last + 2);
        }
        // "voted 312 to 195"
        if (before != null && RESULT_WORDS.contains(before.lower()) && last + 2 < tokens.size() && tokens.get(last + 1).is("to")
                && NumberReader.plainDigits(tokens.get(last + 2)) && !countedOrMeasuredAfter(text, tokens, last + 3, units)) {
            Read other = new Read("SCORE", null, new BigDecimal(tokens.get(last + 2).text()), last + 2);
            return new Read("SCORE", null, value, i, other, last + 2);
        }
        return null;
    }

    /** "-word" glued at k: a hyphen then a word, both glued. */
    private static boolean hyphenWord(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k).text().equals("-") && NumberReader.glued(tokens.get(k - 1), tokens.get(k))
                && NumberReader.glued(tokens.get(k), tokens.get(k + 1)) && tokens.get(k + 1).word();
    }

    /** "Djokovic, 36, beat": a whole number 1-120 between commas right after a capitalised name. */
    private static boolean appositionAge(List<Token> tokens, int i) {
        if (i < 2 || i + 1 >= tokens.size() || !tokens.get(i - 1).text().equals(",")
                || !tokens.get(i + 1).text().equals(",") || !NumberReader.plainDigits(tokens.get(i))
                || tokens.get(i).text().length() > 3) {
            return false;
        }
        int v = Integer.parseInt(tokens.get(i).text());
        Token name = tokens.get(i - 2);
        return v >= 1 && v <= 120 && name.capitalized() && !NotQuantities.MONTHS.contains(name.lower())
                && !(i >= 3 && tokens.get(i - 3).number());
    }

    /** A unit, scale or counted noun at k: "2-3 days", "10-15 people", "80-100 million" are ranges, not scores. */
    private static boolean countedOrMeasuredAfter(String text, List<Token> tokens, int k, Units units) {
        if (k >= tokens.size() || !tokens.get(k).word() && !tokens.get(k).text().equals("%")) {
            return false;
        }
        String w = tokens.get(k).lower();
        if (units.lookup(w) != null || NumberReader.SCALE.containsKey(w) || (w.equals("per") && k + 1 < tokens.size() && tokens.get(k + 1).word())) {
            return true;
        }
        return CountedNouns.nounAfter(text, tokens, k, false) >= 0; // "the 20-25 largest participants"
    }
}
