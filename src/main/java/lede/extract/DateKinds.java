package lede.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of SUTime's DATE and TIME expressions are dates a reader would mark: not race and lap times
 * ("1:18.9", "won in 2:05:33"), scores and ratios read as times ("3:1"), and, unless asked for, not
 * vague references ("the past" PAST_REF, "now" PRESENT_REF, "the future" FUTURE_REF, "the coming years"),
 * nor a part of the day with no day to anchor it ("the night sky", "during the day").
 */
public final class DateKinds {
    public enum Kind { DATE, VAGUE, NOT_A_DATE }

    private static final Set<String> VAGUE_VALUES = Set.of("PAST_REF", "PRESENT_REF", "FUTURE_REF");
    /** "the coming years", "recent weeks", "the past few days": no count, no calendar time. */
    private static final Pattern VAGUE_SPAN = Pattern.compile("(?:the\\s+)?(?:coming|past|last|next|recent|previous|"
            + "following)\\s+(?:few\\s+|several\\s+|many\\s+)?(?:days|weeks|months|years|decades)");
    /** A part of the day with no day to anchor it ("the night sky", "during the day", "night rockets"). */
    private static final Pattern BARE_PART_OF_DAY = Pattern.compile(
            "(?:the\\s+)?(?:day|night|morning|afternoon|evening|overnight|dusk|dawn)");
    /** Digits with a colon and nothing else ("10:30", "1:18.9", "2:05:33"). */
    private static final Pattern COLON_NUMBER = Pattern.compile("\\d{1,2}:\\d{1,2}(:\\d{2})?([.,]\\d+)?");
    /** A fraction of a second or hours beyond a day: a stopwatch, not a clock. */
    private static final Pattern STOPWATCH = Pattern.compile("\\d+:\\d{2}(:\\d{2})?[.,]\\d+|(2[4-9]|[3-9]\\d):\\d{2}.*");
    /** Words before a bare "h:mm" that make it a time of day. */
    private static final Set<String> CLOCK_BEFORE = Set.of("at", "by", "until", "till", "til", "from", "before", "after",
            "around", "about", "since", "to", "between", "and", "approximately", "roughly", "shortly", "-", "–");
    /** Words after a bare "h:mm" that make it a time of day. */
    private static final Set<String> CLOCK_AFTER = Set.of("a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "bst",
            "cet", "cest", "est", "edt", "cst", "cdt", "pst", "pdt", "et", "pt", "ct", "local", "hours", "hrs", "h",
            "o'clock", "msk", "eet", "eest");

    private DateKinds() {
    }

    /**
     * The kind of a SUTime expression: its text, its TIMEX value, and the words just before and after it in
     * its sentence (lower case; empty at the sentence's edge).
     */
    public static Kind of(String text, String value, String before, String after) {
        if (value != null && VAGUE_VALUES.contains(value)) {
            return Kind.VAGUE;
        }
        String stripped = text.strip();
        String lower = stripped.toLowerCase(Locale.ROOT);
        if (VAGUE_SPAN.matcher(lower).matches()) {
            return Kind.VAGUE;
        }
        if (BARE_PART_OF_DAY.matcher(lower).matches()) {
            return Kind.NOT_A_DATE;
        }
        if (STOPWATCH.matcher(stripped).matches()) {
            return Kind.NOT_A_DATE;
        }
        if (COLON_NUMBER.matcher(stripped).matches()
                && !CLOCK_BEFORE.contains(before.toLowerCase(Locale.ROOT))
                && !CLOCK_AFTER.contains(after.toLowerCase(Locale.ROOT))) {
            return Kind.NOT_A_DATE;
        }
        return Kind.DATE;
    }

    /** The lower-case text of word i of a sentence, or "" outside it. */
    static String wordAt(List<ClauseTense.Word> words, int i) {
        return i >= 0 && i < words.size() ? words.get(i).text().toLowerCase(Locale.ROOT) : "";
    }
}
