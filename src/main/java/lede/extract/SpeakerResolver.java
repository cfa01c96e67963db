package lede.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lede.extract.QuoteFinder.Attribution;
import lede.extract.QuoteFinder.Quote;

import static lede.extract.QuoteWords.*;

/** Who the speaker words of a quote name: an entity's canonical name, the previous person, or the words. */
final class SpeakerResolver {
    private SpeakerResolver() {
    }


    static final class Resolved {
        String speaker;
        String mention;
        int start = -1;
        int end = -1;
    }

    static Resolved resolve(String text, Attribution a, List<Entity> entities, Quote previous) {
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
    static Entity namedIn(List<Entity> entities, int from, int to) {
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

    static String previousPerson(String text, List<Entity> entities, Quote previous, int before) {
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

    static final Pattern CAPITALISED_RUN = Pattern.compile("\\p{Lu}[\\p{L}’'-]+(?: +\\p{Lu}[\\p{L}’'-]+)*");

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

    static String stripTitles(String run) {
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
    static String longestForm(String text, String name) {
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
