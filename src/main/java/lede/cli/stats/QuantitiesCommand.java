package lede.cli.stats;

import lede.cli.IoOptions;
import lede.stats.Docs;
import lede.stats.QuantitiesReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "quantities", mixinStandardHelpOptions = true,
        description = "Quantities per kind and unit, their most frequent values, or one unit over time.",
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

    @Option(names = "--unit", paramLabel = "UNIT",
            description = "Only quantities in UNIT (people, USD, km; case ignored; null for bare counts).")
    String unit;

    @Option(names = "--by", paramLabel = "PERIOD",
            description = "One row per PERIOD (day, week, month, year) and unit: count, sum and max of the values.")
    String by;

    @Option(names = "--top", paramLabel = "N", description = "The N most frequent values of each kind and unit.")
    int top;

    @Parameters(paramLabel = "FILE", description = "Documents from lede extract (default: stdin).")
    List<String> files;

    @Override
    public Integer call() throws Exception {
        Docs.Period period = by == null ? null : Docs.Period.of(by);
        if (by != null && period == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--by takes day, week, month or year, not " + by);
        }
        ReportDriver.report(spec, io, options, files, where.parse(), new QuantitiesReport(unit, period, top));
        return 0;
    }
}
