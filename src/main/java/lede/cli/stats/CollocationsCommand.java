package lede.cli.stats;

import lede.cli.IoOptions;
import lede.stats.CollocationsReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "collocations", mixinStandardHelpOptions = true,
        description = CollocationsOptions.DESCRIPTION,
        footer = {"", "Examples:",
                "  lede stats collocations Kherson --top 20 --format table docs.ndjson",
                "  lede stats collocations oil --window 3 --measure ll --min 3 docs.ndjson"})
public final class CollocationsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Mixin
    IoOptions io;
    @Mixin
    ReportOptions options;
    @Mixin
    WhereOption where;
    @Mixin
    CollocationsOptions collocations;

    @Parameters(index = "1..*", paramLabel = "FILE", description = "NDJSON documents (default: stdin).")
    List<String> files;

    @Override
    public Integer call() throws Exception {
        CollocationsReport report = collocations.report();
        ReportDriver.report(spec, io, options, files, where.parse(), report);
        return 0;
    }
}
