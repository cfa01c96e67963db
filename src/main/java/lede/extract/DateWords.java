package lede.extract;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence may hold a date, a time or a number: only such sentences go through CoreNLP's numeric
 * classifiers and SUTime (see {@link DateGatedPipeline}). Generous on purpose: a sentence let through for
 * nothing costs time, one held back would lose a date. Any digit, a month or weekday name, a number word,
 * or a word SUTime builds durations and relative dates from.
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
            "evenings", "middays", "noons",
            "dozen", "dozens", "half",
            // number words (CoreNLP's numeric classifiers read these too)
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
            "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "trillion",
            "trillions", "first", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "twelfth", "twentieth", "hundredth", "thousandth", "millionth", "percent", "pct",
            "cent", "cents", "dollar", "dollars", "pound", "pounds", "euro", "euros", "yen");

    private DateWords() {
    }

    /** True when a token of the sentence is a digit-bearing, number, date or time word. */
    static boolean any(List<CoreLabel> tokens) {
        for (CoreLabel token : tokens) {
            String word = token.word();
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (Character.isDigit(c) || c == '$' || c == '%' || Character.getType(c) == Character.CURRENCY_SYMBOL) {
                    return true;
                }
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".") && lower.length() > 1 && !lower.equals("a.m.") && !lower.equals("p.m.")) {
                lower = lower.substring(0, lower.length() - 1);
            }
            // "Twenty-five", "mid-June", "year-end": any part may be the date word
            if (WORDS.contains(lower) || (lower.indexOf('-') > 0 && anyPart(lower))) {
                return true;
            }
        }
        return false;
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
