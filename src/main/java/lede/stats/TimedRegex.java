package lede.stats;

import lede.io.LedeException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user's regular expression (Java syntax, as documented) with a time budget per document: some patterns
 * backtrack for minutes on a few dozen characters ({@code (.*a){12}!x}). The text is handed to the matcher
 * as a {@link CharSequence} that looks at the clock every few thousand characters read and gives up past
 * the deadline, so any pattern on any document ends within about the budget.
 */
// Serializable: kwic --regex and --where ~ travel with their report to lede.spark's executors
public final class TimedRegex implements java.io.Serializable {
    /** Per document; generous for any sane pattern on a long document, short enough not to look hung. */
    public static final long DEFAULT_BUDGET_MILLIS = 2000;

    private final Pattern pattern;
    private final String option;
    private final long budgetNanos;

    /** @param option how the user gave the pattern, for the message ({@code --regex}, {@code --where ~}) */
    public TimedRegex(Pattern pattern, String option, long budgetMillis) {
        this.pattern = pattern;
        this.option = option;
        this.budgetNanos = budgetMillis * 1_000_000L;
    }

    /** A matcher on {@code text} whose budget starts now. */
    public Matcher matcher(String text) {
        return pattern.matcher(new Deadline(text, System.nanoTime() + budgetNanos));
    }

    /** True when the pattern occurs in {@code text}; {@code id} names the document should time run out. */
    public boolean find(String text, String id) {
        try {
            return matcher(text).find();
        } catch (OutOfTime e) {
            throw tooSlow(id);
        }
    }

    /** The one-line error for a pattern that ran out of time on document {@code id}. */
    LedeException tooSlow(String id) {
        return new LedeException(option + " " + pattern.pattern() + ": gave up after "
                + budgetNanos / 1_000_000 + " ms on document " + (id == null ? "without an id" : id)
                + " (the pattern backtracks too much; make it more specific, e.g. [^a]* for .*)");
    }

    /** Thrown out of the matcher when the deadline has passed. */
    static final class OutOfTime extends RuntimeException {
        OutOfTime() {
            super(null, null, false, false);
        }
    }

    /** The text, read through a clock check. */
    private static final class Deadline implements CharSequence {
        private final String text;
        private final long deadline;
        private int reads;

        Deadline(String text, long deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xfff) == 0 && System.nanoTime() - deadline > 0) {
                throw new OutOfTime();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end); // groups: no more matching on them
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
