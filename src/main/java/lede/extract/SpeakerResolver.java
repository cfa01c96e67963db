package lede.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lede.extract.QuoteAttribution.Attribution;
import lede.extract.QuoteFinder.Quote;
import lede.extract.QuoteSpans.Span;

import static lede.extract.QuoteWords.*;

/**
 * Who the speaker words of a quote name, in one document: an entity's canonical name; for "he"/"she" the most
 * recent person in a subject position before it (never one inside a quote, a photo caption, a possessive or
 * after a preposition); for a description ("the minister", "the head of state") the last person the article
 * gave that title; else the words themselves as a nominal source ("a soldier"), or nothing for junk ("but").
 */
final class SpeakerResolver {
    /** How far back a pronoun or a description looks for its person. */
    private static final int LOOK_BACK = 5000;

    /** The speaker: name (null when unknown), its kind, and the words in the text that name it. */
    record Resolved(String speaker, String kind, String mention, int start, int end) {
        static final Resolved UNKNOWN = new Resolved(null, "unknown", null, -1, -1);
    }

    private final String text;
    private final List<Entity> entities;
    private final List<Span> quotes;
    private final List<int[]> captions;

    /** entities in text order; quotes: every quote span of the text, whose names are never a later speaker. */
    SpeakerResolver(String text, List<Entity> entities, List<Span> quotes) {
        this.text = text;
        this.entities = entities;
        this.quotes = quotes;
        this.captions = Captions.ranges(text);
    }

