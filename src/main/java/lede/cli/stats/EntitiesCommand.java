package lede.cli.stats;

import lede.io.OptionCheck;
import lede.cli.IoOptions;
import lede.io.LedeException;
import lede.stats.EntitiesReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "entities", mixinStandardHelpOptions = true,
        description = "Per entity: type, mentions, documents, first and last date, surface variants.",
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
    SeriesOptions series;

    @Option(names = "--type", split = ",", paramLabel = "TYPE",
            description = "Only these CoreNLP types (PERSON, ORGANIZATION, CITY, ...); place means LOCATION, "
                    + "CITY, COUNTRY and STATE_OR_PROVINCE.")
    List<String> types;

    @Option(names = "--by", paramLabel = "KEY",
            description = "One row per group and entity: day, week, month, year, or any field (source, "
                    + "meta.outlet).")
    String by;

    @Option(names = "--top", paramLabel = "N", description = "Only the N entities with the most mentions.")
    int top;

    @Option(names = "--no-merge",
            description = "Count names as extract wrote them: no merging across the corpus (spellings, "
                    + "transliterations, a lone surname under the one full name that ends with it).")
    boolean noMerge;

    @Parameters(paramLabel = "FILE", description = "Documents from lede extract (default: stdin).")
    List<String> files;

    @Override
    public Integer call() throws Exception {
        OptionCheck.limit("--top", top);
        if (series.wide && by == null) {
            throw new LedeException("--wide goes with --by");
        }
        options.mergeNames = !noMerge;
        ReportDriver.report(spec, io, options, files, where.parse(),
                new EntitiesReport(typeSet(types), series.series(by), top, !noMerge));
        return 0;
    }

    static Set<String> typeSet(List<String> types) {
        Set<String> set = new HashSet<>();
        if (types != null) {
            for (String type : types) {
                String upper = type.strip().toUpperCase(Locale.ROOT);
                if (upper.equals("PLACE")) {
                    set.addAll(EntitiesReport.PLACE_TYPES);
                } else if (!upper.isEmpty()) {
                    set.add(upper);
                }
            }
        }
        return set;
    }
}
