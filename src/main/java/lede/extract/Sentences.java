package lede.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence spans for the rule-based outputs (no CoreNLP): a sentence ends at a blank line (as CoreNLP's
 * ssplit in extract; wire copy wraps its lines), or at ".", "!" or "?"
 * (with any closing quotes or brackets) followed by white space and a capital, digit or opening quote, unless the
 * full stop ends an abbreviation ("Mr.", "Feb.", "No.", "U.S.") or an initial.
 */
final class Sentences {
    /** One sentence, char offsets, white space trimmed. */
    record Span(int start, int end) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "no", "nos", "gen",
            "lt", "col", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep", "prof", "jr", "sr", "inc", "corp", "co",
            "ltd", "vs", "v", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "approx", "est", "fig", "vol", "art", "mt", "ft", "rev", "hon", "pres", "gens", "maj", "brig");

    private Sentences() {
    }

    static List<Span> of(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int end = -1;
            int next = -1;
            if (c == '\n' && blankLineAfter(text, i)) {
                end = i;
                next = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && !(c == '.' && abbreviation(text, i))) {
                int j = i + 1;
                while (j < n && "\"'”’)]".indexOf(text.charAt(j)) >= 0) {
                    j++;
                }
                int k = j;
                while (k < n && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
                    k++;
                }
                if (k == n || (k > j && opensSentence(text.charAt(k))) || (k < n && text.charAt(k) == '\n')) {
                    end = j;
                    next = j;
                }
            }
            if (end >= 0) {
                add(text, start, end, spans);
                start = next;
                i = next - 1;
            }
        }
        add(text, start, n, spans);
        return spans;
    }

    /** The sentence that holds the char offset, or the whole text if none does (it never happens for a quantity). */
    static Span containing(List<Span> spans, int offset) {
        int lo = 0;
        int hi = spans.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = spans.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /** The line break at i is followed by a line of white space only. */
    private static boolean blankLineAfter(String text, int i) {
        for (int k = i + 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean opensSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"'“‘(".indexOf(c) >= 0;
    }

    /** The word before the full stop at i is an abbreviation, an initial, or a dotted abbreviation (U.S.). */
    private static boolean abbreviation(String text, int i) {
        int w = i;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, i).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(text.charAt(w))) {
            return true; // "J. Smith", "U.S."
        }
        return ABBREVIATIONS.contains(word) && !(w > 0 && text.charAt(w - 1) == '.');
    }

    private static void add(String text, int start, int end, List<Span> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new Span(start, end));
        }
    }
}
