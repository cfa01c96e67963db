package lede.extract;

import lede.extract.TextTokens.Token;

import java.util.List;
import java.util.Set;

/**
 * What a count counts: the plural noun after the number ("50,000 Russian soldiers"), a noun made adjective
 * ("a 720-seat parliament" → seats), a word that names people by what happened to them ("11 dead"), or the noun
 * of a partitive ("29 of 34 drones"). A noun after a verb is not taken ("18 were killed" counts nothing named).
 */
final class CountedNouns {
    /** Plural nouns that do not end in s. */
    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "personnel", "children", "men",
            "women", "aircraft", "police", "staff", "cattle", "sheep", "livestock", "crew", "fish", "deer",
            "troops", "militia", "heads", "head");

    /** Words that end in s or could sit after a number but never name what is counted. */
    static final Set<String> NOT_COUNTED = Set.of("was", "has", "is", "as", "his", "its", "this", "thus",
            "plus", "less", "us", "yes", "does", "goes", "says", "times", "whereas", "besides", "across",
            "towards", "afterwards", "always", "perhaps", "unless", "sometimes", "percent", "pct", "vs", "versus",
            "against", "of", "and", "or", "the", "a", "an", "to", "in", "on", "at", "by", "for", "from", "with",
            "that", "which", "who", "were", "are", "be", "been", "had", "have", "did", "do", "will", "would",
            "could", "should", "may", "might", "can", "per", "than", "more", "over", "under", "up", "down",
            "about", "into", "out", "after", "before", "since", "until", "while", "when", "where", "if", "but",
            "not", "no", "it", "they", "he", "she", "we", "you", "i", "them", "there", "here", "also", "only",
            "just", "still", "each", "every", "all", "both", "either", "neither", "others", "ones",
            "one", "these", "those", "such", "ago", "earlier", "later", "last", "next", "previous", "shr", "net",
            "revs", "sales", "avg", "shrs", "loss", "profit", "mths", "qtr", "year", "years", "nil", "cts", "means");

    /** Adjectives that name the people they describe when they stand after a number: "11 dead and 25 wounded". */
    private static final Set<String> PEOPLE_ADJECTIVES = Set.of("dead", "wounded", "injured", "missing", "jobless",
            "homeless", "unemployed", "displaced", "hurt", "killed", "detained", "arrested");

    /** Words after "N-" that do not name a counted thing: "20-odd", "18-plus", "three-fold", "500-strong". */
    private static final Set<String> NOT_COMPOUND_NOUNS = Set.of("odd", "plus", "fold", "strong", "old", "year",
            "something", "ish", "and", "or", "to", "off", "up", "in", "on", "out");

    private static final Set<String> PARTITIVE_DETERMINERS = Set.of("the", "these", "those", "its", "their", "his",
            "her", "our", "your", "some");

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");


    private CountedNouns() {
    }

    /** The token of the counted noun after at most four modifiers ("50,000 Russian soldiers", "26 tanks"), or -1. */
    static int nounAfter(String text, List<Token> tokens, int next, boolean singularAllowed) {
        int modifiers = 0;
        for (int k = next; k < tokens.size() && modifiers <= 4; k++) {
            Token w = tokens.get(k);
            if (k > 0 && paragraphBreak(text, tokens.get(k - 1).end(), w.start())) {
                return -1; // "988 mln\n    Financial services": a table row ends
            }
            if (w.text().equals("-") && k > next && NumberReader.glued(tokens.get(k - 1), w) && k + 1 < tokens.size()
                    && NumberReader.glued(w, tokens.get(k + 1))) {
                continue; // "Russian-occupied"
            }
            if (w.is("or") && k > next && tokens.get(k - 1).word()) {
                continue; // "dozens of dead or captured Russian troops"
            }
            if (!w.word() || NOT_COUNTED.contains(w.lower()) || MONTHS.contains(w.lower())) {
                return -1;
            }
            boolean compoundNext = k + 1 < tokens.size() && tokens.get(k + 1).text().equals("-")
                    && NumberReader.glued(w, tokens.get(k + 1));
            if (!compoundNext && isPluralNoun(w, tokens, k)) {
                return k;
            }
            if (!compoundNext && singularAllowed && !w.capitalized() && !w.lower().endsWith("ly")
                    && !w.lower().endsWith("ed")) {
                return k;
            }
            if (!compoundNext) {
                modifiers++;
            }
        }
        return -1;
    }

    /** A blank line, or a line break before an indented line, between from and to: a paragraph or table row ends. */
    private static boolean paragraphBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) != '\n') {
                continue;
            }
            for (int j = i + 1; j < to; j++) {
                char c = text.charAt(j);
                if (c == '\n' || ((c == ' ' || c == '\t') && j == i + 1)) {
                    return true;
                }
                if (!Character.isWhitespace(c)) {
                    break;
                }
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

    /** "11 dead", "4 missing": the adjective right after the number, when no noun follows it; or -1. */
    static int peopleAdjectiveAfter(List<Token> tokens, int next) {
        if (next < tokens.size() && PEOPLE_ADJECTIVES.contains(tokens.get(next).lower())) {
            return next;
        }
        return -1;
    }

    /** "a 720-seat parliament", "a 27-member bloc": the token of the noun glued after "N-", or -1. */
    static int compoundNoun(List<Token> tokens, int next) {
        if (next + 1 >= tokens.size() || !tokens.get(next).text().equals("-")
                || !NumberReader.glued(tokens.get(next - 1), tokens.get(next))
                || !NumberReader.glued(tokens.get(next), tokens.get(next + 1))) {
            return -1;
        }
        Token w = tokens.get(next + 1);
        boolean hyphenAfter = next + 2 < tokens.size() && tokens.get(next + 2).text().equals("-")
                && NumberReader.glued(w, tokens.get(next + 2));
        if (!w.word() || w.capitalized() || w.lower().length() < 3 || NOT_COMPOUND_NOUNS.contains(w.lower()) || hyphenAfter) {
            return -1;
        }
        return next + 1;
    }

    /** "29 of 34 drones", "two of the wounded": the counted noun of a partitive, or null. */
    static String partitive(String text, List<Token> tokens, int next) {
        if (next + 1 >= tokens.size() || !tokens.get(next).is("of")) {
            return null;
        }
        int k = next + 1;
        if (PARTITIVE_DETERMINERS.contains(tokens.get(k).lower())) {
            k++;
        }
        if (k < tokens.size() && tokens.get(k).number()) {
            k++;
        }
        if (k >= tokens.size()) {
            return null;
        }
        int noun = nounAfter(text, tokens, k, false);
        if (noun >= 0) {
            return tokens.get(noun).lower();
        }
        int adjective = peopleAdjectiveAfter(tokens, k);
        return adjective >= 0 && k > next + 1 ? tokens.get(adjective).lower() : null;
    }

    /** The plural of a count noun written in the singular: seat → seats, match → matches, party → parties. */
    static String plural(String noun) {
        if (noun.endsWith("man")) {
            return noun.substring(0, noun.length() - 3) + "men"; // two-man, three-woman
        }
        if (noun.equals("person") || noun.equals("child")) {
            return noun.equals("person") ? "people" : "children";
        }
        if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
            return noun + "es";
        }
        if (noun.length() > 2 && noun.endsWith("y") && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }
}
