package lede.cli.stats;

import lede.io.LedeException;
import lede.io.OptionCheck;
import lede.stats.QuotesReport;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** stats quotes' own options and the report they make, for the command line and for Spark. */
public final class QuotesOptions {
    public static final String DESCRIPTION = "Quotes per speaker, or every quote of one speaker.";

    @Mixin
    SeriesOptions series;

    @Option(names = "--speaker", paramLabel = "NAME",
            description = "One row per quote by NAME (the canonical speaker, its last name, or the mention as "
                    + "written; case ignored).")
    String speaker;

    @Option(names = "--by", paramLabel = "KEY",
            description = "Quotes per group and speaker: day, week, month, year, or any field (source, meta.outlet).")
    String by;

    @Option(names = "--top", paramLabel = "N", description = "Only the N speakers with most quotes "
            + "(with --speaker: the first N quotes).")
    int top;

    public QuotesReport report() {
        OptionCheck.limit("--top", top);
        if (series.wide && by == null) {
            throw new LedeException("--wide goes with --by");
        }
        return new QuotesReport(speaker, top, series.series(by));
    }
}
