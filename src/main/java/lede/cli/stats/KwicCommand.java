package lede.cli.stats;

import lede.io.OptionCheck;
import lede.cli.IoOptions;
import lede.io.LedeException;
import lede.stats.KwicReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "kwic", mixinStandardHelpOptions = true,
        description = "Concordance: every occurrence of TERM (or --regex, or --entity) with its context.",
        footer = {"", "Examples:",
                "  lede stats kwic Kherson --width 50 --format table docs.ndjson",
                "  lede stats kwic --entity \"Volodymyr Zelensky\" extracted.ndjson"})
public final class KwicCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;
    @Mixin
    IoOptions io;
    @Mixin
    ReportOptions options;
    @Mixin
    WhereOption where;

    @Option(names = "--regex", paramLabel = "RE", description = "Match a Java regular expression in the text.")
    String regex;

    @Option(names = "--entity", paramLabel = "NAME",
            description = "Match every mention of the entity NAME (canonical name), whatever its surface form.")
    String entity;

    @Option(names = "--width", paramLabel = "N", defaultValue = "40",
            description = "Characters of context either side (default 40).")
    int width;

    @Option(names = "--case-sensitive", description = "Match case exactly (default: ignore case).")
    boolean caseSensitive;

    @Option(names = "--top", paramLabel = "N", description = "Only the first N lines.")
    int top;

    @Parameters(paramLabel = "TERM FILE", description = "The term (unless --regex or --entity), "
            + "then NDJSON documents (default: stdin).")
    List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        OptionCheck.between("--width", width, 0, KwicReport.MAX_WIDTH);
        OptionCheck.limit("--top", top);
        if (regex != null && entity != null) {
            throw new LedeException("give --regex or --entity, not both");
        }
        List<String> files = new ArrayList<>(arguments);
        KwicReport.Mode mode;
        String query;
        if (regex != null) {
            mode = KwicReport.Mode.REGEX;
            query = regex;
        } else if (entity != null) {
            mode = KwicReport.Mode.ENTITY;
            query = entity;
        } else {
            if (files.isEmpty()) {
                throw new LedeException("give a TERM, --regex RE or --entity NAME");
            }
            mode = KwicReport.Mode.TERM;
            query = files.remove(0);
        }
        ReportDriver.report(spec, io, options, files, where.parse(),
                new KwicReport(mode, query, width, caseSensitive, top));
        return 0;
    }
}
