package lede.cli.stats;

import lede.io.OptionCheck;
import lede.cli.IoOptions;
import lede.stats.NgramsReport;
import lede.stats.Stopwords;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ngrams", mixinStandardHelpOptions = true,
        description = "Frequency list of words (--n 1) or phrases of n words.",
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

    @Option(names = "--n", paramLabel = "N", defaultValue = "1", description = "Words per n-gram, 1 to 5 (default 1).")
    int n;

    @Option(names = "--min", paramLabel = "N", defaultValue = "1", description = "Only n-grams seen at least N times.")
    long min;

    @Option(names = "--stopwords", paramLabel = "LIST", defaultValue = "en",
            description = "en (default), none, or a FILE with one word a line: drops words in it, and "
                    + "n-grams that start or end with one.")
    String stopwords;

    @Option(names = "--top", paramLabel = "N", description = "Only the N most frequent.")
    int top;

    @Parameters(paramLabel = "FILE", description = "NDJSON documents (default: stdin).")
    List<String> files;

    @Override
    public Integer call() throws Exception {
        OptionCheck.between("--n", n, 1, 5);
        OptionCheck.between("--min", min, 1, Long.MAX_VALUE);
        OptionCheck.limit("--top", top);
        ReportDriver.report(spec, io, options, files, where.parse(),
                new NgramsReport(n, min, Stopwords.named(stopwords), top));
        return 0;
    }
}
