package lede.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The word lists quote finding reads speakers with, from the shipped quote-words.txt (titles are in {@link TitleWords}). */
final class QuoteWords {
    private static final WordLists LISTS = WordLists.load("/lede/extract/quote-words.txt");

    private QuoteWords() {
    }

    /** Reporting verbs. */
    static final Set<String> CUES = LISTS.words("cues");
    /** Participles that continue an earlier clause: "…”, adding that …" names no new speaker. */
    static final Set<String> PARTICIPLES = LISTS.words("participles");
    /** Verbs whose object may be a few of the speaker's own words: described the talks as “balanced”. */
    static final Set<String> PARTIAL_CUES = LISTS.words("partial-cues");
    static final Set<String> PRONOUNS = LISTS.words("pronouns");
    static final Set<String> PERSON_PRONOUNS = LISTS.words("person-pronouns");
    /** Words that end a speaker phrase when reading back from the verb. */
    static final Set<String> PHRASE_STOPS = LISTS.words("phrase-stops");
    /** Never a speaker on their own. */
    static final Set<String> NOT_SPEAKERS = LISTS.words("not-speakers");
    /** A speaker phrase holding one of these is a clause, not a name. */
    static final Set<String> AUXILIARIES = LISTS.words("auxiliaries");
    static final Set<String> MONTHS_AND_DAYS = LISTS.words("months-and-days");
    /** Last words of organisation names whose first word looks like a title ("Defense Ministry"). */
    static final Set<String> ORGANISATION_WORDS = LISTS.words("organisation-words");
    /** First words of nominal sources that stay nominal ("a soldier"). */
    static final Set<String> NOMINAL_DETERMINERS = LISTS.words("nominal-determiners");
    /** A person right after one of these is not the subject a later "he" refers to. */
    static final Set<String> NOT_SUBJECT_BEFORE = LISTS.words("not-subject-before");
    /** First words of photo captions and credits. */
    static final Set<String> CAPTION_WORDS = LISTS.words("caption-words");
    /** A description ("head of state") and the titles that may name its person earlier; every title maps to itself too. */
    static final Map<String, Set<String>> DESCRIPTION_TITLES = descriptions();

    private static Map<String, Set<String>> descriptions() {
        Map<String, Set<String>> out = new HashMap<>();
        for (List<String> line : LISTS.lines("description-synonyms")) {
            out.put(line.get(0).replace('_', ' '),
                    Set.copyOf(line.subList(1, line.size()).stream().map(w -> w.replace('_', ' ')).toList()));
        }
        return Map.copyOf(out);
    }
}
