package lede.cli;

import lede.dedupe.DedupeOptions;
import lede.io.LedeException;
import lede.io.OptionCheck;
import picocli.CommandLine.Option;

/**
 * The options of {@code lede dedupe} that decide what is a copy and what is written, as one picocli mixin: the
 * command line and {@code lede spark} (dedupe, pipeline) take the same options with the same meanings from here.
 */
public final class DedupeFlags {
    @Option(names = "--threshold", paramLabel = "J",
            description = "Estimated Jaccard similarity of word shingles from which two documents are copies "
                    + "(default: ${DEFAULT-VALUE}).")
    double threshold = DedupeOptions.DEFAULT_THRESHOLD;

    @Option(names = "--containment", paramLabel = "C",
            description = "Share of the shorter text's word 3-grams found in the other from which two documents "
                    + "are copies (a shortened or reordered copy; of two texts of equal length, the one with the "
                    + "smaller id counts as the shorter); above 1 turns it off (default: ${DEFAULT-VALUE}).")
    double containment = DedupeOptions.DEFAULT_CONTAINMENT;

    @Option(names = "--shingle", paramLabel = "N", description = "Words per shingle (default: ${DEFAULT-VALUE}).")
    int shingle = DedupeOptions.DEFAULT_SHINGLE;

    @Option(names = "--permutations", paramLabel = "K",
            description = "MinHash values per document, the signature size (default: ${DEFAULT-VALUE}).")
    int permutations = DedupeOptions.DEFAULT_PERMUTATIONS;

    @Option(names = "--keep", paramLabel = "first|longest|earliest",
            description = "Which document of a cluster is kept: first in the input (lede spark: files in path "
                    + "order, lines in order), longest text, or earliest date (ties of longest and earliest go to "
                    + "the smaller id, so only first looks at the input order) (default: first).")
    String keep = "first";

    @Option(names = "--field", paramLabel = "text|title+text",
            description = "What is compared (default: text).")
    String field = "text";

    @Option(names = "--window", paramLabel = "DAYS",
            description = "Only merge documents whose dates are at most DAYS apart, over the whole cluster "
                    + "(links are tried from the most similar pair down, ties by id, never by input order; "
                    + "undated documents are then never merged).")
    Integer windowDays;

    @Option(names = "--drop", description = "Write only the kept documents.")
    boolean drop;

    @Option(names = "--paragraphs",
            description = "Also remove paragraphs that occur in at least --min-docs different stories. Offsets "
                    + "of extract's mentions move with the text; a mention in a removed paragraph goes too.")
    boolean paragraphs;

    @Option(names = "--min-docs", paramLabel = "N",
            description = "With --paragraphs: stories a paragraph must occur in to be removed "
                    + "(default: ${DEFAULT-VALUE}).")
    int minDocs = DedupeOptions.DEFAULT_MIN_DOCS;

    /** The options as plain values, checked; {@code threads} signing and verifying threads (1 on Spark). */
    public DedupeOptions options(int threads) {
        if (windowDays != null) {
            OptionCheck.between("--window", windowDays, 0, 36_500);
        }
        return new DedupeOptions(threshold, containment, shingle, permutations, keep(), field(),
                windowDays == null ? -1 : windowDays, threads, drop, paragraphs, minDocs);
    }

    boolean windowGiven() {
        return windowDays != null;
    }

    private DedupeOptions.Keep keep() {
        return switch (keep.toLowerCase()) {
            case "first" -> DedupeOptions.Keep.FIRST;
            case "longest" -> DedupeOptions.Keep.LONGEST;
            case "earliest" -> DedupeOptions.Keep.EARLIEST;
            default -> throw new LedeException("--keep must be first, longest or earliest, not " + keep);
        };
    }

    private DedupeOptions.Field field() {
        return switch (field.toLowerCase()) {
            case "text" -> DedupeOptions.Field.TEXT;
            case "title+text" -> DedupeOptions.Field.TITLE_TEXT;
            default -> throw new LedeException("--field must be text or title+text, not " + field);
        };
    }
}
