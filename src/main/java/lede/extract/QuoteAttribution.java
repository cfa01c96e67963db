package lede.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import static lede.extract.QuoteSentences.*;
import static lede.extract.QuoteSpans.*;
import static lede.extract.QuoteWords.*;

/** The speaker words and reporting verb next to a quote: "…,” he said", "Zelensky said “…”", "according to". */
final class QuoteAttribution {
    private static final int MAX_SPEAKER_WORDS = 12;

    private QuoteAttribution() {
    }

    /** Speaker words and verb; tight: the verb stands right before the quote or a colon introduces it. */
    /** apposition: the words in commas next to the phrase ("the minister, Dmytro Kuleba,"), else empty at phraseEnd. */
    record Attribution(String phrase, int phraseStart, int phraseEnd, String cue, boolean tight,
                       int appositionStart, int appositionEnd) {
        Attribution(String phrase, int phraseStart, int phraseEnd, String cue) {
            this(phrase, phraseStart, phraseEnd, cue, false, phraseEnd, phraseEnd);
        }

        Attribution tightened(boolean isTight) {
            return new Attribution(phrase, phraseStart, phraseEnd, cue, isTight, appositionStart, appositionEnd);
        }

        Attribution withApposition(int from, int to) {
            return new Attribution(phrase, phraseStart, phraseEnd, cue, tight, from, to);
        }
    }

    static Attribution attribution(String text, Span span) {
        if (span.dash()) {
            // dash dialogue: the attribution follows the closing dash, or the paragraph before ends with a colon
            return span.close() > span.end() ? after(text, span, true) : null;
        }
        char last = lastContentChar(text, span);
        boolean continuesSentence = ",?!—–-…".indexOf(last) >= 0;
        Attribution after = after(text, span, continuesSentence);
        Attribution before = before(text, span);
        if (before != null && before.tight() && (after == null || !continuesSentence)) {
            return before;
        }
        if (after != null && continuesSentence) {
            return after;
        }
        return before != null ? before : after;
    }


