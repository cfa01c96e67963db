package lede.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lede.extract.QuoteSpans.Span;

/**
 * Quotes in the Polish and Ukrainian dialogue style, a paragraph opening with a dash instead of a quote mark:
 * "- I think that it is much better now - he noted." / "– The border is safe – said Wilczak. – We will stay."
 * The quote runs to the dash before its attribution (a reporting verb among the next four words), or to the
 * end of the paragraph; after the attribution's sentence, a further dash opens the same speaker's next part.
 */
final class DashDialogue {
    /** A dash that opens a paragraph. */
    private static final Pattern OPENING = Pattern.compile("(?m)^[ \\t]*([-–—])[ \\t\\u00a0]+(?=\\S)");
    /** A dash between spaces inside the paragraph. */
    private static final Pattern SEPARATOR = Pattern.compile("[ \\t\\u00a0]([-–—])[ \\t\\u00a0]+(?=\\S)");
    private static final int CUE_WITHIN = 4;

    private DashDialogue() {
    }

    /** Dash-dialogue spans in text order; close is the offset of the dash before the attribution. */
    static List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = OPENING.matcher(text);
        while (m.find()) {
            int lineEnd = text.indexOf('\n', m.end());
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int open = m.start(1);
            int start = m.end();
            while (start < lineEnd) {
                int separator = attributionDash(text, start, lineEnd);
                if (separator < 0) {
                    int end = QuoteSpans.trimEnd(text, start, lineEnd);
                    if (end > start) {
                        out.add(new Span(open, end, start, end, false, true));
                    }
                    break;
                }
                int end = QuoteSpans.trimEnd(text, start, separator);
                out.add(new Span(open, separator, start, end, false, true));
                // "– said Wilczak. – We will stay.": the same speaker goes on after the attribution's sentence
                int sentenceEnd = QuoteSentences.sentenceEnd(text, separator + 1);
                Matcher next = SEPARATOR.matcher(text).region(Math.min(sentenceEnd + 1, lineEnd), lineEnd);
                if (sentenceEnd >= lineEnd || !next.lookingAt()) {
                    break;
                }
                open = next.start(1);
                start = next.end();
            }
        }
        return out;
    }

    /** The first dash in the paragraph after which a reporting verb comes within four words, or -1. */
    private static int attributionDash(String text, int from, int lineEnd) {
        Matcher s = SEPARATOR.matcher(text).region(from, lineEnd);
        while (s.find()) {
            Matcher w = QuoteSpans.WORD.matcher(text).region(s.end(), lineEnd);
            for (int k = 0; k < CUE_WITHIN && w.find(); k++) {
                String between = text.substring(s.end(), w.start());
                if (between.contains("-") || between.contains("–") || between.contains("—")) {
                    break;
                }
                String word = w.group().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
                if (QuoteWords.CUES.contains(word) && !QuoteWords.PARTICIPLES.contains(word)) {
                    return s.start(1);
                }
            }
        }
        return -1;
    }
}
