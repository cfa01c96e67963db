package lede.cli.stats;

import lede.io.OptionCheck;
import lede.cli.IoOptions;
import lede.stats.QuotesReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Quotes per speaker, or every quote of one speaker.",
        footer = {"", "Examples:",
                "  lede stats quotes --top 10 --format table extracted.ndjson",
                "  lede stats quotes --speaker Zelensky extracted.ndjson",
                "  lede stats quotes --by month --top 5 --wide extracted.ndjson"})
public final class QuotesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Mixin
    IoOptions io;
    @Mixin
    ReportOptions options;
    @Mixin
    WhereOption where;
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

    @Parameters(paramLabel = "FILE", description = "Documents from lede extract (default: stdin).")
    List<String> files;

    @Override
    public Integer call() throws Exception {
        OptionCheck.limit("--top", top);
        if (series.wide && by == null) {
            throw new lede.io.LedeException("--wide goes with --by");
        }
        ReportDriver.report(spec, io, options, files, where.parse(), new QuotesReport(speaker, top, series.series(by)));
        return 0;
    }
}
