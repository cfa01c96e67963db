package lede.cli.stats;

import lede.cli.IoOptions;
import lede.stats.QuotesReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = QuotesOptions.DESCRIPTION,
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
    QuotesOptions quotes;

    @Parameters(paramLabel = "FILE", description = "Documents from lede extract (default: stdin).")
    List<String> files;

    @Override
    public Integer call() throws Exception {
        QuotesReport report = quotes.report();
        ReportDriver.report(spec, io, options, files, where.parse(), report);
        return 0;
    }
}
