package lede.extract;

import lede.extract.NumberReader.Parsed;
import lede.extract.TextTokens.Token;

import java.util.List;
import java.util.Set;

/**
 * Numbers that are not quantities: dates, years, times, ordinals, model names (T-72), phone and case numbers,
 * list markers, and numbers that name a thing ("Article 7", "Flight 370", "Chapter 11").
 */
final class NotQuantities {
    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** Words after which a number is a name or an index, not an amount. */
    private static final Set<String> NAME_WORDS = Set.of("article", "articles", "section", "paragraph", "clause",
            "chapter", "page", "pages", "case", "flight", "route", "highway", "interstate", "room", "bus", "line",
            "number", "no", "version", "resolution", "rule", "row", "seat", "gate", "platform", "level", "phase",
            "category", "grade", "class", "division", "channel", "model", "type", "unit", "block", "lot", "item",
            "annex", "appendix", "figure", "table", "vol", "volume", "issue", "episode", "season", "week", "day",
            "stage", "round", "game", "apollo", "act", "amendment", "protocol", "district", "ward", "precinct",
            "tier", "track", "exit", "junction", "pier", "terminal", "building", "floor", "street", "avenue");

    /** Words after a number that make it a clock time. */
    private static final Set<String> TIME_WORDS = Set.of("am", "pm", "a.m.", "p.m.", "gmt", "utc", "est", "edt",
            "cet", "cest", "bst", "pst", "pdt", "cst", "cdt", "o'clock", "o’clock");

    private NotQuantities() {
    }

    /** Dates, times, ordinals, model names, phone and case numbers, list markers. */
    static boolean dateTimeOrCode(String text, List<Token> tokens, int i, Parsed parsed) {
        Token t = tokens.get(i);
        if (!t.number()) {
            return i > 0 && MONTHS.contains(tokens.get(i - 1).lower()) && tokens.get(i - 1).capitalized(); // "April three"
        }
        if (t.text().length() > 1 && t.text().startsWith("0") && Character.isDigit(t.text().charAt(1))) {
            return true; // "0800 555 1234", "020": a code, not an amount
        }
        if (i > 0) {
            Token p = tokens.get(i - 1);
            if (MONTHS.contains(p.lower()) || (p.text().equals(".") && i > 1 && MONTHS.contains(tokens.get(i - 2).lower()))) {
                return true; // "February 24", "Feb. 26"
            }
            if (NumberReader.glued(p, t) && (p.word() || p.text().equals(":") || p.text().equals("/")
                    || p.text().equals("+") || p.text().equals(".")
                    || (p.text().equals("-") && i > 1 && NumberReader.glued(tokens.get(i - 2), p) && tokens.get(i - 2).word()))) {
                return true; // M142, 15:01, T-72, +32, 1.2.3
            }
            if (p.text().equals("-") && i > 1 && NumberReader.glued(tokens.get(i - 2), p) && NumberReader.glued(p, t)
                    && tokens.get(i - 2).number() && (tokens.get(i - 2).text().length() == 4
                    || (i > 2 && tokens.get(i - 3).text().equals("-") && NumberReader.glued(tokens.get(i - 3), tokens.get(i - 2))))) {
                return true; // 2022-08-06
            }
            if (p.text().equals("#") || p.is("no.") || (p.text().equals(".") && i > 1 && tokens.get(i - 2).is("no"))) {
                return true; // "#3", "No. 2008-117"
            }
        }
        if (listMarker(text, tokens, i)) {
            return true;
        }
        int last = parsed.last();
        if (last + 1 < tokens.size()) {
            Token n = tokens.get(last + 1);
            boolean glued = NumberReader.glued(tokens.get(last), n);
            if (glued && n.word() && !parsed.scaled() && Units.defaults().lookup(n.lower()) == null && !n.is("m")) {
                return true; // 109th, 1980s
            }
            if (glued && (n.text().equals(":") || n.text().equals("/") || n.text().equals("."))
                    && last + 2 < tokens.size() && tokens.get(last + 2).number()
                    && NumberReader.glued(n, tokens.get(last + 2))) {
                return true; // 15:01, 3/4, 1.2.3
            }
            if (MONTHS.contains(n.lower()) && !parsed.scaled()) {
                return true; // "24 February"
            }
            if (TIME_WORDS.contains(n.lower()) && !parsed.scaled()) {
                return true; // "10 a.m.", "1500 GMT"
            }
            if (plainCodePair(tokens, i)) {
                return true; // "555-1234", "737-800"
            }
            if (glued && n.text().equals("-") && last + 2 < tokens.size() && NumberReader.glued(n, tokens.get(last + 2))
                    && tokens.get(last + 2).capitalized() && !parsed.scaled()) {
                return true; // "the 2-CV", "a 3-D model": a model name
            }
        }
        return false;
    }