    Resolved resolve(Attribution a, Quote previous) {
        String phrase = a.phrase().strip();
        String lower = phrase.toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(lower)) {
            if (!PERSON_PRONOUNS.contains(lower)) {
                return new Resolved(null, "unknown", a.phrase(), a.phraseStart(), a.phraseEnd());
            }
            String person = previousPerson(previous, a.phraseStart());
            return new Resolved(person, person == null ? "unknown" : "person", a.phrase(), a.phraseStart(), a.phraseEnd());
        }
        Entity named = namedIn(a.phraseStart(), a.phraseEnd());
        Entity apposed = namedIn(a.appositionStart(), a.appositionEnd());
        if ((named == null || !"PERSON".equals(named.type())) && apposed != null && "PERSON".equals(apposed.type())) {
            named = apposed; // "Canada's foreign minister, Melanie Joly, said"
        }
        if (named != null) {
            return new Resolved(named.canonical(), kindOf(named), text.substring(named.begin(), named.end()),
                    named.begin(), named.end());
        }
        String words = phrase.replaceAll("^[,\\s]+|[,\\s]+$", "");
        if (isJunk(words)) {
            return Resolved.UNKNOWN;
        }
        Entity described = describedPerson(words, a.phraseStart());
        if (described != null) {
            return new Resolved(described.canonical(), "person", a.phrase(), a.phraseStart(), a.phraseEnd());
        }
        String last = lastWord(words);
        String kind = ORGANISATION_WORDS.contains(last) ? "organization" : "nominal";
        return new Resolved(words, kind, a.phrase(), a.phraseStart(), a.phraseEnd());
    }

    /** Speaker words that cannot name anyone: "but", "one", a clause ('Friday there were'). */
    static boolean isJunk(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || NOT_SPEAKERS.contains(lower)) {
            return true;
        }
        String[] ws = lower.split("[\\s,]+");
        if (PHRASE_STOPS.contains(ws[0])) {
            return true;
        }
        for (String w : ws) {
            if (AUXILIARIES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String lastWord(String words) {
        String[] ws = words.toLowerCase(Locale.ROOT).split("[\\s,]+");
        return ws[ws.length - 1];
    }

    static String kindOf(Entity e) {
        return "PERSON".equals(e.type()) ? "person" : "MISC".equals(e.type()) ? "nominal" : "organization";
    }

    /** A PERSON inside the phrase that is not a possessive ("Putin's spokesman"), else an entity the phrase ends with. */
    Entity namedIn(int from, int to) {
        Entity person = null;
        Entity head = null;
        for (int i = firstAtOrAfter(entities, from); i < entities.size() && entities.get(i).begin() < to; i++) {
            Entity e = entities.get(i);
            if (e.end() <= to) {
                if ("PERSON".equals(e.type())) {
                    if (!possessive(e) && !afterPreposition(e, from)) {
                        person = e;
                    }
                } else if (e.end() == to || to - e.end() <= 1) {
                    head = e;
                }
            }
        }
        return person != null ? person : head;
    }

    /**
     * The person a description refers to: "the minister", "the head of state", "the Ukrainian president" → the
     * most recent person before it that the article gave that title ("Foreign Minister X", "X, the minister").
     */
    Entity describedPerson(String words, int before) {
        String lower = words.toLowerCase(Locale.ROOT);
        String noun = lower.replaceFirst("^(?:the|this|that)\\s+", "");
        if (noun.equals(lower) && !lower.matches("\\S+['’]s\\s.*")) {
            return null; // "a soldier", "officials": nominal sources stay nominal
        }
        Set<String> titles = DESCRIPTION_TITLES.get(noun);
        if (titles == null) {
            String head = lastWord(noun);
            titles = DESCRIPTION_TITLES.getOrDefault(head, TitleWords.SPEAKER_TITLES.contains(head) ? Set.of(head) : Set.of());
        }
        if (titles.isEmpty()) {
            return null;
        }
        for (int i = firstAtOrAfter(entities, before) - 1; i >= 0 && before - entities.get(i).end() < LOOK_BACK; i--) {
            Entity e = entities.get(i);
            if ("PERSON".equals(e.type()) && e.end() <= before && !quoted(e) && !captioned(e) && titled(e, titles)) {
                return e;
            }
        }
        return null;
    }

    /** The words just before the name (same sentence) or its apposition after ("X, the minister,") hold a title. */
    private boolean titled(Entity e, Set<String> titles) {
        int from = Math.max(0, e.begin() - 45);
        String beforeName = text.substring(from, e.begin());
        int stop = Math.max(beforeName.lastIndexOf(". "), beforeName.lastIndexOf('\n'));
        beforeName = beforeName.substring(stop + 1);
        int to = Math.min(text.length(), e.end() + 60);
        String afterName = text.substring(e.end(), to);
        int cut = afterName.indexOf('.');
        afterName = cut < 0 ? afterName : afterName.substring(0, cut);
        afterName = afterName.startsWith(",") ? afterName : "";
        String window = (beforeName + " " + afterName).toLowerCase(Locale.ROOT);
        for (String title : titles) {
            if (Pattern.compile("\\b" + Pattern.quote(title) + "\\b").matcher(window).find()) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first entity that begins at or after the offset (entities are in text order). */
    static int firstAtOrAfter(List<Entity> entities, int offset) {
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

    /** "he"/"she": the most recent person in a subject position, or the previous quote's speaker named after it. */
    String previousPerson(Quote previous, int before) {
        Entity last = null;
        for (int i = firstAtOrAfter(entities, before) - 1; i >= 0 && before - entities.get(i).end() < LOOK_BACK; i--) {
            Entity e = entities.get(i);
            if ("PERSON".equals(e.type()) && e.end() <= before && subject(e)) {
                last = e;
                break;
            }
        }
        if (previous != null && previous.speaker() != null && "person".equals(previous.speakerKind())
                && previous.mentionStart() >= 0 && (last == null || previous.mentionStart() >= last.begin())) {
            return previous.speaker();
        }
        return last == null ? null : last.canonical();
    }

    /** Could be the person a later "he" means: outside quotes and captions, no possessive, not after "of"/"that". */
    private boolean subject(Entity e) {
        if (quoted(e) || captioned(e) || possessive(e)) {
            return false;
        }
        // read back over titles and capitalised words: "daughters of Russian President X"
        Matcher m = QuoteSpans.WORD.matcher(text);
        int from = Math.max(0, e.begin() - 80);
        m.region(from, e.begin());
        List<String> ws = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        while (m.find()) {
            ws.add(m.group());
            ends.add(m.end());
        }
        int gapEnd = e.begin();
        for (int k = ws.size() - 1; k >= 0; k--) {
            String between = text.substring(ends.get(k), gapEnd);
            if (between.contains(",") || between.contains(".") || between.contains("\n") || between.contains(";")) {
                return true; // an apposition or a new sentence starts the name's phrase
            }
            String w = ws.get(k);
            String lower = w.toLowerCase(Locale.ROOT);
            if (NOT_SUBJECT_BEFORE.contains(lower)) {
                return false;
            }
            if (Character.isUpperCase(w.charAt(0)) || TitleWords.SPEAKER_TITLES.contains(lower.replace(".", ""))) {
                gapEnd = ends.get(k) - w.length();
                continue;
            }
            break;
        }
        return true;
    }

    /** "A close ally of President X": X is not the phrase's head. */
    private boolean afterPreposition(Entity e, int phraseStart) {
        Matcher m = QuoteSpans.WORD.matcher(text).region(phraseStart, e.begin());
        String last = null;
        while (m.find()) {
            String w = m.group();
            String lower = w.toLowerCase(Locale.ROOT);
            if (NOT_SUBJECT_BEFORE.contains(lower)) {
                last = lower;
            } else if (!Character.isUpperCase(w.charAt(0)) && !TitleWords.SPEAKER_TITLES.contains(lower)) {
                last = null;
            }
        }
        return last != null;
    }

    private boolean possessive(Entity e) {
        int end = e.end();
        return end + 1 < text.length() && (text.charAt(end) == '\'' || text.charAt(end) == '’')
                && (text.charAt(end + 1) == 's' || Character.isWhitespace(text.charAt(end + 1)));
    }

    /** Inside a quote: the last span starting at or before the entity holds it (spans are in text order). */
    private boolean quoted(Entity e) {
        int low = 0;
        int high = quotes.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (quotes.get(mid).start() <= e.begin()) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        for (int i = low - 1; i >= 0 && i >= low - 3; i--) {
            Span s = quotes.get(i);
            if (e.begin() >= s.start() && e.end() <= s.end()) {
                return true;
            }
        }
        return false;
    }

    private boolean captioned(Entity e) {
        for (int[] c : captions) {
            if (e.begin() >= c[0] && e.end() <= c[1]) {
                return true;
            }
        }
        return false;
    }
}
