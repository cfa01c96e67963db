package lede.cli.stats;

import lede.cli.IoOptions;
import lede.stats.QuantitiesReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "quantities", mixinStandardHelpOptions = true,
        description = QuantitiesOptions.DESCRIPTION,
        footer = {"", "Examples:",
                "  lede stats quantities --format table extracted.ndjson",
                "  lede stats quantities --top 5 --unit USD extracted.ndjson",
                "  lede stats quantities --unit people --by week extracted.ndjson"})
public final class QuantitiesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Mixin
    IoOptions io;
    @Mixin
    ReportOptions options;
    @Mixin
    WhereOption where;
    @Mixin
    QuantitiesOptions quantities;

    @Parameters(paramLabel = "FILE", description = "Documents from lede extract (default: stdin).")
    List<String> files;

    @Override
    public Integer call() throws Exception {
        QuantitiesReport report = quantities.report();
        ReportDriver.report(spec, io, options, files, where.parse(), report);
        return 0;
    }
}
