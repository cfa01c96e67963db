package lede.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import static lede.extract.QuoteSpans.*;
import static lede.extract.QuoteWords.*;

/** Sentence bounds and words around a quote, as the attribution rules read them. */
final class QuoteSentences {
    /** How far the rules look for the end or start of a sentence (long texts without full stops stay linear). */
    static final int MAX_SENTENCE = 2000;

    private QuoteSentences() {
    }

    record Word(String text, String lower, int start, int end) {
    }

    static List<Word> words(String text, int from, int to) {
        List<Word> out = new ArrayList<>();
        Matcher m = WORD.matcher(text).region(from, to);
        while (m.find()) {
            String w = m.group();
            // "Zhyvytskyi," is matched without the comma; "U.S." keeps its dots
            while (w.endsWith(".") && !w.matches("(?:\\p{L}\\.)+")) {
                w = w.substring(0, w.length() - 1);
            }
            out.add(new Word(w, w.toLowerCase(Locale.ROOT), m.start(), m.start() + w.length()));
        }
        return out;
    }

    /** The end of the sentence that goes on after offset from: next . ! ? outside words, an opening mark, or a paragraph break. */
    static int sentenceEnd(String text, int from) {
        int n = Math.min(text.length(), from + MAX_SENTENCE);
        for (int k = from; k < n; k++) {
            char c = text.charAt(k);
            if (c == '\n' && k + 1 < n && (text.charAt(k + 1) == '\n' || text.charAt(k + 1) == ' ' || text.charAt(k + 1) == '\t')) {
                return k;
            }
            if ((c == '.' || c == '!' || c == '?') && (k + 1 >= n || Character.isWhitespace(text.charAt(k + 1)))) {
                // "Mr." and initials do not end the sentence
                int ws = k;
                while (ws > from && Character.isLetter(text.charAt(ws - 1))) {
                    ws--;
                }
                String w = text.substring(ws, k);
                if (w.length() <= 2 && !w.isEmpty() && Character.isUpperCase(w.charAt(0)) || TitleWords.ABBREVIATIONS.contains(w)) {
                    continue;
                }
                return k;
            }
            if (c == '“' || c == '‘' || (c == '"' && k > 0 && openingContext(text.charAt(k - 1)))) {
                return k;
            }
        }
        return n;
    }

    static int sentenceStart(String text, int before) {
        for (int k = before - 1; k > 0; k--) {
            if (before - k > MAX_SENTENCE) {
                return k;
            }
            char c = text.charAt(k);
            if (c == '\n' && (text.charAt(k - 1) == '\n' || k + 1 < text.length() && Character.isWhitespace(text.charAt(k + 1)))) {
                return k + 1;
            }
            if ((c == '.' || c == '!' || c == '?' || c == '”' || c == '"') && k + 1 < text.length()
                    && Character.isWhitespace(text.charAt(k + 1))) {
                return k + 1;
            }
            if (c == '’' && k + 1 < text.length() && Character.isWhitespace(text.charAt(k + 1))
                    && ".,!?".indexOf(text.charAt(k - 1)) >= 0) {
                return k + 1;
            }
        }
        return 0;
    }

}
