package lede.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static lede.extract.QuoteWords.*;

/** Where the quotes of a text are: its quote marks paired into spans, across paragraphs. */
final class QuoteSpans {
    /** A word: letters, then letters, marks, full stops, apostrophes and hyphens. */
    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}.'’-]*");

    /** open/close: offsets of the marks (close = end when unclosed); start/end: the content; dash: dialogue. */
    record Span(int open, int close, int start, int end, boolean unclosed, boolean dash) {
        Span(int open, int close, int start, int end, boolean unclosed) {
            this(open, close, start, end, unclosed, false);
        }
    }

    private QuoteSpans() {
    }


    static boolean isOpenDouble(String text, int i) {
        char c = text.charAt(i);
        if (c == '“') {
            return true;
        }
        return c == '"' && (i == 0 || openingContext(text.charAt(i - 1)) || gluedToSentence(text, i))
                && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    }

    /** A mark glued to the end of the previous sentence by a missing space: {@code Member State."He was}. */
    static boolean gluedToSentence(String text, int i) {
        return i >= 2 && ".!?".indexOf(text.charAt(i - 1)) >= 0 && Character.isLetter(text.charAt(i - 2))
                && i + 1 < text.length() && Character.isUpperCase(text.charAt(i + 1));
    }

    static boolean isOpenSingle(String text, int i) {
        char c = text.charAt(i);
        if (c == '\'') {
            // a straight single quote opens only before a letter, after a space or a bracket ('90s, 'n' do not)
            return (i == 0 || openingContext(text.charAt(i - 1))) && i + 1 < text.length()
                    && Character.isLetter(text.charAt(i + 1)) && !ELISIONS.matcher(text).region(i, text.length()).lookingAt();
        }
        return c == '‘' && (i == 0 || openingContext(text.charAt(i - 1)))
                && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    }

    /** Apostrophes that open a word rather than a quote. */
    private static final Pattern ELISIONS = Pattern.compile("'(?:em|n'?|tis|twas|cause|til)\\b", Pattern.CASE_INSENSITIVE);

    static boolean openingContext(char before) {
        return Character.isWhitespace(before) || "([{—–-/:".indexOf(before) >= 0;
    }

    static boolean isCloseSingle(String text, int i, int contentStart) {
        char mark = text.charAt(contentStart - 1) == '\'' ? '\'' : '’';
        if (text.charAt(i) != mark) {
            return false;
        }
        char before = i > 0 ? text.charAt(i - 1) : ' ';
        char after = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
        if (Character.isLetterOrDigit(after)) {
            return false; // wasn’t, Ukraine’s
        }
        if (".,!?;:…—–-)]".indexOf(before) >= 0) {
            return true;
        }
        if (Character.isWhitespace(before)) {
            return false;
        }
        // "soldiers’ helmets": a plural possessive inside a longer quote is not its end
        if ((before == 's' || before == 'S') && after == ' ' && i + 2 < text.length()
                && Character.isLowerCase(text.charAt(i + 2)) && countWords(text.substring(contentStart, i)) > 3) {
            String next = nextWord(text, i + 1).toLowerCase(Locale.ROOT);
            return PRONOUNS.contains(next) || CUES.contains(next) || PHRASE_STOPS.contains(next)
                    || next.equals("the") || next.equals("a");
        }
        return true;
    }

    static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00a0]*\\n|\\n[ \\t\\u00a0]+");

    /** Quote spans in text order. */
    static List<Span> spans(String text) {
        List<Span> out = new ArrayList<>();
        Map<Integer, Integer> breaks = new HashMap<>(); // paragraph break start -> end
        Matcher m = PARAGRAPH_BREAK.matcher(text);
        while (m.find()) {
            breaks.put(m.start(), m.end());
        }
        int i = 0;
        int n = text.length();
        int breakIndex = 0;
        while (i < n) {
            boolean dbl = isOpenDouble(text, i);
            boolean sgl = !dbl && isOpenSingle(text, i);
            if (!dbl && !sgl) {
                i++;
                continue;
            }
            int open = i;
            int j = i + 1;
            int closeAt = -1;
            int end = -1;
            boolean unclosed = false;
            while (j < n) {
                char c = text.charAt(j);
                if (c == '\n') {
                    Integer b = breaks.get(j);
                    if (b != null) {
                        // does the next paragraph repeat the opening mark?
                        int k = b;
                        while (k < n && Character.isWhitespace(text.charAt(k))) {
                            k++;
                        }
                        if (k < n && (dbl ? isOpenDouble(text, k) : isOpenSingle(text, k))) {
                            j = k + 1; // the quote goes on in the next paragraph
                            continue;
                        }
                        end = trimEnd(text, i + 1, j);
                        closeAt = end;
                        unclosed = true;
                        break;
                    }
                }
                if (dbl ? (c == '”' || c == '"') : isCloseSingle(text, j, i + 1)) {
                    closeAt = j;
                    end = j;
                    break;
                }
                if (dbl && c == '“' && j > i + 1) {
                    // a new opening mark before any close: the earlier quote never closed
                    end = trimEnd(text, i + 1, j);
                    closeAt = end;
                    unclosed = true;
                    break;
                }
                j++;
            }
            if (end < 0) {
                end = trimEnd(text, i + 1, n);
                closeAt = end;
                unclosed = true;
            }
            int start = open + 1;
            if (unclosed && text.charAt(open) == '\'') {
                i = open + 1; // an apostrophe ('Tis, rock 'n' roll) rather than a quote
                continue;
            }
            if (end > start) {
                out.add(new Span(open, unclosed ? end : closeAt + 1, start, end, unclosed));
            }
            i = unclosed ? Math.max(end, open + 1) : closeAt + 1;
        }
        return out;
    }

    static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    static int countWords(String s) {
        int n = 0;
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }

    static String nextWord(String text, int from) {
        Matcher m = WORD.matcher(text);
        return m.find(from) ? m.group() : "";
    }

    static boolean looksLikeTitle(String content) {
        Matcher m = WORD.matcher(content);
        int words = 0;
        while (m.find()) {
            words++;
            String w = m.group();
            if (!Character.isUpperCase(w.charAt(0)) && !Set.of("of", "the", "and", "a", "in", "on", "for").contains(w)) {
                return false;
            }
        }
        return words > 0 && !content.matches("(?s).*[.!?,]\\s*$");
    }
}
