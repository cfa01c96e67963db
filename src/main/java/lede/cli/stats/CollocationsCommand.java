package lede.cli.stats;

import lede.io.OptionCheck;
import lede.cli.IoOptions;
import lede.stats.CollocationsReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "collocations", mixinStandardHelpOptions = true,
        description = "Words that stand near TERM, scored by logDice, MI or log-likelihood.",
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

    @Parameters(index = "0", paramLabel = "TERM", description = "One word (case ignored).")
    String term;

    @Parameters(index = "1..*", paramLabel = "FILE", description = "NDJSON documents (default: stdin).")
    List<String> files;

    @Option(names = "--window", paramLabel = "N", defaultValue = "5",
            description = "Words either side of TERM, within its sentence (default 5).")
    int window;

    @Option(names = "--measure", paramLabel = "M", defaultValue = "logdice",
            description = "logdice (default), mi or ll.")
    CollocationsReport.Measure measure;

    @Option(names = "--min", paramLabel = "N", defaultValue = "1",
            description = "Only collocates seen near TERM at least N times.")
    long min;

    @Option(names = "--top", paramLabel = "N", description = "Only the N best scored.")
    int top;

    @Override
    public Integer call() throws Exception {
        OptionCheck.between("--window", window, 1, 100);
        OptionCheck.between("--min", min, 1, Long.MAX_VALUE);
        OptionCheck.limit("--top", top);
        ReportDriver.report(spec, io, options, files, where.parse(),
                new CollocationsReport(term, window, measure, min, top));
        return 0;
    }
}
