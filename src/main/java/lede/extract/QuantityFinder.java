package lede.extract;

import lede.extract.TextTokens.Token;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds quantities in news text: money with its currency, percentages, counts of things and measures
 * normalised to metric units (see {@link Units}). Numbers are read from digits ("6,000", "2.2"), scale words
 * ("billion", "mln", "3bn") and number words ("fifty thousand", "a dozen"); the words in front keep how
 * approximate the figure is ("more than" → {@code more_than}).
 *
 * <p>A number with nothing after it that says what it counts or measures is not reported, nor are dates,
 * years, ordinals, model names (T-72) and ages.
 */
public final class QuantityFinder {
    /** A quantity with char offsets into the text it was found in. {@code approx} is null when exact. */
    public record Quantity(String text, String kind, double value, String unit, String approx, int start, int end) {
    }

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    private static final Map<String, Long> SCALE = Map.ofEntries(
            Map.entry("hundred", 100L), Map.entry("thousand", 1_000L), Map.entry("million", 1_000_000L),
            Map.entry("mln", 1_000_000L), Map.entry("billion", 1_000_000_000L), Map.entry("bln", 1_000_000_000L),
            Map.entry("bn", 1_000_000_000L), Map.entry("trillion", 1_000_000_000_000L),
            Map.entry("trln", 1_000_000_000_000L), Map.entry("tn", 1_000_000_000_000L));

    /** Scale letters that count only glued to a number after a currency sign: "$3m", "£40k". */
    private static final Map<String, Long> GLUED_SCALE = Map.of("m", 1_000_000L, "k", 1_000L, "b", 1_000_000_000L);

    /** "dozens of settlements": the least the word can mean, reported with approx "at_least". */
    private static final Map<String, Long> VAGUE = Map.of("dozens", 24L, "hundreds", 200L, "thousands", 2_000L,
            "millions", 2_000_000L, "billions", 2_000_000_000L, "scores", 40L, "tens", 20L);

    private static final Map<String, String> CURRENCY_SIGNS = Map.of("$", "USD", "€", "EUR", "£", "GBP",
            "¥", "JPY", "₽", "RUB", "₴", "UAH", "₹", "INR");
    private static final Map<String, String> CURRENCY_SIGN_PREFIXES = Map.of("us", "USD", "u.s.", "USD",
            "c", "CAD", "a", "AUD", "nz", "NZD", "hk", "HKD", "s", "SGD");

