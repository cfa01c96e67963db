package lede.cli.stats;

import lede.io.OptionCheck;
import lede.stats.NgramsReport;
import lede.stats.Stopwords;
import picocli.CommandLine.Option;

/** stats ngrams' own options and the report they make, for the command line and for Spark. */
public final class NgramsOptions {
    public static final String DESCRIPTION = "Frequency list of words (--n 1) or phrases of n words.";

    @Option(names = "--n", paramLabel = "N", defaultValue = "1", description = "Words per n-gram, 1 to 5 (default 1).")
    int n;

    @Option(names = "--min", paramLabel = "N", defaultValue = "1", description = "Only n-grams seen at least N times.")
    long min;

    @Option(names = "--stopwords", paramLabel = "LIST", defaultValue = "en",
            description = "en (default), none, or a FILE with one word a line: drops words in it, and "
                    + "n-grams that start or end with one.")
    String stopwords;

    @Option(names = "--top", paramLabel = "N", description = "Only the N most frequent.")
    int top;

    /** The report; a stopword FILE is read here (on Spark: on the driver, the words travel with the report). */
    public NgramsReport report() {
        OptionCheck.between("--n", n, 1, 5);
        OptionCheck.between("--min", min, 1, Long.MAX_VALUE);
        OptionCheck.limit("--top", top);
        return new NgramsReport(n, min, Stopwords.named(stopwords), top);
    }
}
