package lede.cli.stats;

import lede.cli.IoOptions;
import lede.stats.CountReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "count", mixinStandardHelpOptions = true,
        description = CountOptions.DESCRIPTION,
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
    CountOptions count;

    @Parameters(paramLabel = "FILE", description = "NDJSON documents (default: stdin).")
    List<String> files;

    @Override
    public Integer call() throws Exception {
        CountReport report = count.report();
        ReportDriver.report(spec, io, options, files, where.parse(), report);
        return 0;
    }
}