    /** Words in front of a number and the approx value they give, longest first where they overlap. */
    private static final List<Map.Entry<String[], String>> APPROX = List.of(
            Map.entry(new String[]{"more", "than"}, "more_than"),
            Map.entry(new String[]{"in", "excess", "of"}, "more_than"),
            Map.entry(new String[]{"upwards", "of"}, "more_than"),
            Map.entry(new String[]{"just", "over"}, "more_than"),
            Map.entry(new String[]{"over"}, "more_than"),
            Map.entry(new String[]{"above"}, "more_than"),
            Map.entry(new String[]{"at", "least"}, "at_least"),
            Map.entry(new String[]{"no", "fewer", "than"}, "at_least"),
            Map.entry(new String[]{"no", "less", "than"}, "at_least"),
            Map.entry(new String[]{"up", "to"}, "up_to"),
            Map.entry(new String[]{"as", "many", "as"}, "up_to"),
            Map.entry(new String[]{"as", "much", "as"}, "up_to"),
            Map.entry(new String[]{"at", "most"}, "up_to"),
            Map.entry(new String[]{"no", "more", "than"}, "up_to"),
            Map.entry(new String[]{"less", "than"}, "less_than"),
            Map.entry(new String[]{"fewer", "than"}, "less_than"),
            Map.entry(new String[]{"just", "under"}, "nearly"),
            Map.entry(new String[]{"under"}, "less_than"),
            Map.entry(new String[]{"below"}, "less_than"),
            Map.entry(new String[]{"nearly"}, "nearly"),
            Map.entry(new String[]{"almost"}, "nearly"),
            Map.entry(new String[]{"close", "to"}, "nearly"),
            Map.entry(new String[]{"about"}, "about"),
            Map.entry(new String[]{"around"}, "about"),
            Map.entry(new String[]{"approximately"}, "about"),
            Map.entry(new String[]{"roughly"}, "about"),
            Map.entry(new String[]{"some"}, "about"),
            Map.entry(new String[]{"circa"}, "about"),
            Map.entry(new String[]{"an", "estimated"}, "about"),
            Map.entry(new String[]{"estimated"}, "about"),
            Map.entry(new String[]{"~"}, "about"));

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** Plural nouns that do not end in s. */
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "personnel", "children", "men",
            "women", "aircraft", "police", "staff", "cattle", "sheep", "livestock", "crew", "fish", "deer",
            "troops", "militia", "heads", "head");

    /** Words that end in s or could sit after a number but never name what is counted. */
    private static final Set<String> NOT_COUNTED = Set.of("was", "has", "is", "as", "his", "its", "this", "thus",
            "plus", "less", "us", "yes", "does", "goes", "says", "times", "whereas", "besides", "across",
            "towards", "afterwards", "always", "perhaps", "unless", "sometimes", "percent", "pct", "vs", "versus",
            "against", "of", "and", "or", "the", "a", "an", "to", "in", "on", "at", "by", "for", "from", "with",
            "that", "which", "who", "were", "are", "be", "been", "had", "have", "did", "do", "will", "would",
            "could", "should", "may", "might", "can", "per", "than", "more", "over", "under", "up", "down",
            "about", "into", "out", "after", "before", "since", "until", "while", "when", "where", "if", "but",
            "not", "no", "it", "they", "he", "she", "we", "you", "i", "them", "there", "here", "also", "only",
            "just", "still", "each", "every", "all", "both", "either", "neither", "others", "ones",
            "one", "these", "those", "such", "ago", "earlier", "later", "last", "next", "previous", "shr", "net",
            "revs", "sales", "avg", "shrs", "loss", "profit", "mths", "qtr", "year", "years", "nil", "cts");

    private static final java.util.regex.Pattern PARAGRAPH_BREAK = java.util.regex.Pattern.compile("\n\\s*\n|\n[ \t]");

    private final Units units;

    public QuantityFinder() {
        this(Units.defaults());
    }

    public QuantityFinder(Units units) {
        this.units = units;
    }

    /** The quantities in text, in text order, with char offsets. */
    public List<Quantity> find(String text) {
        List<Token> tokens = TextTokens.tokenize(text);
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Found f = at(text, tokens, i);
            if (f == null) {
                i++;
            } else {
                found.add(f);
                i = f.lastToken + 1;
            }
        }
        shareRangeUnits(tokens, found);
        List<Quantity> out = new ArrayList<>();
        for (Found f : found) {
            if (f.kind == null) {
                continue;
            }
            int start = f.approxStart >= 0 ? f.approxStart : tokens.get(f.firstToken).start();
            int end = tokens.get(f.lastToken).end();
            out.add(new Quantity(text.substring(start, end), f.kind, normalise(f), f.unit, f.approx, start, end));
        }
        return out;
    }

    /** What the scanner knows about one quantity while it reads it. */
    private static final class Found {
        int firstToken;       // first token of the number (or currency sign)
        int numberEnd;        // last token of the number itself
        int lastToken;        // last token of the whole quantity
        int approxStart = -1; // char offset of the approx words, when there are some
        BigDecimal number;
        String kind;
        String unit;
        double factor = 1;
        String approx;
        boolean hasScale;
    }

    private record Parsed(BigDecimal value, int last, boolean vague, boolean scaled) {
    }

    private Found at(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String currency = null;
        int first = i;
        int numberAt = i;
        // currency sign in front: "$2.2 billion", "US$ 5", "€3bn"
        if (CURRENCY_SIGNS.containsKey(t.text())) {
            int k = i + 1;
            if (k < tokens.size() && (tokens.get(k).number() || SMALL.containsKey(tokens.get(k).lower()))) {
                currency = CURRENCY_SIGNS.get(t.text());
                numberAt = k;
                if (i > 0 && glued(tokens.get(i - 1), t) && CURRENCY_SIGN_PREFIXES.containsKey(tokens.get(i - 1).lower())) {
                    currency = "$".equals(t.text()) ? CURRENCY_SIGN_PREFIXES.get(tokens.get(i - 1).lower()) : currency;
                    first = i - 1;
                }
            } else {
                return null;
            }
        } else if (!t.number() && !SMALL.containsKey(t.lower()) && !t.is("a") && !t.is("dozen")
                && !VAGUE.containsKey(t.lower())) {
            return null;
        }
        Parsed parsed = parseNumber(tokens, numberAt, currency != null);
        if (parsed == null || notAQuantity(text, tokens, numberAt, parsed)) {
            return null;
        }
        Found f = new Found();
        f.firstToken = first;
        f.numberEnd = parsed.last();
        f.lastToken = parsed.last();
        f.number = parsed.value();
        f.hasScale = parsed.scaled();
        approxBefore(tokens, first, f);
        if (parsed.vague() && f.approx == null) {
            f.approx = "at_least";
        }
        int next = parsed.last() + 1;
        if (currency != null) {
            f.kind = "MONEY";
            f.unit = currency;
            // "$5 billion" already read; "$20 a barrel" needs nothing more
            return f;
        }
        if (unitAfter(tokens, next, f)) {
            if ("DURATION".equals(f.kind) && f.approxStart >= 0 && tokens.get(first - 1).is("over")) {
                f.approx = null; // "over five years" is a period, not "more than"
                f.approxStart = -1;
            }
            return f;
        }
        if (parsed.vague()) {
            // "dozens of settlements", "tens of thousands of people"
            if (next < tokens.size() && tokens.get(next).is("of")
                    && (unitAfter(tokens, next + 1, f) || countedAfter(text, tokens, next + 1, f, false))) {
                return f;
            }
            return null;
        }
        boolean wordOne = tokens.get(numberAt).is("one") && parsed.last() == numberAt;
        if (wordOne && f.approx == null) {
            return null; // "one of the", "in one video": a determiner, not a count
        }
        boolean year = isYearLike(tokens.get(numberAt), parsed);
        if (!year && countedAfter(text, tokens, next, f, parsed.value().compareTo(BigDecimal.ONE) == 0)) {
            return f;
        }
        // a bare number: kept only so a range ("800 and 1,000 troops") can lend it the unit
        f.kind = null;
        return f;
    }

    private static boolean glued(Token a, Token b) {
        return a.end() == b.start();
    }

    /** Reads digits or number words starting at i, with a following scale word. */
    private static Parsed parseNumber(List<Token> tokens, int i, boolean afterCurrency) {
        Token t = tokens.get(i);
        if (t.number()) {
            BigDecimal value = new BigDecimal(t.text().replace(",", ""));
            int last = i;
            boolean scaled = false;
            // "40-1/8 dlrs": Reuters' fractions of a dollar
            if (i + 4 < tokens.size() && tokens.get(i + 1).text().equals("-") && tokens.get(i + 3).text().equals("/")
                    && glued(t, tokens.get(i + 1)) && glued(tokens.get(i + 1), tokens.get(i + 2))
                    && glued(tokens.get(i + 2), tokens.get(i + 3)) && glued(tokens.get(i + 3), tokens.get(i + 4))
                    && tokens.get(i + 2).number() && tokens.get(i + 4).number() && !t.text().contains(".")) {
                BigDecimal denominator = new BigDecimal(tokens.get(i + 4).text());
                if (denominator.signum() > 0) {
                    value = value.add(new BigDecimal(tokens.get(i + 2).text()).divide(denominator, 6, RoundingMode.HALF_UP));
                    last = i + 4;
                }
            }
            if (last + 2 < tokens.size() && tokens.get(last + 1).text().equals("-") && glued(tokens.get(last), tokens.get(last + 1))
                    && SCALE.containsKey(tokens.get(last + 2).lower()) && !tokens.get(last + 2).is("hundred")) {
                // "3.16-billion-dlr offer"
                return new Parsed(value.multiply(BigDecimal.valueOf(SCALE.get(tokens.get(last + 2).lower()))), last + 2, false, true);
            }
            if (last + 1 < tokens.size()) {
                Token n = tokens.get(last + 1);
                Long scale = SCALE.get(n.lower());
                if (scale == null && afterCurrency && glued(t, n)) {
                    scale = GLUED_SCALE.get(n.lower());
                }
                if (scale != null && (!n.lower().equals("hundred") || value.scale() == 0)) {
                    value = value.multiply(BigDecimal.valueOf(scale));
                    last = last + 1;
                    scaled = true;
                }
            }
            return new Parsed(value, last, false, scaled);
        }
        // vague plurals: "dozens", "hundreds", "tens of thousands"
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
            return new Parsed(BigDecimal.valueOf(v), last, true, false);
        }
        // number words: "fifty thousand", "twenty-five", "a dozen", "one hundred and twenty"
        long total = 0;
        long current = 0;
        int last = -1;
        boolean any = false;
        int k = i;
        if (t.is("a")) {
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
        return new Parsed(BigDecimal.valueOf(total + current), last, false, last > i && SCALE.containsKey(tokens.get(last).lower()));
    }

    /** Dates, times, ordinals, model names and ages. */
    private static boolean notAQuantity(String text, List<Token> tokens, int i, Parsed parsed) {
        Token t = tokens.get(i);
        if (!t.number()) {
            return false;
        }
        if (i > 0) {
            Token p = tokens.get(i - 1);
            if (MONTHS.contains(p.lower()) || (p.text().equals(".") && i > 1 && MONTHS.contains(tokens.get(i - 2).lower()))) {
                return true; // "February 24", "Feb. 26"
            }
            if (glued(p, t) && (p.word() || p.text().equals(":") || p.text().equals("/")
                    || (p.text().equals("-") && i > 1 && glued(tokens.get(i - 2), p) && tokens.get(i - 2).word()))) {
                return true; // M142, 15:01, T-72
            }
            if (p.text().equals("-") && i > 1 && glued(tokens.get(i - 2), p) && glued(p, t)
                    && tokens.get(i - 2).number() && (tokens.get(i - 2).text().length() == 4
                    || (i > 2 && tokens.get(i - 3).text().equals("-") && glued(tokens.get(i - 3), tokens.get(i - 2))))) {
                return true; // 2022-08-06
            }
            if (p.text().equals("#") || p.is("no.")) {
                return true;
            }
        }
        if (parsed.last() + 1 < tokens.size()) {
            Token n = tokens.get(parsed.last() + 1);
            if (glued(tokens.get(parsed.last()), n) && n.word() && !parsed.scaled()
                    && Units.defaults().lookup(n.lower()) == null && !n.is("m") && !n.is("k")) {
                return true; // 109th, 1980s
            }
            if (glued(tokens.get(parsed.last()), n) && (n.text().equals(":") || n.text().equals("/"))
                    && parsed.last() + 2 < tokens.size() && tokens.get(parsed.last() + 2).number()) {
                return true; // 15:01, 3/4
            }
            if (MONTHS.contains(n.lower()) && !parsed.scaled()) {
                return true; // "24 February"
            }
        }
        return false;
    }

    private static boolean isYearLike(Token t, Parsed parsed) {
        if (!t.number() || parsed.scaled() || t.text().contains(",") || t.text().contains(".")) {
            return false;
        }
        // length first: a bare number of any size ("Call 3123456789") is a token here, not only an int
        return t.text().length() == 4 && Integer.parseInt(t.text()) >= 1800 && Integer.parseInt(t.text()) <= 2100;
    }

    private static void approxBefore(List<Token> tokens, int first, Found f) {
        for (Map.Entry<String[], String> e : APPROX) {
            String[] words = e.getKey();
            int from = first - words.length;
            if (from < 0) {
                continue;
            }
            boolean match = true;
            for (int k = 0; k < words.length && match; k++) {
                match = tokens.get(from + k).is(words[k]);
            }
            if (match) {
                f.approx = e.getValue();
                f.approxStart = tokens.get(from).start();
                return;
            }
        }
    }

    /** A unit from the table after the number ("385 square miles", "5%", "24-hour"), or false. */
    private boolean unitAfter(List<Token> tokens, int next, Found f) {
        int k = next;
        if (k < tokens.size() && tokens.get(k).text().equals("-") && glued(tokens.get(k - 1), tokens.get(k))
                && k + 1 < tokens.size() && glued(tokens.get(k), tokens.get(k + 1))) {
            k++; // "24-hour", "30-mile"
        }
        List<String> words = new ArrayList<>();
        for (int j = k; j < tokens.size() && words.size() < 4; j++) {
            Token w = tokens.get(j);
            if (!w.word() && !w.text().equals("%")) {
                break;
            }
            words.add(w.lower());
        }
        Units.Unit unit = units.longestMatch(words);
        if (unit == null) {
            return false;
        }
        int last = k + Units.wordCount(unit) - 1;
        if (tokens.get(last).text().equals("-")) {
            return false;
        }
        // "5-year-old": an age, not a duration
        if (last + 2 < tokens.size() && tokens.get(last + 1).text().equals("-") && tokens.get(last + 2).is("old")) {
            f.kind = null;
            return false;
        }
        String kind = unit.kind();
        String code = unit.unit();
        double factor = unit.factor();
        // "pounds of sugar" weighs; "40,000 pounds" is money
        if ((unit.phrase().equals("pounds") || unit.phrase().equals("pound"))
                && last + 1 < tokens.size() && tokens.get(last + 1).is("of")) {
            kind = "MASS";
            code = "t";
            factor = 0.00045359237;
        }
        f.kind = kind;
        f.unit = code;
        f.factor = factor;
        f.lastToken = last;
        return true;
    }

    /** A counted noun after at most three modifiers: "50,000 Russian soldiers", "26 tanks". */
    private static boolean countedAfter(String text, List<Token> tokens, int next, Found f, boolean singularAllowed) {
        int modifiers = 0;
        for (int k = next; k < tokens.size() && modifiers <= 4; k++) {
            Token w = tokens.get(k);
            if (PARAGRAPH_BREAK.matcher(text.substring(tokens.get(k - 1).end(), w.start())).find()) {
                return false; // "988 mln\n    Financial services": a table row ends
            }
            if (w.text().equals("-") && k > next && glued(tokens.get(k - 1), w) && k + 1 < tokens.size()
                    && glued(w, tokens.get(k + 1))) {
                continue; // "Russian-occupied"
            }
            if (!w.word() || NOT_COUNTED.contains(w.lower()) || MONTHS.contains(w.lower())) {
                return false;
            }
            boolean compoundNext = k + 1 < tokens.size() && tokens.get(k + 1).text().equals("-")
                    && glued(w, tokens.get(k + 1));
            if (!compoundNext && isPluralNoun(w, tokens, k)) {
                f.kind = "COUNT";
                f.unit = w.lower();
                f.lastToken = k;
                return true;
            }
            if (!compoundNext && singularAllowed && !w.capitalized() && !w.lower().endsWith("ly")
                    && !w.lower().endsWith("ed")) {
                f.kind = "COUNT";
                f.unit = w.lower();
                f.lastToken = k;
                return true;
            }
            if (!compoundNext) {
                modifiers++;
            }
        }
        return false;
    }

    private static boolean isPluralNoun(Token w, List<Token> tokens, int k) {
        String s = w.lower();
        if (IRREGULAR_PLURALS.contains(s)) {
            return true;
        }
        if (s.length() < 3 || !s.endsWith("s") || s.endsWith("ss") || s.endsWith("us") || s.endsWith("ous")
                || s.endsWith("is") || s.endsWith("’s") || s.endsWith("'s")) {
            return false;
        }
        if (w.capitalized()) {
            // "Russians", but not "Russians" used as a modifier before a lower-case plural
            return !(k + 1 < tokens.size() && tokens.get(k + 1).word() && !tokens.get(k + 1).capitalized()
                    && tokens.get(k + 1).lower().endsWith("s") && !NOT_COUNTED.contains(tokens.get(k + 1).lower()));
        }
        return true;
    }

    /** "between 800 and 1,000 troops": the bare low end takes the unit of the high end. */
    private static void shareRangeUnits(List<Token> tokens, List<Found> found) {
        for (int n = 0; n + 1 < found.size(); n++) {
            Found low = found.get(n);
            Found high = found.get(n + 1);
            if (low.kind != null || high.kind == null) {
                continue;
            }
            int between = high.firstToken - low.lastToken - 1;
            if (between != 1) {
                continue;
            }
            Token connector = tokens.get(low.lastToken + 1);
            Token lowToken = tokens.get(low.firstToken);
            if (lowToken.number() && lowToken.text().matches("(18|19|20)\\d\\d")) {
                continue; // "in 1987 to 14 mln dlrs in 1991"
            }
            if (!(connector.is("and") || connector.is("to") || connector.is("-") || connector.is("–")
                    || connector.is("or"))) {
                continue;
            }
            low.kind = high.kind;
            low.unit = high.unit;
            low.factor = high.factor;
            BigDecimal lowNumber = low.number;
            if (high.hasScale && !low.hasScale) {
                // "2.2 to 2.5 billion dlrs": the low end is in billions too
                Long scale = SCALE.get(tokens.get(high.numberEnd).lower());
                if (scale != null) {
                    lowNumber = lowNumber.multiply(BigDecimal.valueOf(scale));
                }
            }
            if (lowNumber.compareTo(high.number) > 0) {
                low.kind = null; // "120,000 or 2.8 pct" is no range
                continue;
            }
            low.number = lowNumber;
            boolean between_ = low.firstToken > 0 && tokens.get(low.firstToken - 1).is("between");
            if (low.approx == null) {
                low.approx = "range_from";
                if (between_) {
                    low.approxStart = tokens.get(low.firstToken - 1).start();
                }
            }
            if (high.approx == null) {
                high.approx = "range_to";
            }
        }
    }

    /** The value in the normalised unit; converted measures rounded to 0.1 (or 4 significant digits below 1). */
    private static double normalise(Found f) {
        BigDecimal v = f.number.multiply(BigDecimal.valueOf(f.factor));
        if (f.factor == 1 || "MONEY".equals(f.kind)) {
            return v.doubleValue();
        }
        if (v.abs().compareTo(BigDecimal.ONE) >= 0) {
            return v.setScale(1, RoundingMode.HALF_UP).doubleValue();
        }
        return v.round(new java.math.MathContext(4, RoundingMode.HALF_UP)).doubleValue();
    }
}
