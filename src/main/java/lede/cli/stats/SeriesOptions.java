package lede.cli.stats;

import lede.stats.Series;
import picocli.CommandLine.Option;

/** How grouped rows come out, for the reports with --by: empty periods filled or not, long or wide. */
public final class SeriesOptions {
    @Option(names = "--no-fill",
            description = "With --by a period: leave out periods without documents (default: every period from "
                    + "the first to the last is a row, zeros included, so a chart shows the gap).")
    boolean noFill;

    @Option(names = "--wide",
            description = "With --by: one row per group and one column per name (the shape a spreadsheet chart "
                    + "wants); with --top N, N columns.")
    boolean wide;

    Series series(String by) {
        return by == null ? Series.NONE : new Series(lede.stats.GroupKey.of(by), !noFill, wide);
    }
}
