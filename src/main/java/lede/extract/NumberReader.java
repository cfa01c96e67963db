package lede.extract;

import lede.extract.TextTokens.Token;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Reads one number at a token: digits ("6,000", "2.2", "40-1/8"), digits with a scale word or letter ("220 mln",
 * "3bn", "900 crore", "30K"), number words ("fifty thousand", "twenty-five", "a dozen") and vague plurals
 * ("dozens", "tens of thousands"). Digits go through {@link BigDecimal}, so no length of digits overflows.
 */
final class NumberReader {
    /** A number read from tokens: its value and last token; {@code kSuffix} for a glued "K" with no currency. */
    record Parsed(BigDecimal value, int last, boolean vague, boolean scaled, boolean kSuffix) {
    }

    static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    static final Map<String, Long> SCALE = Map.ofEntries(
            Map.entry("hundred", 100L), Map.entry("thousand", 1_000L), Map.entry("million", 1_000_000L),
            Map.entry("mln", 1_000_000L), Map.entry("billion", 1_000_000_000L), Map.entry("bln", 1_000_000_000L),
            Map.entry("bn", 1_000_000_000L), Map.entry("trillion", 1_000_000_000_000L),
            Map.entry("trln", 1_000_000_000_000L), Map.entry("tn", 1_000_000_000_000L),
            // South Asian scales: "Rs 900 crore" is 9 billion rupees
            Map.entry("crore", 10_000_000L), Map.entry("crores", 10_000_000L), Map.entry("lakh", 100_000L),
            Map.entry("lakhs", 100_000L));

    /** Scale letters that count only glued to a number after a currency sign: "$3m", "£40k". */
    private static final Map<String, Long> GLUED_SCALE = Map.of("m", 1_000_000L, "k", 1_000L, "b", 1_000_000_000L);

    /** "dozens of settlements": the least the word can mean, reported with approx "at_least". */
    static final Map<String, Long> VAGUE = Map.of("dozens", 24L, "hundreds", 200L, "thousands", 2_000L,
            "millions", 2_000_000L, "billions", 2_000_000_000L, "scores", 40L, "tens", 20L);

    private NumberReader() {
    }

    static boolean glued(Token a, Token b) {
        return a.end() == b.start();
    }

    /** Whether a number may start at this token. */
    static boolean startsNumber(Token t) {
        return t.number() || SMALL.containsKey(t.lower()) || t.is("a") || t.is("dozen") || VAGUE.containsKey(t.lower());
    }

    /** A number of digits only, no thousands comma or decimals: what years, codes and scores are written in. */
    static boolean plainDigits(Token t) {
        return t.number() && t.text().chars().allMatch(Character::isDigit);
    }

    /** Reads digits or number words starting at i, with a following scale word; null if there is none. */
    static Parsed parse(List<Token> tokens, int i, boolean afterCurrency) {
        Token t = tokens.get(i);
        if (t.number()) {
            return digits(tokens, i, afterCurrency);
        }
        if (VAGUE.containsKey(t.lower())) {
            long v = VAGUE.get(t.lower());
            int last = i;
            if (i + 2 < tokens.size() && tokens.get(i + 1).is("of")
                    && (tokens.get(i + 2).is("thousands") || tokens.get(i + 2).is("millions"))) {
                v = v * VAGUE.get(tokens.get(i + 2).lower()) / 2; // tens of thousands: 20,000
                last = i + 2;
            } else if (t.is("tens") || t.is("scores")) {
                return null;
            }
            return new Parsed(BigDecimal.valueOf(v), last, true, false, false);
        }
        return words(tokens, i);
    }

