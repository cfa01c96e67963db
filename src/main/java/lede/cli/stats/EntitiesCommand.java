package lede.cli.stats;

import lede.cli.IoOptions;
import lede.stats.EntitiesReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "entities", mixinStandardHelpOptions = true,
        description = EntitiesOptions.DESCRIPTION,
        footer = {"", "Examples:",
                "  lede stats entities --type PERSON --top 20 --format table extracted.ndjson",
                "  lede stats entities --type place --by month --top 5 extracted.ndjson",
                "  lede stats entities --type PERSON --by week --wide --top 8 extracted.ndjson",
                "  lede stats entities --by meta.outlet --top 10 extracted.ndjson"})
public final class EntitiesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Mixin
    IoOptions io;
    @Mixin
    ReportOptions options;
    @Mixin
    WhereOption where;
    @Mixin
    EntitiesOptions entities;

    @Parameters(paramLabel = "FILE", description = "Documents from lede extract (default: stdin).")
    List<String> files;

    @Override
    public Integer call() throws Exception {
        EntitiesReport report = entities.report();
        ReportDriver.report(spec, io, options, files, where.parse(), report);
        return 0;
    }
}
