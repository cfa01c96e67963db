package lede.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds direct quotations in news text and who said them, with rules written for news: a reporting verb
 * next to the quote ("…,” he said", "Zelensky said “…”", "…,’ the official, Dmytro Zhyvytskyi, said"),
 * "according to", a colon after a speaker and verb, and quotes that continue the previous speaker's.
 *
 * <p>Quote marks: “…” and straight "…", British ‘…’ (an apostrophe inside a word does not close it). A quote
 * running over several paragraphs repeats its opening mark at each paragraph and closes only at the end; a
 * quote still open at a paragraph end that does not go on is reported with {@code unclosed = true}. One or
 * two quoted words without a reporting verb are scare quotes and are not reported.
 *
 * <p>The speaker is the canonical name of an entity when the speaker words name one (or are "he"/"she" after
 * a named person), else the speaker words themselves ("the official"), else null.
 */
public final class QuoteFinder {
    /** A quotation with char offsets of its content (without the marks). Mention fields null when unknown. */
    public record Quote(String text, String speaker, String mentionText, int mentionStart, int mentionEnd,
                        String cue, int start, int end, boolean unclosed) {
    }

    static final Set<String> CUES = Set.copyOf(List.of("said", "says", "say", "saying", "told", "tells", "tell", "added",
            "adds", "adding", "claimed", "claims", "claiming", "stated", "states", "noted", "notes", "wrote",
            "writes", "explained", "explains", "warned", "warns", "insisted", "insists", "argued", "argues",
            "declared", "declares", "announced", "asked", "asks", "replied", "replies", "answered", "answers",
            "continued", "continues", "stressed", "stresses", "acknowledged", "admitted", "admits", "recalled",
            "suggested", "tweeted", "posted", "swore", "vowed", "promised", "urged", "reported", "reports",
            "read", "reads", "quipped", "remarked", "observed", "conceded", "concluded", "cautioned",
            "predicted", "boasted", "complained", "countered", "responded", "testified", "shouted", "yelled",
            "joked", "mused", "thundered", "fumed", "pleaded", "demanded", "exclaimed", "emphasized",
            "emphasised", "lamented", "confirmed", "denied", "charged", "retorted", "opined",
            "wondered", "agreed", "began", "quoted", "put", "explaining", "stressing", "noting", "warning",
            "insisting", "arguing", "telling", "commented", "comments", "commenting", "asking", "chanted",
            "chanting", "sang", "sings", "singing", "tweeting", "writing", "recalls", "recalling", "explain",
            "shouting", "screamed", "sighed", "laughed", "interjected", "replying", "responding", "adds"));

    /** Participles that continue an earlier clause: "…”, adding that …" names no new speaker. */
    private static final Set<String> PARTICIPLES = Set.of("saying", "adding", "claiming", "explaining",
            "stressing", "noting", "warning", "insisting", "arguing", "telling");

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");

    /** Words that end a speaker phrase when reading back from the verb. */
    private static final Set<String> PHRASE_STOPS = Set.of("and", "but", "or", "as", "after", "before", "while",
            "when", "because", "since", "though", "although", "if", "that", "which", "who", "where", "so",
            "then", "also", "later", "yet", "in", "on", "at", "with", "to", "for", "from", "by", "into", "over",
            "meanwhile", "however", "still", "now");

