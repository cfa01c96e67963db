package lede.extract;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence may hold a date or a time: only such sentences go through CoreNLP's numeric classifiers
 * and SUTime (see {@link DateGatedPipeline}), whose DATE and TIME tags are all that {@code dates} reads.
 * Generous on purpose: a sentence let through for nothing costs time, one held back would lose a date. A
 * month or weekday name, a word SUTime builds durations, parts of days and relative dates from, an ordinal,
 * or a number shaped like a year, a time or a date ("1987", "10:30", "3/15", "15th", "1980s", "'87").
 * Plain amounts ("3.5", "1,200", "40") and number words alone hold no date: news has them in most
 * sentences, and they were half of SUTime's work.
 */
final class DateWords {
    private static final Set<String> WORDS = Set.of(
            // months and their abbreviations, weekdays
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            // days relative to today, parts of days, units of time
            "today", "tomorrow", "yesterday", "tonight", "now", "ago", "hence", "morning", "afternoon",
            "evening", "night", "nights", "noon", "midnight", "dawn", "dusk", "overnight", "midday",
            "daybreak", "sunrise", "sunset", "lunchtime", "day", "days", "week", "weeks", "weekend", "weekends",
            "month", "months", "year", "years", "decade", "decades", "century", "centuries", "millennium",
            "quarter", "quarters", "hour", "hours", "minute", "minutes", "second", "seconds", "fortnight",
            "spring", "summer", "autumn", "fall", "winter", "season", "seasons", "semester", "era",
            "daily", "weekly", "monthly", "yearly", "annual", "annually", "quarterly", "hourly", "nightly",
            "biweekly", "biannual", "once", "twice", "thrice", "o'clock", "a.m.", "p.m.", "am", "pm",
            "christmas", "easter", "thanksgiving", "halloween", "ramadan", "eid", "hanukkah", "passover",
            // time relative to now
            "last", "next", "past", "previous", "recent", "recently", "current", "currently", "present",
            "presently", "former", "formerly", "future", "earlier", "later", "soon", "lately", "nowadays",
            "previously", "time", "times", "moment", "sometime", "someday", "ages", "mornings", "afternoons",
            "evenings", "middays", "noons", "dozen", "dozens", "half",
            // ordinals: "the first quarter", "the fifth of May" (the cardinal number and currency words that
            // were here made no DATE or TIME tag: SUTime reads them only next to a word of this list)
            "first", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "twelfth",
            "twentieth", "hundredth", "thousandth", "millionth");

    private DateWords() {
    }

    /** True when a token of the sentence is a date or time word or a number shaped like a date or time. */
    static boolean any(List<CoreLabel> tokens) {
        for (CoreLabel token : tokens) {
            if (dateLike(token.word())) {
                return true;
            }
        }
        return false;
    }

    /** True when the word is a date or time word or a number shaped like a date or time. */
    static boolean dateLike(String word) {
        if (dateLikeNumber(word)) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".") && lower.length() > 1 && !lower.equals("a.m.") && !lower.equals("p.m.")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        // "Twenty-five", "mid-June", "year-end": any part may be the date word
        return WORDS.contains(lower) || (lower.indexOf('-') > 0 && anyPart(lower));
    }

    /**
     * A token with digits that SUTime may read as a date or time: four digits or more alone (years, "0930"
     * GMT, "19870315"), or digits with anything but '.' and ',' ("15th", "1980s", "10am", "10:30",
     * "3/15/87", "1987-88", "'87"). Not an amount such as "40", "3.5" or "1,200".
     */
    static boolean dateLikeNumber(String word) {
        int digits = 0;
        boolean other = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (c != '.' && c != ',') { // a letter, ':', '/', '-', an apostrophe...
                other = true;
            }
        }
        if (digits == 0) {
            return false;
        }
        return other || digits >= 4 && word.length() == digits;
    }

    private static boolean anyPart(String hyphenated) {
        for (String part : hyphenated.split("-")) {
            if (WORDS.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
