package lede.cli.stats;

import lede.cli.IoOptions;
import lede.stats.CountReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "count", mixinStandardHelpOptions = true,
        description = "Documents, tokens, sentences and characters, in all or per group.",
        footer = {"", "Examples:",
                "  lede stats count --by month --format table docs.ndjson",
                "  lede stats count --by year --by source --where 'date >= 2022' docs.ndjson",
                "  lede stats count --by week --by source --wide docs.ndjson"})
public final class CountCommand implements Callable<Integer> {
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

    @Option(names = "--by", paramLabel = "KEY",
            description = "Group by day, week, month, year, source or any field (dots reach into objects: "
                    + "meta.section). Repeat for a cross-tab.")
    List<String> by = new ArrayList<>();

    @Parameters(paramLabel = "FILE", description = "NDJSON documents (default: stdin).")
    List<String> files;

    @Override
    public Integer call() throws Exception {
        ReportDriver.report(spec, io, options, files, where.parse(), new CountReport(by, !series.noFill, series.wide));
        return 0;
    }
}
