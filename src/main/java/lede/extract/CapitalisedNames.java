package lede.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static lede.extract.QuoteWords.*;

/** Names read from runs of capitalised words, for quote finding without CoreNLP's entities (tests, tools). */
final class CapitalisedNames {
    private CapitalisedNames() {
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
