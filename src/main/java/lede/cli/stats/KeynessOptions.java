package lede.cli.stats;

import lede.io.LedeException;
import lede.io.OptionCheck;
import lede.stats.KeynessReport;
import lede.stats.Stopwords;
import lede.stats.Where;
import picocli.CommandLine.Option;

/**
 * stats keyness' own options (its --where names the target part, not a filter) and the report they make, for
 * the command line and for Spark.
 */
public final class KeynessOptions {
    public static final String DESCRIPTION = "Words (or entities) over-represented in the documents matching --where "
            + "against the rest (or those matching --vs): log-likelihood and log ratio.";

    @Option(names = {"-w", "--where"}, paramLabel = "EXPR", required = true,
            description = "The target part: documents matching EXPR.")
    String where;

    @Option(names = "--vs", paramLabel = "EXPR",
            description = "The reference part (default: every document not in the target).")
    String vs;

    @Option(names = "--entities", description = "Compare entity mentions instead of words.")
    boolean entities;

    @Option(names = "--stopwords", paramLabel = "LIST", defaultValue = "none",
            description = "none (default), en, or a FILE with one word a line.")
    String stopwords;

    @Option(names = "--min-ll", paramLabel = "LL", defaultValue = "0",
            description = "Only terms with log-likelihood at least LL.")
    double minLl;

    @Option(names = "--p", paramLabel = "P",
            description = "Significance cut-off: 0.05, 0.01, 0.001 or 0.0001 (LL 3.84, 6.63, 10.83, 15.13).")
    String p;

    @Option(names = "--top", paramLabel = "N", description = "Only the N with the highest log-likelihood.")
    int top;

    public KeynessReport report() {
        OptionCheck.between("--min-ll", minLl, 0, 1e9);
        OptionCheck.limit("--top", top);
        double cutoff = minLl;
        if (p != null) {
            cutoff = Math.max(cutoff, switch (p) {
                case "0.05" -> 3.84;
                case "0.01" -> 6.63;
                case "0.001" -> 10.83;
                case "0.0001" -> 15.13;
                default -> throw new LedeException("--p must be 0.05, 0.01, 0.001 or 0.0001, not " + p);
            });
        }
        return new KeynessReport(Where.parse(where), vs == null ? null : Where.parse(vs), entities,
                Stopwords.named(stopwords), cutoff, top);
    }
}
