package lede.extract;

import lede.extract.TextTokens.Token;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds quantities in news text: money with its currency, percentages, measures normalised to metric units (see
 * {@link Units}), counts with the thing they count, ages and scores. Numbers are read by {@link NumberReader};
 * the words in front keep how approximate the figure is ("more than" → {@code more_than}).
 *
 * <p>Every number is reported unless it is a date, year, time, ordinal, code or name ({@link NotQuantities}): a
 * number with nothing after it that says what it counts is a {@code COUNT} with a null unit ("killed 18"), and
 * each quantity carries the span of its sentence so a reader sees what it is about.
 */
public final class QuantityFinder {
    /**
     * A quantity with char offsets into the text it was found in, and those of its sentence
     * ({@code contextStart}, {@code contextEnd}). {@code approx} is null when exact; {@code unit} is null for a
     * bare count.
     */
    public record Quantity(String text, String kind, double value, String unit, String approx, int start, int end,
                           int contextStart, int contextEnd) {
    }

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

    /** Verbs after which "up to" says where a figure moved, not that it is a ceiling. */
    private static final Set<String> CHANGE_VERBS = Set.of("revised", "revise", "revises", "raised", "raise",
            "raises", "rose", "rise", "rises", "risen", "climbed", "climb", "climbs", "jumped", "jump", "jumps",
            "moved", "move", "moves", "went", "go", "goes", "gone", "pushed", "push", "bumped", "bump", "marked",
            "ratcheted", "scaled", "increased", "boosted", "lifted", "adjusted", "brought", "bring", "brings",
            "rounded", "stepped", "shot", "edged", "crept", "soared", "surged", "upgraded");

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
                if (f.second != null) {
                    found.add(f.second);
                    f = f.second;
                }
                i = f.lastToken + 1;
            }
        }
        Ranges.shareUnits(tokens, found);
        Ranges.shareComparedUnits(tokens, found);
        List<Sentences.Span> sentences = Sentences.of(text);
        List<Quantity> out = new ArrayList<>();
        for (Found f : found) {
            if (f.kind == null) {
                continue;
            }
            int start = f.approxStart >= 0 ? f.approxStart : tokens.get(f.firstToken).start();
            int end = tokens.get(f.lastToken).end();
            Sentences.Span first = Sentences.containing(sentences, start);
            Sentences.Span last = Sentences.containing(sentences, end - 1);
            int contextStart = first == null ? start : Math.min(start, first.start());
            int contextEnd = last == null ? end : Math.max(end, last.end());
            out.add(new Quantity(text.substring(start, end), f.kind, normalise(f), f.unit, f.approx, start, end,
                    contextStart, contextEnd));
        }
        return out;
    }

    /** What the scanner knows about one quantity while it reads it. */
    static final class Found {
        int firstToken;       // first token of the number (or currency sign)
        int numberEnd;        // last token of the number itself
        int lastToken;        // last token of the whole quantity
        int approxStart = -1; // char offset of the approx words, when there are some
        BigDecimal number;
        String kind;          // null: read only to be skipped (a code, a year, a name)
        String unit;
        double factor = 1;
        String approx;
        boolean hasScale;
        boolean bare;         // a count with nothing named after it: a range may lend it a unit
        Found second;         // the other side of a result read with this one ("voted 312 to 195")
    }

    private static Found skip(int first, int last) {
        Found f = new Found();
        f.firstToken = first;
        f.lastToken = last;
        return f;
    }

    private Found at(String text, List<Token> tokens, int i) {
        Currencies.Before currencyBefore = Currencies.at(tokens, i);
        String currency = currencyBefore == null ? null : currencyBefore.currency();
        int first = currencyBefore == null ? i : currencyBefore.first();
        int numberAt = currencyBefore == null ? i : currencyBefore.numberAt();
        if (currencyBefore == null && (Currencies.isSign(tokens.get(i)) || !NumberReader.startsNumber(tokens.get(i)))) {
            return null;
        }
        NumberReader.Parsed parsed = NumberReader.parse(tokens, numberAt, currency != null);
        if (parsed == null) {
            return null;
        }
        if (NotQuantities.dateTimeOrCode(text, tokens, numberAt, parsed)) {
            return skip(first, Math.max(parsed.last(), NotQuantities.codeEnd(text, tokens, numberAt)));
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
            return f; // "$5 billion" already read; "$20 a barrel" needs nothing more
        }
        if (!parsed.vague() && !parsed.scaled() && readScoreOrAge(text, tokens, numberAt, parsed, f)) {
            return f;
        }
        if (next + 1 < tokens.size() && tokens.get(next).is("m") && NumberReader.glued(tokens.get(next - 1), tokens.get(next))
                && CountedNouns.nounAfter(text, tokens, next + 1, false) >= 0) {
            f.number = f.number.multiply(BigDecimal.valueOf(1_000_000)); // "30m viewers"; "the 100m final" is metres
            f.hasScale = true;
            return count(f, tokens, CountedNouns.nounAfter(text, tokens, next + 1, false));
        }
        if (unitAfter(tokens, next, f)) {
            if ("DURATION".equals(f.kind) && f.approxStart >= 0 && tokens.get(first - 1).is("over")) {
                f.approx = null; // "over five years" is a period, not "more than"
                f.approxStart = -1;
            }
            return f;
        }
        if (parsed.vague()) {
            // "dozens of settlements", "tens of thousands of people"; "killed dozens" counts nothing named
            if (next < tokens.size() && tokens.get(next).is("of") && unitAfter(tokens, next + 1, f)) {
                return f;
            }
            int noun = next < tokens.size() && tokens.get(next).is("of") ? CountedNouns.nounAfter(text, tokens, next + 1, false)
                    : CountedNouns.peopleAdjectiveAfter(tokens, next); // "thousands dead"
            return noun >= 0 ? count(f, tokens, noun) : bare(f);
        }
        boolean wordOne = tokens.get(numberAt).is("one") && parsed.last() == numberAt;
        if (wordOne && f.approx == null) {
            return null; // "one of the", "in one video": a determiner, not a count
        }
        if (NotQuantities.yearLike(tokens.get(numberAt), parsed) || NotQuantities.nameBefore(tokens, first)) {
            return skip(first, parsed.last());
        }
        return countOrBare(text, tokens, next, parsed, f);
    }

    /** What a number with no unit counts: a noun after it, a compound, people named by an adjective, or nothing. */
    private static Found countOrBare(String text, List<Token> tokens, int next, NumberReader.Parsed parsed, Found f) {
        int noun = CountedNouns.nounAfter(text, tokens, next, parsed.value().compareTo(BigDecimal.ONE) == 0);
        if (noun < 0) {
            noun = CountedNouns.peopleAdjectiveAfter(tokens, next);
        }
        if (noun >= 0) {
            return count(f, tokens, noun);
        }
        if (parsed.kSuffix()) {
            // "the 30K classic", "won the 50K": a race distance in kilometres
            boolean race = f.firstToken > 0 && (tokens.get(f.firstToken - 1).is("the") || tokens.get(f.firstToken - 1).is("a"));
            if (race) {
                f.number = parsed.value().movePointLeft(3);
                f.kind = "DISTANCE";
                f.unit = "km";
                return f;
            }
        }
        int compound = CountedNouns.compoundNoun(tokens, next);
        if (compound >= 0) {
            f.kind = "COUNT";
            f.unit = CountedNouns.plural(tokens.get(compound).lower());
            f.lastToken = compound;
            return f;
        }
        if (NotQuantities.capitalizedNameBefore(tokens, f.firstToken, f.lastToken) && f.approx == null) {
            return skip(f.firstToken, f.lastToken); // "Boeing 737", "Apollo 11"
        }
        String partitive = CountedNouns.partitive(text, tokens, next);
        bare(f);
        if (partitive != null) {
            f.unit = partitive; // "29 of 34 drones": the span stays the number
        }
        return f;
    }

    private boolean readScoreOrAge(String text, List<Token> tokens, int numberAt, NumberReader.Parsed parsed, Found f) {
        ScoresAndAges.Read read = ScoresAndAges.at(text, tokens, numberAt, parsed.last(), parsed.value(), units);
        if (read == null) {
            return false;
        }
        f.kind = read.kind();
        f.unit = read.unit();
        f.number = read.value();
        f.lastToken = read.last();
        if (read.second() != null) {
            Found other = new Found();
            other.firstToken = read.secondAt();
            other.numberEnd = read.secondAt();
            other.lastToken = read.second().last();
            other.number = read.second().value();
            other.kind = read.second().kind();
            f.second = other;
        }
        return true;
    }

    private static Found count(Found f, List<Token> tokens, int noun) {
        f.kind = "COUNT";
        f.unit = tokens.get(noun).lower();
        f.lastToken = noun;
        return f;
    }

    private static Found bare(Found f) {
        f.kind = "COUNT";
        f.unit = null;
        f.bare = true;
        return f;
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
            if (match && e.getValue().equals("up_to") && words[0].equals("up") && from > 0
                    && CHANGE_VERBS.contains(tokens.get(from - 1).lower())) {
                return; // "revised up to 850 mln": a new figure, not a ceiling
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
        if (k < tokens.size() && tokens.get(k).text().equals("-") && NumberReader.glued(tokens.get(k - 1), tokens.get(k))
                && k + 1 < tokens.size() && NumberReader.glued(tokens.get(k), tokens.get(k + 1))) {
            k++; // "24-hour", "30-mile"
        }
        List<String> words = new ArrayList<>();
        for (int j = k; j < tokens.size() && words.size() < 4; j++) {
            Token w = tokens.get(j);
            boolean slash = w.text().equals("/") && j > k && j + 1 < tokens.size()
                    && NumberReader.glued(tokens.get(j - 1), w) && NumberReader.glued(w, tokens.get(j + 1));
            if (!w.word() && !w.text().equals("%") && !slash && !w.text().equals("°")) {
                break; // "km/h" is read as "km / h", "30°C" as "° c"
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
