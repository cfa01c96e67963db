package lede.extract;

import java.util.List;
import java.util.Set;

/** The word lists quote finding reads speakers with (titles are in {@link TitleWords}). */
final class QuoteWords {
    private QuoteWords() {
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
    static final Set<String> PARTICIPLES = Set.of("saying", "adding", "claiming", "explaining",
            "stressing", "noting", "warning", "insisting", "arguing", "telling");

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");
    static final Set<String> PERSON_PRONOUNS = Set.of("he", "she");

    /** Words that end a speaker phrase when reading back from the verb. */
    static final Set<String> PHRASE_STOPS = Set.of("and", "but", "or", "as", "after", "before", "while",
            "when", "because", "since", "though", "although", "if", "that", "which", "who", "where", "so",
            "then", "also", "later", "yet", "in", "on", "at", "with", "to", "for", "from", "by", "into", "over",
            "meanwhile", "however", "still", "now");

    static final Set<String> MONTHS_AND_DAYS = Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "a", "an", "this", "last", "on");

    /** Last words of organisation names whose first word looks like a title ("Defense Ministry"). */
    static final Set<String> ORGANISATION_WORDS = Set.of("ministry", "office", "department", "committee",
            "council", "agency", "service", "staff", "army", "command", "court", "commission", "bank", "union",
            "party", "institute", "university", "post", "times", "news", "house", "government", "administration");
}