    /** "1." or "2)" at the start of a line: a list marker. */
    private static boolean listMarker(String text, List<Token> tokens, int i) {
        if (i + 1 >= tokens.size() || !(tokens.get(i + 1).text().equals(".") || tokens.get(i + 1).text().equals(")"))
                || !NumberReader.glued(tokens.get(i), tokens.get(i + 1))) {
            return false;
        }
        int from = i == 0 ? 0 : tokens.get(i - 1).end();
        String before = text.substring(from, tokens.get(i).start());
        return i == 0 ? before.isBlank() : before.contains("\n") && before.isBlank();
    }

    /**
     * Two runs of plain digits joined by a hyphen that read as a phone or case number ("555-1234"), not a range
     * ("100-200", "1000-2000"): seven digits or more, the runs unequal in length or falling.
     */
    private static boolean plainCodePair(List<Token> tokens, int i) {
        if (i + 2 >= tokens.size() || !tokens.get(i + 1).text().equals("-")
                || !NumberReader.glued(tokens.get(i), tokens.get(i + 1)) || !NumberReader.glued(tokens.get(i + 1), tokens.get(i + 2))) {
            return false;
        }
        String a = tokens.get(i).text();
        String b = tokens.get(i + 2).text();
        return NumberReader.plainDigits(tokens.get(i)) && NumberReader.plainDigits(tokens.get(i + 2))
                && a.length() >= 3 && b.length() >= 3 && a.length() + b.length() >= 7
                && (a.length() != b.length() || a.compareTo(b) > 0);
    }

    /**
     * The last token of the code that starts at i: numbers joined by glued "-", "/", ".", ":", or by single spaces
     * when the code starts with "+" or a leading zero ("+32 2 284 21 11", "0800 555 1234").
     */
    static int codeEnd(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean spaced = (i > 0 && tokens.get(i - 1).text().equals("+")) || (t.text().startsWith("0") && t.text().length() > 1);
        int end = i;
        while (end + 1 < tokens.size()) {
            Token n = tokens.get(end + 1);
            if (n.number() && spaced && text.substring(tokens.get(end).end(), n.start()).equals(" ")) {
                end++;
            } else if (end + 2 < tokens.size() && "-/.:".contains(n.text()) && n.text().length() == 1
                    && NumberReader.glued(tokens.get(end), n) && NumberReader.glued(n, tokens.get(end + 2))
                    && tokens.get(end + 2).number()) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    /** A four-digit year 1800-2100 written without a scale, comma or decimals. */
    static boolean yearLike(Token t, Parsed parsed) {
        if (!NumberReader.plainDigits(t) || parsed.scaled() || t.text().length() != 4) {
            return false;
        }
        int v = Integer.parseInt(t.text()); // four digits: no overflow
        return v >= 1800 && v <= 2100;
    }

    /** "Article 7", "Flight 370", "Chapter 11": a number after a word that it names an instance of. */
    static boolean nameBefore(List<Token> tokens, int first) {
        return first > 0 && tokens.get(first - 1).word() && NAME_WORDS.contains(tokens.get(first - 1).lower());
    }

    /** Words after a number that go on with more figures: "Middlesex 199 and 426", "beat them 3 to 1". */
    private static final Set<String> FIGURES_GO_ON = Set.of("and", "or", "for", "to", "vs", "not", "off", "up", "down");

    /**
     * "Boeing 737 was", "Apollo 11 mission": a plain whole number right after a capitalised word that does not
     * start the sentence (nor is a possessive or a month), and before a word. Not in tables and results, where
     * figures follow names ("Woosnam 70 76 71 70", "Middlesex 199 and 426", "Retailing 211 mln").
     */
    static boolean capitalizedNameBefore(List<Token> tokens, int first, int last) {
        if (first == 0 || !tokens.get(first - 1).capitalized() || first != last || !NumberReader.plainDigits(tokens.get(first))) {
            return false;
        }
        boolean wordAfter = last + 1 < tokens.size() && tokens.get(last + 1).word()
                && !FIGURES_GO_ON.contains(tokens.get(last + 1).lower());
        Token p = tokens.get(first - 1);
        boolean sentenceStart = first < 2 || !(tokens.get(first - 2).word() || tokens.get(first - 2).number()
                || tokens.get(first - 2).text().equals(","));
        return wordAfter && !sentenceStart && !p.lower().endsWith("'s") && !p.lower().endsWith("’s")
                && !MONTHS.contains(p.lower());
    }
}