    private static final Set<String> MONTHS_AND_DAYS = Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "a", "an", "this", "last", "on");

    /** Last words of organisation names whose first word looks like a title ("Defense Ministry"). */
    private static final Set<String> ORGANISATION_WORDS = Set.of("ministry", "office", "department", "committee",
            "council", "agency", "service", "staff", "army", "command", "court", "commission", "bank", "union",
            "party", "institute", "university", "post", "times", "news", "house", "government", "administration");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}.'’-]*");
    private static final int MAX_SPEAKER_WORDS = 12;
    /** How far the rules look for the end or start of a sentence (long texts without full stops stay linear). */
    private static final int MAX_SENTENCE = 2000;

    private record Span(int open, int close, int start, int end, boolean unclosed) {
        // open/close: offsets of the marks (close = end when unclosed); start/end: the content
    }

    /** Speaker words and verb; tight: the verb stands right before the quote or a colon introduces it. */
    private record Attribution(String phrase, int phraseStart, int phraseEnd, String cue, boolean tight) {
        Attribution(String phrase, int phraseStart, int phraseEnd, String cue) {
            this(phrase, phraseStart, phraseEnd, cue, false);
        }

        Attribution tightened(boolean isTight) {
            return new Attribution(phrase, phraseStart, phraseEnd, cue, isTight);
        }
    }

    /** Quotes in text order, without an entity stage: names are read from runs of capitalised words. */
    public List<Quote> findWithoutEntities(String text) {
        return find(text, capitalisedNames(text));
    }

    /** Quotes in text order, given the document's entities (UTF-16 offsets). */
    public List<Quote> find(String text, List<Entity> entities) {
        entities = entities.stream().sorted(java.util.Comparator.comparingInt(Entity::begin)).toList();
        List<Quote> quotes = new ArrayList<>();
        Quote previous = null;
        for (Span span : spans(text)) {
            String content = text.substring(span.start(), span.end());
            int words = countWords(content);
            Attribution a = attribution(text, span);
            if (words <= 2 && a == null) {
                continue; // scare quotes: ‘fist’, “republic”
            }
            if (words <= 5 && looksLikeTitle(content) && (a == null || !a.tight())) {
                continue; // “Saturday Night Live”, “Fox News Sunday,”
            }
            if (!startsClause(text, span)) {
                continue; // partial quotes: The country “has made dramatic changes,” he said
            }
            boolean continuation = a == null && previous != null && continues(text, previous, span);
            if (a == null && !continuation && words(text, sentenceStart(text, span.open()), span.open()).isEmpty()) {
                a = previousSentenceSpeaker(text, span);
            }
            String speaker = null;
            String mention = null;
            int ms = -1;
            int me = -1;
            String cue = null;
            if (a != null) {
                cue = a.cue();
                Resolved r = resolve(text, a, entities, previous);
                speaker = r.speaker;
                mention = r.mention;
                ms = r.start;
                me = r.end;
            } else if (continuation) {
                speaker = previous.speaker();
            }
            Quote q = new Quote(content, speaker, mention, ms, me, cue, span.start(), span.end(), span.unclosed());
            quotes.add(q);
            previous = q;
        }
        return quotes;
    }

    // ---- quote spans -------------------------------------------------------------------------------

    private static boolean isOpenDouble(String text, int i) {
        char c = text.charAt(i);
        if (c == '“') {
            return true;
        }
        return c == '"' && (i == 0 || openingContext(text.charAt(i - 1)))
                && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    }

    private static boolean isOpenSingle(String text, int i) {
        return text.charAt(i) == '‘' && (i == 0 || openingContext(text.charAt(i - 1)))
                && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    }

    private static boolean openingContext(char before) {
        return Character.isWhitespace(before) || "([{—–-/:".indexOf(before) >= 0;
    }

    private static boolean isCloseSingle(String text, int i, int contentStart) {
        if (text.charAt(i) != '’') {
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

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t\\u00a0]*\\n|\\n[ \\t\\u00a0]+");

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
            if (end > start) {
                out.add(new Span(open, unclosed ? end : closeAt + 1, start, end, unclosed));
            }
            i = unclosed ? Math.max(end, open + 1) : closeAt + 1;
        }
        return out;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    private static int countWords(String s) {
        int n = 0;
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String nextWord(String text, int from) {
        Matcher m = WORD.matcher(text);
        return m.find(from) ? m.group() : "";
    }

    private static boolean looksLikeTitle(String content) {
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

    // ---- attribution -------------------------------------------------------------------------------

    private record Word(String text, String lower, int start, int end) {
    }

    private static List<Word> words(String text, int from, int to) {
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

    private Attribution attribution(String text, Span span) {
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

    /** The end of the sentence that goes on after offset from: next . ! ? outside words, an opening mark, or a paragraph break. */
    private static int sentenceEnd(String text, int from) {
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

    /** "…,” he said", "…,” said the minister", "…,’ the official, Dmytro Zhyvytskyi, said", "…” He said, “…". */
    private Attribution after(String text, Span span, boolean continuesSentence) {
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
        if ((gap.equals("―") || gap.equals("—") || gap.equals("–")) && Character.isUpperCase(ws.get(0).text().charAt(0))) {
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
    private Attribution before(String text, Span span) {
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

    private static int sentenceStart(String text, int before) {
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

    /** The speaker words before the verb: back to a clause boundary, across an apposition in commas. */
    private static Attribution phraseBefore(String text, List<Word> ws, int cueIndex, int sentenceStart, String cue) {
        if (cueIndex == 0) {
            return null;
        }
        int k = cueIndex - 1;
        // "Dr Martin, of King’s College, wrote": skip the apposition back to the name
        String gap = text.substring(ws.get(k).end(), ws.get(cueIndex).start());
        int pe = ws.get(k).end();
        if (gap.contains(",")) {
            int j = k;
            while (j > 0 && !text.substring(ws.get(j - 1).end(), ws.get(j).start()).contains(",")) {
                j--;
            }
            if (j > 0 && cueIndex - j <= 8) {
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
        return new Attribution(text.substring(ps, pe), ps, pe, cue);
    }

    /**
     * A quote standing as its own sentence after a sentence that reports speech: "The general staff said on
     * Friday … ‘Thanks to …’" or "Dr Martin … wrote:" in the paragraph before.
     */
    private Attribution previousSentenceSpeaker(String text, Span span) {
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
    private static boolean startsClause(String text, Span span) {
        List<Word> ws = words(text, sentenceStart(text, span.open()), span.open());
        if (ws.isEmpty()) {
            return true;
        }
        String last = ws.get(ws.size() - 1).lower();
        String tail = text.substring(ws.get(ws.size() - 1).end(), span.open()).strip();
        return tail.endsWith(",") || tail.endsWith(":") || last.equals("but") || last.equals("and")
                || CUES.contains(last);
    }

    /** A quote with no verb of its own that follows straight on from the previous speaker's quote. */
    private static boolean continues(String text, Quote previous, Span span) {
        int gapStart = previous.end();
        if (span.open() < gapStart) {
            return false;
        }
        String gap = text.substring(gapStart, span.open());
        // the previous quote's attribution between, in the same sentence or a short one: "…,” he said. “…"
        if (previous.speaker() == null) {
            return false;
        }
        String[] paragraphs = PARAGRAPH_BREAK.split(gap, -1);
        if (paragraphs.length == 1) {
            return countWords(gap) <= 60; // same paragraph
        }
        // the next paragraph opens with the quote, after nothing but the previous one's attribution
        return paragraphs.length == 2 && countWords(paragraphs[0]) <= 10 && paragraphs[1].isBlank();
    }

    // ---- speaker resolution ------------------------------------------------------------------------

    private static final class Resolved {
        String speaker;
        String mention;
        int start = -1;
        int end = -1;
    }

    private Resolved resolve(String text, Attribution a, List<Entity> entities, Quote previous) {
        Resolved r = new Resolved();
        String phrase = a.phrase().strip();
        String lower = phrase.toLowerCase(Locale.ROOT);
        r.mention = a.phrase();
        r.start = a.phraseStart();
        r.end = a.phraseEnd();
        if (PRONOUNS.contains(lower)) {
            if (PERSON_PRONOUNS.contains(lower)) {
                r.speaker = previousPerson(text, entities, previous, a.phraseStart());
            }
            return r;
        }
        Entity named = namedIn(entities, a.phraseStart(), a.phraseEnd());
        if (named != null) {
            r.speaker = named.canonical();
            r.mention = text.substring(named.begin(), named.end());
            r.start = named.begin();
            r.end = named.end();
            return r;
        }
        r.speaker = phrase.replaceAll("^[,\\s]+|[,\\s]+$", "");
        return r;
    }

    /** A PERSON inside the phrase, else an entity the phrase ends with ("the Defense Ministry"). */
    private static Entity namedIn(List<Entity> entities, int from, int to) {
        Entity person = null;
        Entity head = null;
        for (int i = firstAtOrAfter(entities, from); i < entities.size() && entities.get(i).begin() < to; i++) {
            Entity e = entities.get(i);
            if (e.end() <= to) {
                if ("PERSON".equals(e.type())) {
                    person = e;
                } else if (e.end() == to || to - e.end() <= 1) {
                    head = e;
                }
            }
        }
        return person != null ? person : head;
    }

    /** The index of the first entity that begins at or after the offset (entities are in text order). */
    private static int firstAtOrAfter(List<Entity> entities, int offset) {
        int low = 0;
        int high = entities.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (entities.get(mid).begin() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static String previousPerson(String text, List<Entity> entities, Quote previous, int before) {
        Entity last = null;
        for (int i = firstAtOrAfter(entities, before) - 1; i >= 0 && before - entities.get(i).end() < 3000; i--) {
            Entity e = entities.get(i);
            if ("PERSON".equals(e.type()) && e.end() <= before) {
                last = e;
                break;
            }
        }
        if (previous != null && previous.speaker() != null && previous.mentionStart() >= 0
                && (last == null || previous.mentionStart() >= last.begin())) {
            return previous.speaker();
        }
        return last == null ? null : last.canonical();
    }

    private static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}[\\p{L}’'-]+(?: +\\p{Lu}[\\p{L}’'-]+)*");

    /**
     * Without entities from the pipeline: runs of capitalised words, titles and leading function words
     * dropped, as PERSON when they have two words or more in their longest form in the text.
     */
    static List<Entity> capitalisedNames(String text) {
        List<Entity> out = new ArrayList<>();
        Map<String, String> longest = new HashMap<>();
        Matcher m = CAPITALISED_RUN.matcher(text);
        while (m.find()) {
            String run = m.group();
            String stripped = stripTitles(run);
            if (stripped.isEmpty()) {
                continue;
            }
            int s = m.start() + run.lastIndexOf(stripped);
            String full = longest.computeIfAbsent(stripped, name -> longestForm(text, name));
            String type = full.contains(" ") && !full.matches(".*(?:ian|ese|ish)\\b.*") ? "PERSON" : "MISC";
            out.add(new Entity(stripped, type, full, s, s + stripped.length(), -1));
        }
        return out;
    }

    private static String stripTitles(String run) {
        String[] parts = run.split("\\s+");
        if (ORGANISATION_WORDS.contains(parts[parts.length - 1].toLowerCase(Locale.ROOT))) {
            return parts.length > 1 && parts[0].equalsIgnoreCase("the") ? run.substring(4) : run;
        }
        int k = 0;
        while (k < parts.length && (TitleWords.SPEAKER_TITLES.contains(parts[k].toLowerCase(Locale.ROOT).replace(".", ""))
                || PHRASE_STOPS.contains(parts[k].toLowerCase(Locale.ROOT)) || PRONOUNS.contains(parts[k].toLowerCase(Locale.ROOT))
                || MONTHS_AND_DAYS.contains(parts[k].toLowerCase(Locale.ROOT)))) {
            k++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(parts, k, parts.length));
    }

    /** The longest capitalised name in the text that ends with this one ("Zelensky" → "Volodymyr Zelensky"). */
    private static String longestForm(String text, String name) {
        String longest = name;
        Matcher m = Pattern.compile("(?:\\p{Lu}[\\p{L}’'-]+ +)+" + Pattern.quote(name) + "\\b").matcher(text);
        while (m.find()) {
            String candidate = stripTitles(m.group());
            if (candidate.length() > longest.length() && candidate.endsWith(name)) {
                longest = candidate;
            }
        }
        return longest;
    }
}
