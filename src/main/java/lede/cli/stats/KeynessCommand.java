package lede.cli.stats;

import lede.io.OptionCheck;
import lede.cli.IoOptions;
import lede.stats.KeynessReport;
import lede.stats.Stopwords;
import lede.stats.Where;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "keyness", mixinStandardHelpOptions = true,
        description = "Words (or entities) over-represented in the documents matching --where against the "
                + "rest (or those matching --vs): log-likelihood and log ratio.",
        footer = {"", "Examples:",
                "  lede stats keyness --where 'date = 2022-09' --p 0.01 --top 30 --format table docs.ndjson",
                "  lede stats keyness --entities --where 'source ~ kyiv' --vs 'source ~ moscow' extracted.ndjson"})
public final class KeynessCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Mixin
    IoOptions io;
    @Mixin
    ReportOptions options;

    @Option(names = {"-w", "--where"}, paramLabel = "EXPR", required = true,
            description = "The target part: documents matching EXPR.")
    String where;

    @Option(names = "--vs", paramLabel = "EXPR",
            description = "The reference part (default: every document not in the target).")
    String vs;

    @Option(names = "--entities", description = "Compare entity mentions instead of words.")
    boolean entities;

    @Option(names = "--stopwords", paramLabel = "LIST", defaultValue = "none",
            description = "none (default), en, or a FILE with one word a line.")
    String stopwords;

    @Option(names = "--min-ll", paramLabel = "LL", defaultValue = "0",
            description = "Only terms with log-likelihood at least LL.")
    double minLl;

    @Option(names = "--p", paramLabel = "P",
            description = "Significance cut-off: 0.05, 0.01, 0.001 or 0.0001 (LL 3.84, 6.63, 10.83, 15.13).")
    String p;

    @Option(names = "--top", paramLabel = "N", description = "Only the N with the highest log-likelihood.")
    int top;

    @Parameters(paramLabel = "FILE", description = "NDJSON documents (default: stdin).")
    List<String> files;

    @Override
    public Integer call() throws Exception {
        OptionCheck.between("--min-ll", minLl, 0, 1e9);
        OptionCheck.limit("--top", top);
        double cutoff = minLl;
        if (p != null) {
            cutoff = Math.max(cutoff, switch (p) {
                case "0.05" -> 3.84;
                case "0.01" -> 6.63;
                case "0.001" -> 10.83;
                case "0.0001" -> 15.13;
                default -> throw new lede.io.LedeException("--p must be 0.05, 0.01, 0.001 or 0.0001, not " + p);
            });
        }
        ReportDriver.report(spec, io, options, files, Where.all(), new KeynessReport(Where.parse(where),
                vs == null ? null : Where.parse(vs), entities, Stopwords.named(stopwords), cutoff, top));
        return 0;
    }
}