    private static Parsed digits(List<Token> tokens, int i, boolean afterCurrency) {
        Token t = tokens.get(i);
        BigDecimal value = new BigDecimal(t.text().replace(",", ""));
        int last = i;
        // "40-1/8 dlrs": Reuters' fractions of a dollar
        if (i + 4 < tokens.size() && tokens.get(i + 1).text().equals("-") && tokens.get(i + 3).text().equals("/")
                && glued(t, tokens.get(i + 1)) && glued(tokens.get(i + 1), tokens.get(i + 2))
                && glued(tokens.get(i + 2), tokens.get(i + 3)) && glued(tokens.get(i + 3), tokens.get(i + 4))
                && tokens.get(i + 2).number() && tokens.get(i + 4).number() && !t.text().contains(".")) {
            BigDecimal denominator = new BigDecimal(tokens.get(i + 4).text().replace(",", ""));
            if (denominator.signum() > 0) {
                value = value.add(new BigDecimal(tokens.get(i + 2).text().replace(",", ""))
                        .divide(denominator, 6, RoundingMode.HALF_UP));
                last = i + 4;
            }
        }
        if (last + 2 < tokens.size() && tokens.get(last + 1).text().equals("-") && glued(tokens.get(last), tokens.get(last + 1))
                && SCALE.containsKey(tokens.get(last + 2).lower()) && !tokens.get(last + 2).is("hundred")) {
            // "3.16-billion-dlr offer"
            return new Parsed(value.multiply(BigDecimal.valueOf(SCALE.get(tokens.get(last + 2).lower()))), last + 2,
                    false, true, false);
        }
        if (last + 1 < tokens.size()) {
            Token n = tokens.get(last + 1);
            Long scale = SCALE.get(n.lower());
            boolean kSuffix = false;
            if (scale == null && glued(t, n)) {
                if (afterCurrency) {
                    scale = GLUED_SCALE.get(n.lower());
                } else if (n.is("k") && !(last + 2 < tokens.size() && glued(n, tokens.get(last + 2))
                        && tokens.get(last + 2).word())) {
                    scale = 1_000L; // "50K followers", "the 30K classic"
                    kSuffix = true;
                }
            }
            if (scale != null && (!n.lower().equals("hundred") || value.scale() == 0)) {
                return new Parsed(value.multiply(BigDecimal.valueOf(scale)), last + 1, false, true, kSuffix);
            }
        }
        return new Parsed(value, last, false, false, false);
    }

    /** Number words: "fifty thousand", "twenty-five", "a dozen", "one hundred and twenty". */
    private static Parsed words(List<Token> tokens, int i) {
        long total = 0;
        long current = 0;
        int last = -1;
        boolean any = false;
        int k = i;
        if (tokens.get(i).is("a")) {
            if (k + 1 < tokens.size() && (tokens.get(k + 1).is("dozen") || SCALE.containsKey(tokens.get(k + 1).lower()))) {
                current = 1;
                k++;
            } else {
                return null;
            }
        }
        for (; k < tokens.size(); k++) {
            Token w = tokens.get(k);
            Integer small = SMALL.get(w.lower());
            if (small != null) {
                if (any && current % 10 != 0 && current > 0) {
                    break; // "two three" is two numbers
                }
                current += small;
                any = true;
                last = k;
            } else if (w.is("dozen")) {
                current = (current == 0 ? 1 : current) * 12;
                any = true;
                last = k;
            } else if (w.is("hundred") && any) {
                current *= 100;
                last = k;
            } else if (any && SCALE.containsKey(w.lower()) && !w.is("hundred")) {
                total += current * SCALE.get(w.lower());
                current = 0;
                last = k;
            } else if (any && w.text().equals("-") && k + 1 < tokens.size() && glued(tokens.get(k - 1), w)
                    && glued(w, tokens.get(k + 1)) && SMALL.containsKey(tokens.get(k + 1).lower())) {
                continue; // twenty-five
            } else if (any && w.is("and") && k > 0 && tokens.get(k - 1).is("hundred") && k + 1 < tokens.size()
                    && SMALL.containsKey(tokens.get(k + 1).lower())) {
                continue;
            } else {
                break;
            }
        }
        if (!any) {
            return null;
        }
        return new Parsed(BigDecimal.valueOf(total + current), last, false,
                last > i && SCALE.containsKey(tokens.get(last).lower()), false);
    }
}
