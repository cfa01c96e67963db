package lede.cli.stats;

import lede.stats.CountReport;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** stats count's own options and the report they make, for {@code lede stats count} and {@code lede spark stats count}. */
public final class CountOptions {
    public static final String DESCRIPTION = "Documents, tokens, sentences and characters, in all or per group.";

    @Mixin
    SeriesOptions series;

    @Option(names = "--by", paramLabel = "KEY",
            description = "Group by day, week, month, year, source or any field (dots reach into objects: "
                    + "meta.section). Repeat for a cross-tab.")
    List<String> by = new ArrayList<>();

    public CountReport report() {
        return new CountReport(by, !series.noFill, series.wide);
    }
}