    private static char lastContentChar(String text, Span span) {
        int e = span.end();
        while (e > span.start() && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        char c = e > span.start() ? text.charAt(e - 1) : ' ';
        // ‘...,’ punctuation may also stand outside the mark: "…”, he said"
        if (!span.unclosed() && span.close() < text.length()) {
            char outside = text.charAt(span.close());
            if (outside == ',') {
                return ',';
            }
        }
        return c;
    }

    /** "…,” he said", "…,” said the minister", "…,’ the official, Dmytro Zhyvytskyi, said", "…” He said, “…". */
    private static Attribution after(String text, Span span, boolean continuesSentence) {
        if (span.unclosed()) {
            return null;
        }
        int from = span.close();
        int to = sentenceEnd(text, from);
        List<Word> ws = words(text, from, to);
        if (ws.isEmpty()) {
            return null;
        }
        // the tail must start right after the quote (", he said"), not after a new clause
        String gap = text.substring(from, ws.get(0).start()).strip();
        if (span.dash() && gap.equals("-")) {
            gap = "–";
        } else if ((gap.equals("―") || gap.equals("—") || gap.equals("–")) && Character.isUpperCase(ws.get(0).text().charAt(0))) {
            // a byline after a dash: “…” ― Sonya Herridge
            Attribution a = phraseAfter(text, ws, 0, null);
            if (a != null && a.phrase().chars().filter(Character::isWhitespace).count() < 5) {
                return a;
            }
        }
        if (!gap.isEmpty() && !gap.equals(",") && !gap.equals("—") && !gap.equals("–")) {
            return null;
        }
        int limit = Math.min(ws.size(), MAX_SPEAKER_WORDS + 1);
        for (int k = 0; k < limit; k++) {
            Word w = ws.get(k);
            boolean according = w.lower().equals("according") && k + 1 < ws.size() && ws.get(k + 1).lower().equals("to");
            if (!CUES.contains(w.lower()) && !according) {
                continue;
            }
            if (PARTICIPLES.contains(w.lower())) {
                return null;
            }
            if (k == 0 || according) {
                // ", said Anthony Blinken", ", according to the ministry"
                int np = according ? k + 2 : k + 1;
                Attribution a = phraseAfter(text, ws, np, according ? "according to" : w.text());
                if (a == null && !according) {
                    return null;
                }
                if (k > 0 && according) {
                    return null; // words before "according to" belong to another clause
                }
                return a;
            }
            // a sentence that starts after the quote: only "He said," with a short subject
            if (!continuesSentence && k > 3) {
                return null;
            }
            if (PHRASE_STOPS.contains(ws.get(0).lower())) {
                return null; // "… when he said": a new clause
            }
            int last = k - 1;
            while (last > 0 && (PHRASE_STOPS.contains(ws.get(last).lower()) || ws.get(last).lower().endsWith("ly"))) {
                last--; // "she still says", "he later added"
            }
            int ps = ws.get(0).start();
            int pe = ws.get(last).end();
            String phrase = text.substring(ps, pe);
            if (phrase.contains(";") || phrase.contains(":")) {
                return null;
            }
            return new Attribution(phrase, ps, pe, w.text());
        }
        return null;
    }

    private static Attribution phraseAfter(String text, List<Word> ws, int from, String cue) {
        if (from >= ws.size() || PHRASE_STOPS.contains(ws.get(from).lower())) {
            return null;
        }
        int ps = ws.get(from).start();
        int pe = ws.get(from).end();
        for (int k = from + 1; k < ws.size() && k < from + MAX_SPEAKER_WORDS; k++) {
            Word w = ws.get(k);
            String between = text.substring(pe, w.start());
            if (between.contains(",") || between.contains(";") || between.contains("(")) {
                if (between.strip().equals(",")) {
                    // ", said an EU diplomat, Anna Lindqvist": the words up to the next comma or the end
                    int ae = w.end();
                    for (int j = k + 1; j < ws.size() && j < k + 5 && !text.substring(ae, ws.get(j).start()).contains(","); j++) {
                        ae = ws.get(j).end();
                    }
                    return new Attribution(text.substring(ps, pe), ps, pe, cue).withApposition(w.start(), ae);
                }
                break;
            }
            if (PHRASE_STOPS.contains(w.lower()) && !w.lower().equals("of")) {
                break;
            }
            pe = w.end();
        }
        return new Attribution(text.substring(ps, pe), ps, pe, cue);
    }

    /** "Zelensky said “…”", "Dr Martin, of King’s College, wrote: ‘…’", "according to X: “…”". */
    private static Attribution before(String text, Span span) {
        int open = span.open();
        int sentenceStart = sentenceStart(text, open);
        List<Word> ws = words(text, sentenceStart, open);
        if (ws.isEmpty()) {
            return null;
        }
        String tailBeforeMark = text.substring(ws.get(ws.size() - 1).end(), open).strip();
        for (int k = ws.size() - 1; k >= 0 && k >= ws.size() - 9; k--) {
            Word w = ws.get(k);
            boolean according = w.lower().equals("according") && k + 1 < ws.size() && ws.get(k + 1).lower().equals("to");
            if (according) {
                Attribution a = phraseAfter(text, ws, k + 2, "according to");
                return a == null ? null : a.tightened(tailBeforeMark.endsWith(":"));
            }
            if (!CUES.contains(w.lower())) {
                continue;
            }
            int wordsAfterCue = ws.size() - 1 - k;
            boolean adjacent = wordsAfterCue == 0 || (wordsAfterCue == 1 && ws.get(k + 1).lower().equals("that"));
            boolean introduced = tailBeforeMark.endsWith(":") || tailBeforeMark.endsWith(",");
            if (!adjacent && !introduced) {
                return null;
            }
            Attribution a = k == 0 ? phraseAfter(text, ws, 1, w.text()) // "Said Ellis: “…”"
                    : phraseBefore(text, ws, k, sentenceStart, w.text());
            return a == null ? null : a.tightened(adjacent || tailBeforeMark.endsWith(":"));
        }
        return null;
    }

    /** The speaker words before the verb: back to a clause boundary, across an apposition in commas. */
    private static Attribution phraseBefore(String text, List<Word> ws, int cueIndex, int sentenceStart, String cue) {
        if (cueIndex == 0) {
            return null;
        }
        int k = cueIndex - 1;
        // "X has said", "X had told": the auxiliary is not part of the speaker
        while (k > 0 && AUXILIARIES.contains(ws.get(k).lower()) && !text.substring(ws.get(k).end(), ws.get(k + 1).start()).contains(",")) {
            k--;
        }
        int verbAt = k + 1;
        // "Dr Martin, of King’s College, wrote": skip the apposition back to the name
        String gap = text.substring(ws.get(k).end(), ws.get(verbAt).start());
        int pe = ws.get(k).end();
        int appositionStart = pe;
        int appositionEnd = pe;
        if (gap.contains(",")) {
            int j = k;
            while (j > 0 && !text.substring(ws.get(j - 1).end(), ws.get(j).start()).contains(",")) {
                j--;
            }
            if (j > 0 && verbAt - j <= 8) {
                appositionStart = ws.get(j).start();
                appositionEnd = pe;
                k = j - 1;
                pe = ws.get(k).end();
            }
        }
        int ps = ws.get(k).start();
        int taken = 1;
        // words between the subject and the verb ("told AFP", "swore last week") are not part of it
        for (int j = k - 1; j >= 0 && taken < MAX_SPEAKER_WORDS; j--) {
            Word w = ws.get(j);
            String between = text.substring(w.end(), ps);
            if (between.contains(",") || between.contains(";") || between.contains(":") || between.contains("(")
                    || between.contains("—") || between.contains("–")) {
                break;
            }
            if (PHRASE_STOPS.contains(w.lower()) || CUES.contains(w.lower())) {
                break;
            }
            ps = w.start();
            taken++;
        }
        return new Attribution(text.substring(ps, pe), ps, pe, cue).withApposition(appositionStart, appositionEnd);
    }

    /**
     * A quote standing as its own sentence after a sentence that reports speech: "The general staff said on
     * Friday … ‘Thanks to …’" or "Dr Martin … wrote:" in the paragraph before.
     */
    static Attribution previousSentenceSpeaker(String text, Span span) {
        int end = sentenceStart(text, span.open());
        if (end <= 0) {
            return null;
        }
        int start = sentenceStart(text, Math.max(0, end - 1));
        List<Word> ws = words(text, start, end);
        for (int k = 1; k < ws.size() && k < 10; k++) {
            if (CUES.contains(ws.get(k).lower()) && !PARTICIPLES.contains(ws.get(k).lower())) {
                return phraseBefore(text, ws, k, start, ws.get(k).text());
            }
        }
        return null;
    }

    /** The quote opens a sentence or a clause ("…, but “…”"), rather than quoting words inside one. */
    static boolean startsClause(String text, Span span) {
        List<Word> ws = words(text, sentenceStart(text, span.open()), span.open());
        if (ws.isEmpty()) {
            return true;
        }
        String last = ws.get(ws.size() - 1).lower();
        String tail = text.substring(ws.get(ws.size() - 1).end(), span.open()).strip();
        return tail.endsWith(",") || tail.endsWith(":") || last.equals("but") || last.equals("and")
                || CUES.contains(last);
    }


    /**
     * The speaker of words quoted inside the reporter's own sentence: the subject of a reporting verb earlier in
     * the sentence ("Biden said on Friday that an invasion would be “horrific”", "Serov described the meeting as
     * “…”"), else "according to X", else the tail after the quote (", he said").
     */
    static Attribution sentenceAttribution(String text, Span span) {
        int sentenceStart = sentenceStart(text, span.open());
        List<Word> ws = words(text, sentenceStart, span.open());
        for (int k = 0; k < ws.size(); k++) {
            String w = ws.get(k).lower();
            if (w.equals("according") && k + 1 < ws.size() && ws.get(k + 1).lower().equals("to")) {
                return phraseAfter(text, ws, k + 2, "according to");
            }
            if ((CUES.contains(w) || PARTIAL_CUES.contains(w)) && !PARTICIPLES.contains(w) && k > 0) {
                return phraseBefore(text, ws, k, sentenceStart, ws.get(k).text());
            }
        }
        Attribution after = after(text, span, true);
        return after;
    }
}
