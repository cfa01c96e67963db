package lede.cli.stats;

import lede.io.OptionCheck;
import lede.stats.CollocationsReport;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** stats collocations' TERM and own options, and the report they make, for the command line and for Spark. */
public final class CollocationsOptions {
    public static final String DESCRIPTION = "Words that stand near TERM, scored by logDice, MI or log-likelihood.";

    @Parameters(index = "0", paramLabel = "TERM", description = "One word (case ignored).")
    String term;

    @Option(names = "--window", paramLabel = "N", defaultValue = "5",
            description = "Words either side of TERM, within its sentence (default 5).")
    int window;

    @Option(names = "--measure", paramLabel = "M", defaultValue = "logdice",
            description = "logdice (default), mi or ll.")
    CollocationsReport.Measure measure;

    @Option(names = "--min", paramLabel = "N", defaultValue = "1",
            description = "Only collocates seen near TERM at least N times.")
    long min;

    @Option(names = "--top", paramLabel = "N", description = "Only the N best scored.")
    int top;

    public CollocationsReport report() {
        OptionCheck.between("--window", window, 1, 100);
        OptionCheck.between("--min", min, 1, Long.MAX_VALUE);
        OptionCheck.limit("--top", top);
        return new CollocationsReport(term, window, measure, min, top);
    }
}
