package lede.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import lede.extract.QuoteAttribution.Attribution;
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
}
