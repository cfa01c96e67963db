package lede.dedupe;

import lede.io.BadOptionException;
import lede.io.OptionCheck;

/**
 * How dedupe compares and which copy it keeps.
 *
 * @param threshold    estimated Jaccard similarity of word shingles at or above which two documents are copies
 * @param containment  share of the shorter text's word 3-grams found in the other at or above which two
 *                     documents are copies (a shortened or reordered copy); above 1 turns it off
 * @param shingle      words per shingle
 * @param permutations MinHash functions per signature (signature size)
 * @param keep         which member of a cluster is kept
 * @param field        what is compared
 * @param windowDays   merge only documents whose dates are at most this many days apart; -1 for no window
 * @param threads      signing threads (output does not depend on it)
 * @param drop         write only kept documents
 * @param paragraphs   drop paragraphs that recur in at least {@code minDocs} stories
 * @param minDocs      see {@code paragraphs}
 */
public record DedupeOptions(double threshold, double containment, int shingle, int permutations, Keep keep, Field field,
                            int windowDays, int threads, boolean drop, boolean paragraphs, int minDocs)
        implements java.io.Serializable {
    public static final double DEFAULT_THRESHOLD = 0.6;
    public static final double DEFAULT_CONTAINMENT = 0.5;
    public static final int DEFAULT_SHINGLE = 5;
    public static final int DEFAULT_PERMUTATIONS = 128;
    public static final int DEFAULT_MIN_DOCS = 5;

    /** Which document of a cluster is kept. */
    public enum Keep {
        /** the first in input order */
        FIRST,
        /** the one with the longest compared text; ties go to the first */
        LONGEST,
        /** the one with the earliest {@code date}; ties and undated documents go by input order, undated last */
        EARLIEST
    }

    /** What is compared. */
    public enum Field {
        TEXT, TITLE_TEXT
    }

    public DedupeOptions {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new BadOptionException("--threshold must be above 0 and at most 1, not " + threshold);
        }
        if (!(containment > 0)) {
            throw new BadOptionException("--containment must be above 0 (above 1 turns it off), not " + containment);
        }
        OptionCheck.between("--shingle", shingle, 1, 20);
        OptionCheck.between("--permutations", permutations, 16, 1024);
        OptionCheck.between("--window", windowDays, -1, 36_500); // -1: no window
        OptionCheck.threads("--threads", threads);
        OptionCheck.between("--min-docs", minDocs, 2, Integer.MAX_VALUE);
    }

    public static DedupeOptions defaults() {
        return new DedupeOptions(DEFAULT_THRESHOLD, DEFAULT_CONTAINMENT, DEFAULT_SHINGLE, DEFAULT_PERMUTATIONS, Keep.FIRST, Field.TEXT,
                -1, 1, false, false, DEFAULT_MIN_DOCS);
    }

    public DedupeOptions withKeep(Keep value) {
        return new DedupeOptions(threshold, containment, shingle, permutations, value, field, windowDays, threads, drop,
                paragraphs, minDocs);
    }

    public DedupeOptions withWindow(int days) {
        return new DedupeOptions(threshold, containment, shingle, permutations, keep, field, days, threads, drop, paragraphs,
                minDocs);
    }

    public DedupeOptions withThreads(int value) {
        return new DedupeOptions(threshold, containment, shingle, permutations, keep, field, windowDays, value, drop,
                paragraphs, minDocs);
    }

    public DedupeOptions withThreshold(double value) {
        return new DedupeOptions(value, containment, shingle, permutations, keep, field, windowDays, threads, drop, paragraphs,
                minDocs);
    }

    public DedupeOptions withDrop(boolean value) {
        return new DedupeOptions(threshold, containment, shingle, permutations, keep, field, windowDays, threads, value,
                paragraphs, minDocs);
    }

    public DedupeOptions withField(Field value) {
        return new DedupeOptions(threshold, containment, shingle, permutations, keep, value, windowDays, threads, drop,
                paragraphs, minDocs);
    }

    public DedupeOptions withParagraphs(boolean value, int docs) {
        return new DedupeOptions(threshold, containment, shingle, permutations, keep, field, windowDays, threads, drop, value,
                docs);
    }

    public DedupeOptions withContainment(double value) {
        return new DedupeOptions(threshold, value, shingle, permutations, keep, field, windowDays, threads, drop,
                paragraphs, minDocs);
    }
}
