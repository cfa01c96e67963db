package lede.cli.stats;

import lede.cli.IoOptions;
import lede.stats.NgramsReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ngrams", mixinStandardHelpOptions = true,
        description = NgramsOptions.DESCRIPTION,
        footer = {"", "Examples:",
                "  lede stats ngrams --top 50 --format table docs.ndjson",
                "  lede stats ngrams --n 2 --min 5 --stopwords none --where 'date = 2022-09' docs.ndjson"})
public final class NgramsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Mixin
    IoOptions io;
    @Mixin
    ReportOptions options;
    @Mixin
    WhereOption where;
    @Mixin
    NgramsOptions ngrams;

    @Parameters(paramLabel = "FILE", description = "NDJSON documents (default: stdin).")
    List<String> files;

    @Override
    public Integer call() throws Exception {
        NgramsReport report = ngrams.report();
        ReportDriver.report(spec, io, options, files, where.parse(), report);
        return 0;
    }
}
